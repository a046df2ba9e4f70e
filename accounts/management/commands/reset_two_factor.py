"""For an editor who lost both the phone and the recovery codes: remove the account's second
factors, so that the next sign-in (with the password) leads to enrolment. Logged."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import audit


class Command(BaseCommand):
    help = "Remove a user's two-factor devices so that they enrol again at their next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        audit.record(user, audit.TWO_FACTOR_RESET)
        self.stdout.write(
            f"Two-factor sign-in reset for {username!r}: they set it up again at their next "
            "sign-in. Check who asked, by another channel, before running this."
        )
