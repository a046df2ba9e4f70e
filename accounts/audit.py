"""Sign-in events in Wagtail's audit log ("Reports → Site history"), next to the page,
consent and moderation entries the other apps write with `wagtail.log_actions.log`.

Entries are recorded against the account concerned (also as the entry's user, so that the
report's user filter finds every attempt on an account). They hold no address, no password
and nothing typed: a failed attempt on a name that has no account is recorded as such,
without the name. Wagtail offers no way to edit or delete log entries from the admin."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

SIGN_IN = "accounts.sign_in"
SIGN_IN_FAILED = "accounts.sign_in_failed"
LOCKED = "accounts.sign_in_locked"
ENROLLED = "accounts.two_factor_enrolled"
RECOVERY_CODE_USED = "accounts.recovery_code_used"
RECOVERY_CODES_RENEWED = "accounts.recovery_codes_renewed"
SESSION_EXPIRED = "accounts.session_expired"
TWO_FACTOR_RESET = "accounts.two_factor_reset"

# (action, label in the report's filter, message in the report)
ACTIONS = [
    (SIGN_IN, _("Sign-in"), _("Signed in with password and second factor")),
    (SIGN_IN_FAILED, _("Failed sign-in"), _("Failed sign-in")),
    (LOCKED, _("Sign-in locked"), _("Signing in was locked after repeated failures")),
    (ENROLLED, _("Two-factor enrolment"), _("Set up two-factor sign-in")),
    (RECOVERY_CODE_USED, _("Recovery code used"), _("Signed in with a recovery code")),
    (RECOVERY_CODES_RENEWED, _("Recovery codes renewed"), _("Generated new recovery codes")),
    (SESSION_EXPIRED, _("Session expired"), _("Signed out after inactivity")),
    (TWO_FACTOR_RESET, _("Two-factor reset"), _("Two-factor devices removed by an administrator")),
]

# Why an attempt failed, kept in the entry's data.
WRONG_PASSWORD = "wrong_password"  # noqa: S105 (a label, not a password)
UNKNOWN_ACCOUNT = "unknown_account"
INACTIVE_ACCOUNT = "inactive_account"
WRONG_CODE = "wrong_code"
THROTTLED = "throttled"


def record(user, action, **data):
    """Log `action` about `user`'s account, by `user`."""
    if isinstance(user, LazyObject):  # request.user
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return log(user, action, user=user, data=data)


def record_unknown_account(action, **data):
    """A failed attempt on a name that has no account: recorded without the name."""
    User = get_user_model()
    return ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(User),
        object_id="unknown",  # no account by that name; the name is not kept
        label=str(_("Unknown account")),
        action=action,
        timestamp=timezone.now(),
        data={"reason": UNKNOWN_ACCOUNT, **data},
    )
