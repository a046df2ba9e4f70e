from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .private_files import FETCH_ACTION


@hooks.register("register_log_actions")
def register_private_file_actions(actions):
    actions.register_action(FETCH_ACTION, _("Fetch private file"), _("Private file fetched"))
