"""No path makes a memorial live without an active consent: one test per path."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Locale, ModelLogEntry, PageLogEntry, Workflow
from wagtail_localize.models import TranslationSource

from memorial.models import ConsentRecord, ConsentRequired, MemorialPage
from tests.accounts_helpers import login_verified

from .memorial_helpers import consent, draft, index, published, user

pytestmark = pytest.mark.usefixtures("demo")


def is_live(page):
    return MemorialPage.objects.get(pk=page.pk).live


def test_revision_publish_refused_without_consent():
    page = draft()
    with pytest.raises(ConsentRequired):
        page.save_revision().publish()
    assert not is_live(page)


def test_revision_publish_allowed_with_consent():
    page = draft()
    consent(page.person)
    page.save_revision().publish()
    assert is_live(page)


def test_revision_publish_refused_after_withdrawal_by_hand():
    page = draft()
    record = consent(page.person)
    ConsentRecord.objects.filter(pk=record.pk).update(withdrawn_at=timezone.now())
    with pytest.raises(ConsentRequired):
        page.save_revision().publish()
    assert not is_live(page)


def test_setting_live_by_hand_is_refused():
    page = draft()
    page.live = True
    with pytest.raises(ConsentRequired):
        page.save()
    assert not is_live(page)


def test_new_page_created_live_without_consent_is_a_draft():
    page = draft(live=True)
    assert not is_live(page)


def test_publish_button_refused_with_a_message(client):
    page = draft()
    login_verified(client, user("editor-publish", superuser=True))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {
            "title": "Edited title",
            "slug": page.slug,
            "name_native": page.name_native,
            "name_latin": "Edited Latin",
            "action-publish": "publish",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert not is_live(page)
    messages = [str(message) for message in response.context["messages"]]
    assert any("no current consent" in message for message in messages)
    # The draft was kept: nothing the editor typed is lost.
    latest = MemorialPage.objects.get(pk=page.pk).get_latest_revision()
    assert latest.as_object().name_latin == "Edited Latin"


def test_publish_button_message_is_translated(client):
    page = draft()
    editor = user("editor-ar", superuser=True)
    login_verified(client, editor)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"title": "T", "slug": page.slug, "name_native": "x", "action-publish": "1"},
        follow=True,
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("consentement" in message for message in messages), messages


def test_publish_button_works_with_consent(client):
    page = draft()
    consent(page.person)
    login_verified(client, user("editor-ok", superuser=True))
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"title": "T", "slug": page.slug, "name_native": "x", "action-publish": "1"},
    )
    assert is_live(page)


def _start_consent_workflow(page, starter):
    workflow = Workflow.objects.get(name="Memorial publication")
    assert page.get_workflow() == workflow  # attached to the index by the data migration
    revision = page.save_revision(user=starter)
    workflow.start(page, starter)
    return MemorialPage.objects.get(pk=page.pk), revision


def test_workflow_approval_impossible_without_consent():
    page = draft()
    verifier = user("verifier", consent_permission=True)
    page, _revision = _start_consent_workflow(page, verifier)
    task = page.current_workflow_task
    assert [name for name, *_ in task.get_actions(page, verifier)] == ["reject"]
    task.on_action(page.current_workflow_task_state, verifier, "approve")
    assert not is_live(page)


def test_workflow_only_consent_staff_can_act():
    page = draft()
    consent(page.person)
    editor = user("plain-editor")
    page, _revision = _start_consent_workflow(page, editor)
    assert page.current_workflow_task.get_actions(page, editor) == []


def test_workflow_approval_publishes_with_consent():
    page = draft()
    consent(page.person)
    # Approving publishes, so the verifier is also an editor (publish permission).
    verifier = user("verifier2", consent_permission=True, group="Editors")
    page, _revision = _start_consent_workflow(page, verifier)
    task = page.current_workflow_task
    assert "approve" in [name for name, *_ in task.get_actions(page, verifier)]
    task.on_action(page.current_workflow_task_state, verifier, "approve")
    assert is_live(page)


def test_publish_scheduled_skips_refused_memorial_and_publishes_the_others(capsys):
    refused = draft("scheduled-refused")
    allowed = draft("scheduled-allowed")
    consent(allowed.person)
    past = timezone.now() - datetime.timedelta(minutes=5)
    for page in (refused, allowed):
        revision = page.save_revision()
        revision.approved_go_live_at = past
        revision.save()
    call_command("publish_scheduled")
    assert not is_live(refused)
    assert is_live(allowed)
    # The refused schedule is cleared (re-granting consent must not publish by itself) …
    assert not refused.revisions.filter(approved_go_live_at__isnull=False).exists()
    # … and the refusal is in the audit log.
    assert PageLogEntry.objects.filter(page=refused, action="memorial.publish_refused").exists()


def test_scheduling_is_allowed_but_the_date_checks_consent():
    page = draft("scheduled-later")
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision().publish()  # only records the date
    assert not is_live(page)
    assert page.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_wagtail_localize_translation_publish_refused(django_capture_on_commit_callbacks):
    page = published("localized")["en"]
    ConsentRecord.objects.filter(person=page.person).update(withdrawn_at=timezone.now())
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = (
        source.translations.create(target_locale=Locale.objects.get(language_code="de"))
        if hasattr(source, "translations")
        else None
    )
    from wagtail_localize.models import Translation

    translation = translation or Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="de")
    )
    with pytest.raises(ConsentRequired), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    german = page.get_translation_or_none(Locale.objects.get(language_code="de"))
    assert german is not None and not german.live


def test_copy_keep_live_without_consent_gives_a_draft():
    page = published("to-copy")["en"]
    ConsentRecord.objects.filter(person=page.person).update(withdrawn_at=timezone.now())
    copy = CopyPageAction(
        page, to=index("en"), update_attrs={"slug": "copied"}, keep_live=True
    ).execute()
    assert not MemorialPage.objects.get(pk=copy.pk).live


def test_bulk_publish_refused_with_a_message(client):
    page = draft("bulk")
    login_verified(client, user("bulk-editor", superuser=True))
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={page.pk}&next=/admin/", {}, follow=True)
    assert response.status_code == 200
    assert not is_live(page)
    assert any("no current consent" in str(m) for m in response.context["messages"])


def test_bulk_publish_with_descendants_refused(client):
    page = draft("bulk-descendant")
    login_verified(client, user("bulk-editor2", superuser=True))
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={index('en').pk}&next=/admin/", {"include_descendants": "on"})
    assert not is_live(page)


def test_no_log_entry_mentions_the_relative():
    page = published("no-leak-log")["en"]
    entries = " ".join(str(entry.data) for entry in PageLogEntry.objects.filter(page=page))
    entries += " ".join(str(entry.data) for entry in ModelLogEntry.objects.all())
    assert "Secret Relative Name" not in entries
