"""The campaigns app in Wagtail's admin: the signatures views, their menu item, their
permissions in the group editor, and a "Signatures" button on each campaign page."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from campaigns import admin_views
from campaigns.models import CampaignPage


@hooks.register("register_admin_urls")
def register_signature_urls():
    return [
        path(
            "campaigns/signatures/",
            admin_views.signature_campaigns,
            name="campaigns_signatures",
        ),
        path(
            "campaigns/signatures/<uuid:key>/",
            admin_views.signature_report,
            name="campaigns_signature_report",
        ),
        path(
            "campaigns/signatures/<uuid:key>/export.csv",
            admin_views.signature_export,
            name="campaigns_signature_export",
        ),
    ]


class SignaturesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_signatures_menu_item():
    return SignaturesMenuItem(
        _("Signatures"), reverse("campaigns_signatures"), icon_name="form", order=350
    )


@hooks.register("register_permissions")
def register_signature_permissions():
    return Permission.objects.filter(
        content_type__app_label="campaigns",
        codename__in=["view_signature", "delete_signature", "export_signatures"],
    )


@hooks.register("register_page_header_buttons")
def signatures_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, CampaignPage) and user.has_perm(
        admin_views.VIEW_PERMISSION
    ):
        yield Button(
            _("Signatures"),
            reverse("campaigns_signature_report", args=[page.translation_key]),
            icon_name="form",
            priority=40,
        )
