"""Helpers for the memorial page, consent and index tests (no tests here)."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale

from memorial.models import ConsentRecord, MemorialIndexPage, MemorialPage

ALL_SCOPE = dict.fromkeys(
    [
        "show_name",
        "show_portrait",
        "show_biography",
        "show_dates",
        "show_places",
        "show_family_names",
    ],
    True,
)


def index(code="en"):
    return MemorialIndexPage.objects.get(locale__language_code=code)


def draft(slug="test-person", code="en", **fields):
    values = {
        "title": "Test person",
        "name_native": "زياد الاختبار",
        "name_latin": "Ziad Testperson",
        "birth_year": 1980,
        "death_year": 2013,
        "death_month": 5,
        "biography": "<p>Biography text Qwertyuiop</p>",
        "family_words": "<p>Family words Asdfghjkl</p>",
        "father_name": "Fatherzed",
        "mother_name": "Motherzed",
        "place_of_birth": "Birthtown Zxcvbnm",
        "is_fictional_sample": True,
        "live": False,
    }
    values.update(fields)
    page = MemorialPage(slug=slug, **values)
    index(code).add_child(instance=page)
    return page


def consent(person, **scope):
    return ConsentRecord.objects.create(
        person=person,
        given_by_name="Secret Relative Name",
        given_by_relationship="brother",
        given_by_contact="+00 secret contact",
        given_at=datetime.date(2024, 5, 1),
        obtained_how=ConsentRecord.Method.IN_PERSON,
        **{**ALL_SCOPE, **scope},
    )


def published(slug="test-person", code="en", scope=None, translations=(), **fields):
    """A memorial with consent, published in `code` and in each of `translations`."""
    page = draft(slug, code, **fields)
    consent(page.person, **(scope or {}))
    page.save_revision().publish()
    pages = {code: MemorialPage.objects.get(pk=page.pk)}
    for other in translations:
        translation = page.copy_for_translation(
            Locale.objects.get(language_code=other), copy_parents=False
        )
        translation.save()
        translation.save_revision().publish()
        pages[other] = MemorialPage.objects.get(pk=translation.pk)
    return pages


def user(username, consent_permission=False, superuser=False, group="Editors"):
    User = get_user_model()
    person = User.objects.create_user(
        username, f"{username}@example.org", "a-long-test-password", is_superuser=superuser
    )
    person.is_staff = True
    person.save()
    editors = Group.objects.get(name=group)
    person.groups.add(editors)
    admin_access = Permission.objects.get(codename="access_admin")
    person.user_permissions.add(admin_access)
    if consent_permission:
        person.user_permissions.add(Permission.objects.get(codename="manage_consent"))
    return User.objects.get(pk=person.pk)
