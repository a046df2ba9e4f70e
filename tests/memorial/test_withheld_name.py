"""A memorial whose family withholds the name never gives it away in its address, and the
editor is told why a publication was refused on every admin path."""

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import GroupApprovalTask, Locale, PageLogEntry, Workflow, WorkflowTask
from wagtail_localize.models import TranslationSource

from memorial.models import ConsentRecord, ConsentRequired, MemorialPage, neutral_slug
from tests.accounts_helpers import login_verified

from .memorial_helpers import consent, draft, published, user

pytestmark = pytest.mark.usefixtures("demo")

NAME_HIDDEN = {"show_name": False}


def is_live(page):
    return MemorialPage.objects.get(pk=page.pk).live


@pytest.mark.parametrize(
    "slug",
    [
        "ziad-testperson",  # the Latin name
        "zyad-test-person-2013",  # another spelling, with a year
        "زياد-الاختبار",  # the name as the family writes it
        "alikhtibar",  # the Arabic surname, transliterated, article glued
    ],
)
def test_an_address_with_the_name_is_refused_when_the_name_is_withheld(slug):
    page = draft(slug, name_native="زياد الاختبار", name_latin="Ziad Testperson")
    consent(page.person, **NAME_HIDDEN)
    with pytest.raises(ConsentRequired) as refused:
        page.save_revision().publish()
    assert neutral_slug(page.person_id) in refused.value.messages[0]
    assert not is_live(page)


def test_an_address_without_the_name_publishes():
    page = draft("memorial-from-daraa")
    consent(page.person, **NAME_HIDDEN)
    page.save_revision().publish()
    assert is_live(page)


def test_the_same_address_is_fine_when_the_name_may_be_shown():
    page = draft("ziad-testperson")
    consent(page.person)
    page.save_revision().publish()
    assert is_live(page)


def test_publish_button_explains_the_address_rule(client):
    page = draft("ziad-testperson")
    consent(page.person, **NAME_HIDDEN)
    login_verified(client, user("editor-slug", superuser=True))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"title": "T", "slug": page.slug, "name_native": page.name_native, "action-publish": "1"},
        follow=True,
    )
    assert not is_live(page)
    messages = [str(message) for message in response.context["messages"]]
    assert any(neutral_slug(page.person_id) in message for message in messages), messages


def test_narrowing_the_consent_moves_live_memorials_to_a_neutral_address(
    client, django_capture_on_commit_callbacks
):
    pages = published("ziad-testperson", translations=["fr"])
    old_urls = {code: page.url for code, page in pages.items()}
    for url in old_urls.values():
        assert client.get(url).status_code == 200
    record = ConsentRecord.objects.get(person=pages["en"].person)
    record.show_name = False
    with django_capture_on_commit_callbacks(execute=True):
        record.save()
    for code, page in pages.items():
        moved = MemorialPage.objects.get(pk=page.pk)
        assert moved.live and moved.slug == neutral_slug(page.person_id)
        assert client.get(moved.url).status_code == 200
        # The old address, which names the person, leads nowhere.
        assert client.get(old_urls[code]).status_code == 404
        assert not Redirect.objects.filter(redirect_page=moved).exists()
        assert PageLogEntry.objects.filter(page=moved, action="memorial.address_without_name")
        body = client.get(moved.url).content.decode()
        assert "Testperson" not in body and "ziad-testperson" not in body


def test_approving_another_workflow_without_consent_explains_instead_of_failing(client):
    page = draft("other-workflow")
    approver = user("approver", superuser=True)
    workflow = Workflow.objects.create(name="Another workflow")
    task = GroupApprovalTask.objects.create(name="Any editor approves")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page.save_revision(user=approver)
    workflow.start(page, approver)
    page = MemorialPage.objects.get(pk=page.pk)
    login_verified(client, approver)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", page.current_workflow_task_state.pk],
        )
    )
    assert response.status_code == 302 and response["Location"].endswith(edit_url)
    assert not is_live(page)
    messages = [str(m) for m in client.get(edit_url).context["messages"]]
    assert any("no current consent" in message for message in messages), messages


def test_wagtail_localize_publish_gives_the_reason(client, monkeypatch):
    page = published("localized-reason")["en"]
    ConsentRecord.objects.filter(person=page.person).update(withdrawn_at=timezone.now())
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = source.translations.create(target_locale=Locale.objects.get(language_code="de"))
    translation.save_target(publish=False)  # a German draft, edited in wagtail-localize
    german = page.get_translation(Locale.objects.get(language_code="de"))
    login_verified(client, user("translator", superuser=True))
    # wagtail-localize publishes once its transaction commits; a test's transaction never
    # does, so the publication runs at once here, in the request, as it would after commit.
    monkeypatch.setattr(transaction, "on_commit", lambda callback, *args, **kwargs: callback())
    url = reverse("wagtailadmin_pages:edit", args=[german.pk])
    response = client.post(url, {"action": "publish"}, follow=True)
    assert not MemorialPage.objects.get(pk=german.pk).live
    messages = [str(m) for m in response.context["messages"]]
    assert any("no current consent" in message for message in messages), messages


def test_copying_with_publish_copies_explains_a_copy_left_as_a_draft(client):
    page = published("memorial-copy-source", scope=NAME_HIDDEN)["en"]
    login_verified(client, user("copier", superuser=True))
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {
            "new_title": "Copy",
            "new_slug": "ziad-testperson-copy",  # carries the withheld name
            "new_parent_page": page.get_parent().pk,
            "publish_copies": "on",
        },
        follow=True,
    )
    copy = MemorialPage.objects.get(slug="ziad-testperson-copy")
    assert not copy.live
    messages = [str(m) for m in response.context["messages"]]
    assert any(neutral_slug(copy.person_id) in message for message in messages), messages
