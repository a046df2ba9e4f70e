"""The petition signature form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.countries import COUNTRIES, country_choices
from website.form_protection import ProtectedForm, count_links


class SignatureForm(ProtectedForm):
    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send you a link to confirm your signature. It is never published."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    country = forms.ChoiceField(label=_("Country where you live"), choices=())
    contact_ok = forms.BooleanField(
        label=_("The association may write to me about this campaign and its work."),
        required=False,
    )
    privacy = forms.BooleanField(
        label=_(
            "I have read the privacy policy and agree that my signature is kept for this campaign."
        ),
        error_messages={"required": _("Please agree to the privacy policy to sign.")},
    )

    field_order = ["name", "email", "country", "contact_ok", "privacy"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form, so that the list is in the visitor's language and order.
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Please write your name."), code="required")
        if count_links(name):
            # A name goes into nobody's inbox, but a link in it would be spam in our admin.
            raise forms.ValidationError(
                _("Please write only your name, without links."), code="link"
            )
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_country(self):
        code = self.cleaned_data["country"]
        if code not in COUNTRIES:
            raise forms.ValidationError(_("Please choose a country from the list."))
        return code
