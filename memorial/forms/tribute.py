"""The form under every memorial: a few words for the person, moderated before they show."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from website.form_protection import ProtectedForm, count_links

from ..models.tribute import MESSAGE_MAX_LENGTH, SIGNATURE_MAX_LENGTH, Tribute

MAX_LINKS = 2


class TributeForm(ProtectedForm):
    message = forms.CharField(
        label=_("Your tribute"),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("Plain text, up to 3,000 characters. Line breaks are kept."),
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        strip=True,
    )
    signature_kind = forms.ChoiceField(
        label=_("How do you want to sign it?"),
        choices=Tribute.Signature.choices,
        initial=Tribute.Signature.ANONYMOUS,
        widget=forms.RadioSelect,
    )
    signature = forms.CharField(
        label=_("Your name or your relationship"),
        max_length=SIGNATURE_MAX_LENGTH,
        required=False,
        help_text=_(
            "Shown under your tribute, exactly as you write it. Leave empty to stay anonymous."
        ),
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "off"}),
    )
    language = forms.ChoiceField(
        label=_("Language of your tribute"),
        choices=settings.LANGUAGES,
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        help_text=_(
            "Only to tell you once when your tribute is published. It is never shown and is "
            "deleted once moderation is over."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    accept_policy = forms.BooleanField(
        label=_(
            "I accept that my tribute is read by a "
            "moderator before it is published, and the privacy policy."
        ),
        required=True,
        error_messages={"required": _("Please accept the moderation and the privacy policy.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("language", get_language())

    def clean_message(self):
        message = self.cleaned_data["message"]
        if count_links(message) > MAX_LINKS:
            raise forms.ValidationError(
                _("Please include at most %(count)d links.") % {"count": MAX_LINKS},
                code="too_many_links",
            )
        return message

    def clean_signature(self):
        signature = " ".join(self.cleaned_data["signature"].split())
        if count_links(signature):
            raise forms.ValidationError(
                _("A signature cannot contain a link."), code="link_in_signature"
            )
        return signature

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("signature_kind")
        if kind == Tribute.Signature.ANONYMOUS:
            cleaned["signature"] = ""
        elif kind and not cleaned.get("signature") and "signature" not in self.errors:
            self.add_error(
                "signature",
                _("Please write your name or your relationship, or choose to sign anonymously."),
            )
        return cleaned

    def build_tribute(self, person) -> Tribute:
        data = self.cleaned_data
        return Tribute(
            person=person,
            message=data["message"],
            signature_kind=data["signature_kind"],
            signature=data["signature"],
            language=data["language"],
            email=data.get("email") or "",
        )
