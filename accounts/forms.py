"""The admin's sign-in forms: Wagtail's login form with throttling and audit entries, the
second-factor code form, and a password-reset form that says nothing about which addresses
have accounts and cannot be used to flood someone's inbox."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm, PasswordResetForm

from website.form_protection import RateLimit, check_rate_limit, is_duplicate

from . import audit, throttle


class ThrottledLoginForm(LoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM). A throttled attempt is refused
    before the password is checked; every failure counts and is logged."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if self.request is not None and username:
            refusal = throttle.check(self.request, username)
            if refusal is not None:
                # Hammering on while slowed counts too: it leads to the lock sooner.
                self._fail(username, audit.THROTTLED)
                raise forms.ValidationError(refusal.message, code="throttled")
        try:
            return super().clean()
        except forms.ValidationError:
            if username and self.cleaned_data.get("password") and self.request is not None:
                self._fail(username, audit.WRONG_PASSWORD)
            raise

    @staticmethod
    def _account(username):
        User = get_user_model()
        return User._default_manager.filter(
            **{f"{User.USERNAME_FIELD}__iexact": username.strip()}
        ).first()

    def _fail(self, username, reason):
        """Count the failure and log it against the account named, if there is one."""
        locked = throttle.record_failure(self.request, username)
        account = self._account(username)
        if account is None:
            audit.record_unknown_account(audit.SIGN_IN_FAILED, step="password")
            return
        if not account.is_active:
            reason = audit.INACTIVE_ACCOUNT
        audit.record(account, audit.SIGN_IN_FAILED, step="password", reason=reason)
        if locked:
            audit.record(account, audit.LOCKED)


class CodeForm(forms.Form):
    """One field for either a six-digit code from the authenticator app or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_(
            "The six-digit code your authenticator app shows, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": "",
                "dir": "ltr",
            }
        ),
    )

    def clean_code(self):
        # Spaces and hyphens are how codes are shown; they are not part of them.
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        if not code.isascii() or not code.isalnum():
            raise forms.ValidationError(
                _("A code has only letters and digits. Please check what you typed."),
                code="invalid",
            )
        return code

    @property
    def is_totp(self):
        return self.cleaned_data["code"].isdigit()


class SetupForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your app"),
        max_length=20,
        help_text=_("After adding the account to your app, type the six-digit code it shows."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": "",
                "dir": "ltr",
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise forms.ValidationError(
                _("Please type the six digits your app shows."), code="invalid"
            )
        return code


RESET_PER_CLIENT = RateLimit("password-reset", limit=5, window=60 * 60)
RESET_PER_ADDRESS_SECONDS = 15 * 60


class ThrottledPasswordResetForm(PasswordResetForm):
    """WAGTAILADMIN_USER_PASSWORD_RESET_FORM. The page always answers the same way, whether
    or not the address has an account (Django only e-mails existing accounts), and whether
    or not a limit was reached: a client gets at most a few e-mails sent per hour, and one
    address at most one per quarter of an hour; beyond that, nothing is sent, silently."""

    def save(self, *args, request=None, **kwargs):
        if request is not None and not check_rate_limit(request, RESET_PER_CLIENT):
            return None
        if is_duplicate(
            "password-reset", self.cleaned_data["email"], window=RESET_PER_ADDRESS_SECONDS
        ):
            return None
        return super().save(*args, request=request, **kwargs)
