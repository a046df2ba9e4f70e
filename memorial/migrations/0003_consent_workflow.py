"""The "Family consent verified" workflow, attached to every memorial index, so that new
memorials go through it by default. (Index pages created later attach it in their save().)"""

from django.db import migrations

WORKFLOW_NAME = "Memorial publication"
TASK_NAME = "Family consent verified"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ConsentVerifiedTask = apps.get_model("memorial", "ConsentVerifiedTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    MemorialIndexPage = apps.get_model("memorial", "MemorialIndexPage")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="memorial", model="consentverifiedtask"
    )
    task = ConsentVerifiedTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ConsentVerifiedTask.objects.create(
            name=TASK_NAME, active=True, content_type=content_type
        )
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task_id=task.pk, defaults={"sort_order": 0}
    )
    for index_page in MemorialIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(
            page_id=index_page.pk, defaults={"workflow": workflow}
        )


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("memorial", "0002_people_consent_memorials"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
