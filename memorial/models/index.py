"""The memorial index of one language: every public memorial, filtered, sorted, paginated."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Workflow, WorkflowPage

from website.models.pages import SectionIndexPage

CONSENT_WORKFLOW_NAME = "Memorial publication"  # created by migration 0003


class MemorialIndexPage(SectionIndexPage):
    subpage_types = ["memorial.MemorialPage"]

    @property
    def query_parameters(self):
        from memorial.listing import MemorialFilterForm  # it imports the models

        return frozenset({*MemorialFilterForm.base_fields, "page"})

    class Meta:
        verbose_name = _("memorials index page")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Memorials go through the consent workflow by default, in every language.
        if not WorkflowPage.objects.filter(page_id=self.pk).exists():
            workflow = Workflow.objects.filter(name=CONSENT_WORKFLOW_NAME, active=True).first()
            if workflow is not None:
                WorkflowPage.objects.create(page_id=self.pk, workflow=workflow)
        return result

    def get_context(self, request, *args, **kwargs):
        from memorial.listing import memorial_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(memorial_listing(self, request))
        return context
