"""Each role can do its work and nothing beyond it: one allowed and one forbidden act each,
through the admin's own URLs, with both factors passed."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page

from accounts import roles
from memorial.models import ConsentRecord, MemorialIndexPage
from memorial.models.workflow import ConsentVerifiedTask
from news.models import NewsIndexPage
from tests.accounts_helpers import assert_refused, create_user, login_verified

pytestmark = pytest.mark.django_db


def allowed(response):
    return response.status_code == 200


def signed_in(client, role_name):
    user, _ = create_user(f"u-{role_name[:10].lower().replace(' ', '-')}", groups=[role_name])
    login_verified(client, user)
    return user


def test_every_role_exists_with_its_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Editors",
        "Consent officers",
        "Moderators",
        "Administrators",
        "Translators (ar)",
        "Translators (en)",
        "Translators (fr)",
        "Translators (de)",
    } <= names
    # Wagtail's default approval task is no longer the moderators' business.
    task = GroupApprovalTask.objects.get(name="Editorial approval")
    assert set(task.groups.values_list("name", flat=True)) == {"Editors", "Administrators"}


def test_editors_write_news_but_never_see_consent(client, demo):
    user = signed_in(client, roles.EDITORS)
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    assert allowed(client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/"))
    assert_refused(client.get("/admin/memorial_consent/"))
    assert not user.has_perm("memorial.manage_consent")
    memorial_index = MemorialIndexPage.objects.get(locale__language_code="en")
    assert memorial_index.permissions_for_user(user).can_add_subpage()


def test_consent_officers_see_consent_records_but_not_tributes_or_pages(client, demo):
    user = signed_in(client, roles.CONSENT_OFFICERS)
    assert allowed(client.get("/admin/memorial_consent/"))
    assert_refused(client.get("/admin/snippets/memorial/tribute/"))
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert_refused(client.get(f"/admin/pages/{home.pk}/edit/"))
    # Only they can act on the "Family consent verified" task.
    task = ConsentVerifiedTask.objects.get(name="Family consent verified")
    assert task._can_verify(user)


def test_moderators_work_the_queues_and_nothing_else(client, demo):
    user = signed_in(client, roles.MODERATORS)
    assert allowed(client.get("/admin/snippets/memorial/tribute/"))
    assert allowed(client.get("/admin/campaigns/signatures/"))
    assert_refused(client.get("/admin/memorial_consent/"))
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert_refused(client.get(f"/admin/pages/{home.pk}/edit/"))
    task = ConsentVerifiedTask.objects.get(name="Family consent verified")
    assert not task._can_verify(user)


def test_translators_edit_their_language_only_and_never_publish(client, demo):
    user = signed_in(client, "Translators (ar)")
    about_ar = Page.objects.get(locale__language_code="ar", slug="about", depth=3)
    about_fr = about_ar.get_translation(about_ar.locale.__class__.objects.get(language_code="fr"))
    assert allowed(client.get(f"/admin/pages/{about_ar.pk}/edit/"))
    assert_refused(client.get(f"/admin/pages/{about_fr.pk}/edit/"))
    assert not about_ar.permissions_for_user(user).can_publish()
    # Submitting a translation would create pages in any language: not theirs to do.
    assert_refused(client.get(f"/admin/localize/submit/page/{about_ar.pk}/"))


def test_administrators_manage_users_but_cannot_rewrite_history(client, demo):
    user = signed_in(client, roles.ADMINISTRATORS)
    assert allowed(client.get("/admin/users/"))
    assert not user.has_perm("wagtailcore.change_modellogentry")
    assert not user.has_perm("wagtailcore.delete_pagelogentry")
    # Consent records are withdrawn, never deleted — not even by administrators.
    record = ConsentRecord.objects.first()
    assert record is not None
    assert_refused(client.get(f"/admin/memorial_consent/delete/{record.pk}/"))


def test_translators_get_new_locale_roots_as_they_are_created(demo):
    from wagtail.models import GroupPagePermission

    group = Group.objects.get(name="Translators (de)")
    pages = GroupPagePermission.objects.filter(group=group).values_list(
        "page__locale__language_code", "page__depth", "permission__codename"
    )
    assert set(pages) == {("de", 2, "change_page")}
