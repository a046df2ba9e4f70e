"""The second-factor screens of the admin: the code step after the password, enrolment for an
account that has no second factor yet, and recovery codes. Mounted under /admin/ by
accounts/wagtail_hooks.py (so Wagtail's admin-access check and admin language apply)."""

import django_otp
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django_otp.plugins.otp_static.models import StaticDevice

from . import audit, throttle, two_factor
from .forms import CodeForm, SetupForm


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _with_next(name, next_url) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _complete_sign_in(request, device) -> None:
    django_otp.login(request, device)
    # A new session key now that the session grants more: a key seen before the second
    # factor is worth nothing after it.
    request.session.cycle_key()
    throttle.clear_account(request.user.get_username())


class VerifyView(View):
    """Second step of signing in: a code from the app, or a recovery code."""

    template_name = "accounts/verify.html"

    def dispatch(self, request, *args, **kwargs):
        next_url = _next_url(request)
        if request.user.is_verified():
            return redirect(next_url)
        if not two_factor.has_second_factor(request.user):
            return redirect(_with_next("accounts_setup", next_url))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self._render(request, CodeForm())

    def post(self, request):
        user = request.user
        form = CodeForm(request.POST)
        refusal = throttle.check(request, user.get_username())
        if refusal is not None:
            throttle.record_failure(request, user.get_username())
            audit.record(user, audit.SIGN_IN_FAILED, step="second_factor", reason=audit.THROTTLED)
            form.is_valid()
            form.add_error(None, refusal.message)
            return self._render(request, form, status=429)
        if not form.is_valid():
            return self._render(request, form)

        device = two_factor.verify(user, form.cleaned_data["code"], is_totp=form.is_totp)
        if device is None:
            locked = throttle.record_failure(request, user.get_username())
            audit.record(user, audit.SIGN_IN_FAILED, step="second_factor", reason=audit.WRONG_CODE)
            if locked:
                audit.record(user, audit.LOCKED)
            form.add_error(
                "code",
                _(
                    "That code was not accepted. App codes change every 30 seconds and each "
                    "code, like each recovery code, works only once. Please try again."
                ),
            )
            return self._render(request, form)

        _complete_sign_in(request, device)
        if isinstance(device, StaticDevice):
            audit.record(user, audit.SIGN_IN, method="recovery_code")
            audit.record(user, audit.RECOVERY_CODE_USED)
            left = two_factor.recovery_codes_left(user)
            messages.warning(
                request,
                ngettext(
                    "You signed in with a recovery code. It cannot be used again; you have "
                    "%(count)d recovery code left.",
                    "You signed in with a recovery code. It cannot be used again; you have "
                    "%(count)d recovery codes left.",
                    left,
                )
                % {"count": left},
            )
        else:
            audit.record(user, audit.SIGN_IN, method="totp")
        return redirect(_next_url(request))

    def _render(self, request, form, status=200):
        return render(
            request,
            self.template_name,
            {"form": form, "next": _next_url(request)},
            status=status,
        )


class SetupView(View):
    """Enrolment: the only admin page an account without a second factor can reach."""

    template_name = "accounts/setup.html"

    def dispatch(self, request, *args, **kwargs):
        if two_factor.has_second_factor(request.user):
            if request.user.is_verified():
                return redirect("accounts_recovery_codes")
            # An account that has a second factor proves it before anything else; it cannot
            # add another one with its password alone.
            return redirect(_with_next("accounts_verify", _next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self._render(request, SetupForm())

    def post(self, request):
        form = SetupForm(request.POST)
        device = two_factor.pending_app_device(request.user)
        if form.is_valid():
            if device.verify_token(form.cleaned_data["code"]):
                two_factor.confirm_app_device(device)
                codes = two_factor.new_recovery_codes(request.user)
                _complete_sign_in(request, device)
                audit.record(request.user, audit.ENROLLED)
                audit.record(request.user, audit.SIGN_IN, method="totp")
                return render(
                    request,
                    "accounts/recovery_codes.html",
                    {"codes": codes, "next": _next_url(request), "just_enrolled": True},
                )
            form.add_error(
                "code",
                _(
                    "That code does not match. Check that your phone's clock is set "
                    "automatically, then type the code your app shows now."
                ),
            )
        return self._render(request, form, device)

    def _render(self, request, form, device=None):
        device = device or two_factor.pending_app_device(request.user)
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "next": _next_url(request),
                "qr_svg": two_factor.qr_svg(
                    device, _("QR code to add this account to an authenticator app")
                ),
                "secret": two_factor.readable_secret(device),
            },
        )


class RecoveryCodesView(View):
    """How many recovery codes are left, and a fresh set on request (shown once)."""

    template_name = "accounts/recovery_codes.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_verified():
            return redirect(_with_next("accounts_verify", request.get_full_path()))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return render(
            request,
            self.template_name,
            {"left": two_factor.recovery_codes_left(request.user), "next": _next_url(request)},
        )

    def post(self, request):
        codes = two_factor.new_recovery_codes(request.user)
        audit.record(request.user, audit.RECOVERY_CODES_RENEWED)
        return render(request, self.template_name, {"codes": codes, "next": _next_url(request)})
