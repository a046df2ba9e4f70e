# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)
"""Moderation in the Wagtail admin: queues, review, decisions one by one and in bulk, the
audit log, dashboard counts, and a memorial request turned into a draft memorial."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.roles import MODERATORS
from memorial.models import ConsentRecord, MemorialPage, MemorialRequest, Tribute
from memorial.moderation import queue_url
from tests.accounts_helpers import assert_refused, create_user, login_verified

from .test_tribute_fixtures import image_bytes, memorial, storage_down  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client, demo):
    user, _secret = create_user("moderator-one", groups=[MODERATORS])
    login_verified(client, user)
    return user


def make_tribute(person, message="Words of remembrance", **fields):
    return Tribute.objects.create(
        person=person, message=message, language=fields.pop("language", "en"), **fields
    )


def review_url(obj):
    return reverse(obj.snippet_viewset.get_url_name("review"), args=(obj.pk,))


def test_moderators_have_exactly_the_view_and_change_permissions(moderator):
    codenames = set(
        Permission.objects.filter(
            group__name=MODERATORS, content_type__app_label="memorial"
        ).values_list("codename", flat=True)
    )
    assert codenames == {
        "view_tribute",
        "change_tribute",
        "view_memorialrequest",
        "change_memorialrequest",
    }


def test_queue_lists_pending_tributes_and_filters(client, moderator, memorial):
    person = memorial["en"].person
    make_tribute(person, "Pending words", language="ar")
    make_tribute(person, "Approved words", state="approved")
    response = client.get(queue_url("tribute"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pending words" in html and "Approved words" not in html
    response = client.get(reverse(Tribute.snippet_viewset.get_url_name("list")) + "?language=en")
    html = response.content.decode()
    assert "Approved words" in html and "Pending words" not in html
    today = timezone.localdate().isoformat()
    response = client.get(
        reverse(Tribute.snippet_viewset.get_url_name("list"))
        + f"?created_at_after={today}&person={person.pk}"
    )
    assert "Pending words" in response.content.decode()


def test_review_shows_the_full_text_and_approving_is_logged_and_public(
    client, moderator, memorial, django_capture_on_commit_callbacks
):
    long_text = "بداية " + "كلمة " * 500 + "النهاية"
    tribute = make_tribute(memorial["en"].person, long_text, language="ar", email="x@example.org")
    response = client.get(review_url(tribute))
    assert response.status_code == 200
    html = response.content.decode()
    assert "النهاية" in html
    assert "x@example.org" not in html  # moderators do not need the sender's address
    public = client.__class__(HTTP_HOST="localhost")
    assert "النهاية" not in public.get(memorial["ar"].url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(tribute), {"decision": "approve"})
    assert response.status_code == 302
    tribute.refresh_from_db()
    assert tribute.state == "approved" and tribute.moderated_by == moderator
    entry = ModelLogEntry.objects.get(action="memorial.tribute.approve")
    assert entry.user == moderator and entry.object_id == str(tribute.pk)
    for page in memorial.values():
        assert "النهاية" in public.get(page.url).content.decode()


def test_bulk_reject_and_spam(client, moderator, memorial, django_capture_on_commit_callbacks):
    person = memorial["en"].person
    tributes = [make_tribute(person, f"Bulk words {n}") for n in range(3)]
    bulk = reverse("wagtail_bulk_action", args=("memorial", "tribute", "reject_tributes"))
    ids = "&".join(f"id={t.pk}" for t in tributes[:2])
    response = client.get(f"{bulk}?{ids}")
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{bulk}?{ids}&next=/admin/")
    assert response.status_code == 302
    states = dict(Tribute.objects.values_list("pk", "state"))
    assert [states[t.pk] for t in tributes] == ["rejected", "rejected", "pending"]
    assert ModelLogEntry.objects.filter(action="memorial.tribute.reject").count() == 2
    spam = reverse("wagtail_bulk_action", args=("memorial", "tribute", "spam_tributes"))
    client.post(f"{spam}?id={tributes[2].pk}&next=/admin/")
    assert Tribute.objects.get(pk=tributes[2].pk).state == "spam"
    html = client.get(memorial["en"].url).content.decode()
    assert "Bulk words" not in html


def test_dashboard_counts_what_waits(client, moderator, memorial):
    make_tribute(memorial["en"].person)
    make_tribute(memorial["en"].person, "Second")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 tributes waiting for moderation" in html
    assert "0 memorial requests waiting" in html


def test_a_user_without_the_permissions_cannot_moderate(client, memorial):
    user, _secret = create_user("not-a-moderator", groups=["Editors"])
    login_verified(client, user)
    tribute = make_tribute(memorial["en"].person)
    assert_refused(client.post(review_url(tribute), {"decision": "approve"}))
    tribute.refresh_from_db()
    assert tribute.state == "pending"


def test_admin_pages_for_anonymous_visitors_redirect_to_sign_in(memorial):
    from django.test import Client

    tribute = make_tribute(memorial["en"].person)
    response = Client(HTTP_HOST="localhost").get(review_url(tribute))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def _request_with_portrait(**fields) -> MemorialRequest:
    """A pending memorial request from a relative, with a portrait in private storage."""
    from django.core.files.base import ContentFile

    memorial_request = MemorialRequest(
        name_native="سامر المثال",
        name_latin="Samer Example",
        requester_name="A. Relative",
        relationship="his sister",
        language="ar",
        show_portrait=True,
        consent_declared_at=timezone.now(),
        **fields,
    )
    memorial_request.portrait.save("x.jpg", ContentFile(image_bytes(exif_gps=False)), save=False)
    memorial_request.save()
    return memorial_request


def test_a_request_becomes_a_draft_memorial_with_a_pending_consent(client, moderator):
    memorial_request = _request_with_portrait(
        birth_year=1980, death_year=2013, email="relative@example.org"
    )
    private_name = memorial_request.portrait.name
    storage = memorial_request.portrait.storage

    response = client.post(review_url(memorial_request), {"decision": "convert"})
    assert response.status_code == 302
    memorial_request.refresh_from_db()
    assert memorial_request.state == "converted"
    page = MemorialPage.objects.get(pk=memorial_request.memorial_id)
    assert not page.live and page.locale.language_code == "ar"
    assert page.name_native == "سامر المثال" and page.birth_year == 1980
    consent = ConsentRecord.objects.get(person=page.person)
    assert not page.has_active_consent()
    assert consent.status == ConsentRecord.Status.PENDING
    # A pending consent does not open the gate; a consent officer's confirmation does.
    with pytest.raises(ValidationError):
        page.save_revision().publish()
    consent.status = ConsentRecord.Status.CONFIRMED
    consent.save()
    assert MemorialPage.objects.get(pk=page.pk).has_active_consent()
    assert consent.show_portrait
    assert page.portrait is not None
    assert not storage.exists(private_name)
    assert ModelLogEntry.objects.filter(action="memorial.request.convert").exists()
    assert datetime.date.today() >= consent.given_at


def test_converting_a_request_while_the_storage_is_down_creates_nothing(
    client, moderator, request, settings
):
    memorial_request = _request_with_portrait()
    pages_before = MemorialPage.objects.count()
    request.getfixturevalue("storage_down")  # the storage fails after the upload

    response = client.post(review_url(memorial_request), {"decision": "convert"}, follow=True)
    assert response.status_code == 200
    assert "could not store your file" in response.content.decode()
    memorial_request.refresh_from_db()
    assert memorial_request.state == "pending" and memorial_request.memorial_id is None
    assert MemorialPage.objects.count() == pages_before
    assert not ConsentRecord.objects.filter(given_by_name="A. Relative").exists()


def test_only_decisions_about_approved_tributes_empty_the_page_cache(
    memorial, django_capture_on_commit_callbacks
):
    from memorial.moderation import moderate_tributes
    from website.page_cache import generation

    def generation_after(tribute, decision):
        with django_capture_on_commit_callbacks(execute=True):
            moderate_tributes([tribute], decision, None)
        return generation()

    start = generation()
    assert generation_after(make_tribute(memorial["en"].person), "reject") == start
    assert generation_after(make_tribute(memorial["en"].person, "b"), "spam") == start
    approved = make_tribute(memorial["en"].person, "c")
    assert generation_after(approved, "approve") > start
    start = generation()
    assert generation_after(approved, "reject") > start  # taken down again


def test_a_pending_consent_does_not_empty_the_page_cache(
    memorial, django_capture_on_commit_callbacks
):
    from website.page_cache import generation

    start = generation()
    with django_capture_on_commit_callbacks(execute=True):
        pending = ConsentRecord.objects.create(
            person=memorial["en"].person,
            given_by_name="Someone",
            given_by_relationship="cousin",
            given_at=datetime.date(2024, 2, 1),
            obtained_how=ConsentRecord.Method.OTHER,
            status=ConsentRecord.Status.PENDING,
        )
        pending.notes = "still to confirm"
        pending.save()
    assert generation() == start
    with django_capture_on_commit_callbacks(execute=True):
        pending.status = ConsentRecord.Status.CONFIRMED
        pending.save()  # now in force: what the public sees may change
    assert generation() > start
