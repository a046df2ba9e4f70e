"""The "Ask for a memorial" form: what a family knows about their relative, what they want
shown, how to reach them, an optional portrait and their explicit consent."""

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from website.form_protection import ProtectedForm, count_links

from ..models.memorial_request import MemorialRequest
from ..models.places import Governorate
from .dates import check_approximate_date, date_part_fields
from .uploads import ACCEPT_ATTRIBUTE, clean_uploaded_image

MAX_LINKS = 3
DATE_PREFIXES = ("birth", "arrest", "death")


def _text(label, max_length, required=False, help_text="", **attrs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=forms.TextInput(attrs={"dir": "auto", **attrs}),
    )


class MemorialRequestForm(ProtectedForm):
    name_native = _text(_("Name in Arabic"), 200, autocomplete="off")
    name_latin = _text(_("Name in Latin letters"), 200, autocomplete="off")
    locals().update(date_part_fields("birth"))
    birth_place = _text(_("Place of birth"), 200)
    locals().update(date_part_fields("arrest"))
    detention_place = _text(
        _("Place of detention"), 200, help_text=_("The prison or branch, if known.")
    )
    locals().update(date_part_fields("death"))
    governorate = forms.ChoiceField(
        label=_("Governorate"),
        required=False,
        choices=[("", _("Unknown"))] + list(Governorate.choices),
    )
    story = forms.CharField(
        label=_("What would you like people to know about them?"),
        max_length=5000,
        required=False,
        help_text=_("Plain text, up to 5,000 characters. An editor reads it with you first."),
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
    )
    show_portrait = forms.BooleanField(label=_("Show the portrait I send"), required=False)
    show_dates = forms.BooleanField(label=_("Show the dates"), required=False, initial=True)
    show_places = forms.BooleanField(label=_("Show the places"), required=False, initial=True)
    show_biography = forms.BooleanField(
        label=_("Show what I wrote about them"), required=False, initial=True
    )
    portrait = forms.FileField(
        label=_("A portrait (optional)"),
        required=False,
        help_text=_(
            "A photo of them in life, chosen by the family: JPEG, PNG, WebP or GIF, up to 5 MB. "
            "We remove all hidden data (such as location) from it."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )
    requester_name = _text(_("Your name"), 200, required=True, autocomplete="name")
    relationship = _text(
        _("Your relationship to them"),
        100,
        required=True,
        help_text=_("For example: his mother, her brother."),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    phone = forms.CharField(
        label=_("Your telephone number (optional)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "dir": "ltr", "inputmode": "tel"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I am a member of the family, or I ask with its agreement. I consent to the "
            "association preparing a memorial with what I chose above; it is published only "
            "after an editor has checked it with me, and the family can withdraw this consent "
            "at any time."
        ),
        error_messages={"required": _("We can only prepare a memorial with your consent.")},
    )
    accept_policy = forms.BooleanField(
        label=_("I have read the privacy policy."),
        error_messages={"required": _("Please confirm that you have read the privacy policy.")},
    )

    date_prefixes = DATE_PREFIXES

    def clean_story(self):
        story = self.cleaned_data["story"]
        if count_links(story) > MAX_LINKS:
            raise forms.ValidationError(
                _("Please include at most %(count)d links.") % {"count": MAX_LINKS},
                code="too_many_links",
            )
        return story

    def clean_portrait(self):
        uploaded = self.cleaned_data.get("portrait")
        if not uploaded:
            return None
        return clean_uploaded_image(uploaded)

    def clean(self):
        cleaned = super().clean()
        no_name = not (cleaned.get("name_native") or cleaned.get("name_latin"))
        if no_name and "name_native" not in self.errors and "name_latin" not in self.errors:
            self.add_error(
                "name_native", _("Please give their name, in Arabic or in Latin letters.")
            )
        dates = {prefix: check_approximate_date(self, prefix) for prefix in DATE_PREFIXES}
        known = [(prefix, value) for prefix, value in dates.items() if value]
        for (_earlier, first), (later, second) in zip(known, known[1:], strict=False):
            if second.is_surely_before(first):
                self.add_error(
                    f"{later}_year",
                    _("This date is before an earlier date given above (birth, arrest, death)."),
                )
        if self.errors and "portrait" not in self.errors and cleaned.get("portrait"):
            # A browser cannot put a file back into the form: say so next to the field.
            self.add_error(
                "portrait", _("Please choose the photo again: it was not kept with the errors.")
            )
        return cleaned

    def date_groups(self):
        """The three parts of each date, for the template's fieldsets."""
        legends = {
            "birth": _("Date of birth (as far as known)"),
            "arrest": _("Date of arrest (as far as known)"),
            "death": _("Date of death (as far as known)"),
        }
        return [
            {
                "legend": legends[prefix],
                "fields": [self[f"{prefix}_{part}"] for part in ("day", "month", "year")],
            }
            for prefix in DATE_PREFIXES
        ]

    def build_request(self) -> MemorialRequest:
        data = self.cleaned_data
        fields = {
            name: data.get(name)
            for name in (
                "name_native",
                "name_latin",
                "birth_place",
                "detention_place",
                "governorate",
                "story",
                "show_portrait",
                "show_dates",
                "show_places",
                "show_biography",
                "requester_name",
                "relationship",
                "email",
                "phone",
            )
        }
        for prefix in DATE_PREFIXES:
            for part in ("year", "month", "day"):
                fields[f"{prefix}_{part}"] = data.get(f"{prefix}_{part}")
        request = MemorialRequest(
            **fields, language=get_language(), consent_declared_at=timezone.now()
        )
        if data.get("portrait"):
            request.portrait.save(data["portrait"].name, data["portrait"], save=False)
        return request
