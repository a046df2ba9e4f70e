"""Private files on local folders: outside MEDIA_ROOT, no URL of their own, reachable only
through the permission-checked, logged view."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from wagtail.models import ModelLogEntry

from tests.accounts_helpers import create_user, login_verified
from website.media.private_files import FETCH_ACTION, private_file_url
from website.media.storages import private_storage

SECRET = b"%PDF-1.4 consent signed by the family\n"


@pytest.fixture
def evidence(db, local_storages, private_evidence_table):
    record = private_evidence_table(title="Consent of the family")
    record.file.save("consent form.pdf", ContentFile(SECRET))
    return record


@pytest.fixture
def permitted_user(db):
    user, _ = create_user("media-archivist")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtaildocs", codename="change_document")
    )
    return user


def test_private_files_live_outside_media_root_and_have_no_url(evidence, settings):
    path = Path(evidence.file.path)
    assert path.read_bytes() == SECRET
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        private_storage().url(evidence.file.name)
    with pytest.raises(ValueError):
        evidence.file.url  # noqa: B018


def test_the_public_media_url_does_not_reach_a_private_file(evidence, client, settings):
    response = client.get(settings.MEDIA_URL + evidence.file.name)
    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(evidence, client):
    response = client.get(private_file_url(evidence.file))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not ModelLogEntry.objects.filter(action=FETCH_ACTION).exists()


def test_a_password_without_second_factor_counts_as_anonymous(evidence, client, permitted_user):
    client.force_login(permitted_user)
    response = client.get(private_file_url(evidence.file))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_an_editor_without_the_permission_is_refused(evidence, client):
    user, _ = create_user("media-translator")
    login_verified(client, user)
    response = client.get(private_file_url(evidence.file))
    assert response.status_code == 403
    assert not ModelLogEntry.objects.filter(action=FETCH_ACTION).exists()


def test_a_permitted_editor_downloads_it_and_the_fetch_is_logged(evidence, client, permitted_user):
    login_verified(client, permitted_user)
    response = client.get(private_file_url(evidence.file))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == SECRET
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    entry = ModelLogEntry.objects.get(action=FETCH_ACTION)
    assert entry.user_id == permitted_user.pk
    assert entry.object_id == str(evidence.pk)
    assert entry.data["file"] == evidence.file.name


def test_forged_or_stale_references_are_not_found(evidence, client, permitted_user):
    login_verified(client, permitted_user)
    url = private_file_url(evidence.file)
    assert client.get(url[:-3] + "xx/").status_code == 404
    assert client.get("/private-files/evidence%2Fconsent.pdf/").status_code == 404
    # The file was replaced: the old link must not serve the new file.
    evidence.file.save("new consent.pdf", ContentFile(b"new"))
    assert client.get(url).status_code == 404


def test_an_unregistered_private_field_gets_no_link(evidence):
    evidence.other.save("x.txt", ContentFile(b"x"))
    with pytest.raises(ImproperlyConfigured):
        private_file_url(evidence.other)


def test_an_empty_field_gives_an_empty_link(db, local_storages, private_evidence_table):
    assert private_file_url(private_evidence_table(title="none").file) == ""


def test_private_storage_follows_the_settings(settings, tmp_path):
    """Set up under the settings in force, then the settings change (as in tests, or a
    reloaded configuration): the handle follows, it does not keep the old storage."""
    from website.settings.storage import media_storages

    before = private_storage().location
    settings.STORAGES = {
        **media_storages({}, tmp_path / "elsewhere"),
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    assert private_storage().location == str(tmp_path / "elsewhere") != before
    assert private_storage().location == storages["private"].location
