from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import audit, views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", views.VerifyView.as_view(), name="accounts_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="accounts_setup"),
        path(
            "two-factor/recovery-codes/",
            views.RecoveryCodesView.as_view(),
            name="accounts_recovery_codes",
        ),
    ]


@hooks.register("register_log_actions")
def register_sign_in_actions(actions):
    for action, label, message in audit.ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("accounts_recovery_codes"),
        "label": _("Two-factor recovery codes"),
        "help_text": _("See how many are left, or make a new set if you lost them."),
    }
