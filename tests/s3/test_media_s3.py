"""Media against a real S3 API (moto's server): what lands in which bucket, what an outsider
can fetch, what the site does when the storage is down."""

import io
import re
import runpy
import time
import warnings
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template import engines
from django.urls import reverse
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, ModelLogEntry

from tests.accounts_helpers import create_user, login_verified
from tests.media.factories import SECRETS, jpeg_with_metadata, upload
from tests.media.private_model import PERMISSION
from tests.s3.conftest import CallCounter, apply_storage_settings, s3_environment
from website.media.private_files import FETCH_ACTION, private_file_url
from website.media.storage_errors import StorageUnavailable, storage_guard
from website.media.storages import private_storage
from website.media.views import signed_url

Image = get_image_model()
Document = get_document_model()


@pytest.fixture
def editor(db, client):
    user, _ = create_user("media-editor", superuser=True)
    login_verified(client, user)
    return user


def admin_upload_image(client, content=None, title="Portrait"):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": upload(content or jpeg_with_metadata(size=(320, 240)), "Père à Homs.jpg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_the_storages_are_built_by_the_production_settings_code(s3, monkeypatch, tmp_path):
    """base.py, evaluated with these environment variables, builds the same STORAGES the
    fixture applies: the tests do not configure S3 by a path of their own."""
    for name, value in s3.env.items():
        monkeypatch.setenv(name, value)
    with warnings.catch_warnings():
        # runpy notes that the module is already imported: a fresh evaluation is the point.
        warnings.simplefilter("ignore", RuntimeWarning)
        base = runpy.run_module("website.settings.base")
    from django.conf import settings

    for alias in ("default", "private"):
        assert base["STORAGES"][alias] == settings.STORAGES[alias]
    assert base["STORAGES"]["default"]["OPTIONS"]["bucket_name"] == s3.public_bucket
    assert base["STORAGES"]["private"]["OPTIONS"]["querystring_auth"] is True


def test_admin_upload_and_rendition_land_in_the_public_bucket_and_are_served(s3, client, editor):
    response = admin_upload_image(client)
    assert response.status_code == 302, response.content[:2000]
    image = Image.objects.get(title="Portrait")

    # The original: in the public bucket under a generated name, with no metadata left.
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.jpg", image.file.name)
    stored = s3.read(s3.public_bucket, image.file.name)
    for secret in SECRETS:
        assert secret not in stored
    stored_image = PILImage.open(io.BytesIO(stored))
    assert len(stored_image.getexif()) == 0 and "xmp" not in stored_image.info
    assert (image.width, image.height) == (320, 240)
    assert image.file_size == len(stored)

    rendition = image.get_rendition("width-160|format-webp")
    assert rendition.file.name in s3.keys(s3.public_bucket)
    assert s3.keys(s3.private_bucket) == []

    # Served by the bucket itself, to anyone, byte for byte.
    assert rendition.url.startswith(f"{s3.endpoint}/{s3.public_bucket}/images/")
    assert "Signature" not in rendition.url
    served = requests.get(rendition.url, timeout=10)
    assert served.status_code == 200
    assert served.content == s3.read(s3.public_bucket, rendition.file.name)
    assert served.headers["Content-Type"] == "image/webp"
    assert "immutable" in served.headers["Cache-Control"]
    assert PILImage.open(io.BytesIO(served.content)).size == (160, 120)


def test_metadata_is_gone_whatever_path_saves_the_image(s3, db):
    """Code that saves a Wagtail image directly (a script, the multiple-upload path that
    bypasses the form's file check) is sanitised by the model-level safety net."""
    image = Image(title="scripted")
    image.file = ContentFile(jpeg_with_metadata(orientation=6), name="from a script.jpg")
    image.save()
    stored = s3.read(s3.public_bucket, image.file.name)
    for secret in SECRETS:
        assert secret not in stored
    assert PILImage.open(io.BytesIO(stored)).size == (48, 64)  # orientation applied
    assert (image.width, image.height) == (48, 64)


def test_the_admin_refuses_a_fake_image_with_a_message_and_stores_nothing(s3, client, editor):
    response = admin_upload_image(client, content=b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert not Image.objects.filter(title="Portrait").exists()
    assert s3.keys(s3.public_bucket) == []
    assert response.context["form"].errors["file"]


def test_rendered_pages_make_no_storage_call_once_renditions_exist(s3, db):
    image = Image(title="portrait")
    image.file = ContentFile(jpeg_with_metadata(size=(1600, 1200)), name="p.jpg")
    image.save()
    template = engines["django"].from_string(
        "{% load wagtailimages_tags %}"
        '{% srcset_image image width-{400,800} sizes="100vw" %}'
        "{% image image fill-160x200 format-webp %}"
    )
    counter = CallCounter().watch(default_storage)
    first = template.render({"image": image})  # generates the renditions
    assert 'srcset="' in first and 'width="' in first and 'height="' in first
    assert first.count(".webp") >= 3  # jpeg renditions are converted to WebP
    # The counter sees the storage traffic: reading the original, writing three renditions.
    assert len([call for call in counter.calls if call.startswith("PUT")]) == 3
    counter.calls.clear()

    for _ in range(3):
        fresh = Image.objects.get(pk=image.pk)  # as a new request would load it
        assert template.render({"image": fresh}) == first
    assert counter.calls == []

    # Even with the renditions cache emptied (a restart), the database rows are enough.
    from django.core.cache import caches

    caches["renditions"].clear()
    fresh = Image.objects.get(pk=image.pk)
    assert template.render({"image": fresh}) == first
    assert counter.calls == []


def test_deleting_an_image_in_the_admin_deletes_its_files_and_renditions(
    s3, client, editor, django_capture_on_commit_callbacks
):
    admin_upload_image(client)
    image = Image.objects.get(title="Portrait")
    image.get_rendition("width-100")
    image.get_rendition("fill-50x50")
    assert len(s3.keys(s3.public_bucket)) == 3
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailimages:delete", args=[image.pk]))
    assert response.status_code == 302
    assert s3.keys(s3.public_bucket) == []


def test_documents_are_served_from_the_public_bucket_with_type_and_disposition(s3, client, editor):
    for name, content, expected_type, disposition in (
        ("Report 2024.pdf", b"%PDF-1.4 report", "application/pdf", "inline"),
        ("list.csv", b"a,b\n1,2\n", "text/csv", "attachment"),
        ("page.html", b"<script>alert(1)</script>", "text/html", "attachment"),
    ):
        response = client.post(
            reverse("wagtaildocs:add"),
            {
                "title": name,
                "file": upload(content, name, "application/octet-stream"),
                "collection": Collection.get_first_root_node().pk,
            },
        )
        assert response.status_code == 302
        document = Document.objects.get(title=name)
        assert document.file.name in s3.keys(s3.public_bucket)
        assert document.url.startswith(f"{s3.endpoint}/{s3.public_bucket}/documents/")
        served = requests.get(document.url, timeout=10)
        assert served.status_code == 200
        assert served.content == content
        assert served.headers["Content-Type"].startswith(expected_type)
        assert served.headers["Content-Disposition"].startswith(disposition)


def test_same_name_never_overwrites(s3, db):
    first = default_storage.save("documents/notice.txt", ContentFile(b"first"))
    second = default_storage.save("documents/notice.txt", ContentFile(b"second"))
    assert first != second
    assert s3.read(s3.public_bucket, first) == b"first"
    assert s3.read(s3.public_bucket, second) == b"second"


# --- Private files --------------------------------------------------------------------------


@pytest.fixture
def evidence(s3, db, private_evidence_table):
    record = private_evidence_table(title="Consent")
    record.file.save("consent.pdf", ContentFile(b"%PDF-1.4 signed consent"))
    return record


@pytest.fixture
def permitted(db):
    from django.contrib.auth.models import Permission

    user, _ = create_user("media-archivist")
    app_label, codename = PERMISSION.split(".")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
    )
    return user


def test_private_files_go_to_the_private_bucket_only(s3, evidence):
    assert s3.keys(s3.private_bucket) == [evidence.file.name]
    assert s3.keys(s3.public_bucket) == []
    head = s3.head(s3.private_bucket, evidence.file.name)
    assert head["ContentDisposition"].startswith("attachment")
    acl = s3.client.get_object_acl(Bucket=s3.private_bucket, Key=evidence.file.name)
    assert all("AllUsers" not in str(grant["Grantee"]) for grant in acl["Grants"])


def test_a_private_object_is_unreachable_without_a_signature(s3, evidence):
    plain = f"{s3.endpoint}/{s3.private_bucket}/{evidence.file.name}"
    assert requests.get(plain, timeout=10).status_code == 403
    # The same request to the public bucket works: the 403 is the private bucket's doing.
    default_storage.save("probe.txt", ContentFile(b"x"))
    assert requests.get(f"{s3.endpoint}/{s3.public_bucket}/probe.txt", timeout=10).ok


def test_our_code_only_produces_short_lived_signed_urls_for_private_files(
    s3, evidence, settings, tmp_path
):
    url = private_storage().url(evidence.file.name)
    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Signature"]
    assert int(query["X-Amz-Expires"][0]) == 120
    # A CDN domain for the public bucket is never used for private files.
    env = {**s3.env, "AWS_S3_CUSTOM_DOMAIN": "cdn.example.org"}
    apply_storage_settings(settings, env, tmp_path)
    url = private_storage().url(evidence.file.name)
    assert "cdn.example.org" not in url and "X-Amz-Signature=" in url
    assert default_storage.url("a.jpg") == "https://cdn.example.org/a.jpg"


def test_an_unsigned_url_is_never_handed_out(s3, evidence):
    from website.media.storages import MediaS3Storage

    misconfigured = MediaS3Storage(
        bucket_name=s3.private_bucket,
        endpoint_url=s3.endpoint,
        access_key="testing",
        secret_key="testing",
        querystring_auth=False,
    )
    with pytest.raises(RuntimeError):
        signed_url(
            misconfigured, evidence.file.name, filename="x.pdf", content_type="application/pdf"
        )


def test_the_private_view_redirects_a_permitted_editor_to_a_fresh_signed_url(
    s3, evidence, client, permitted
):
    login_verified(client, permitted)
    response = client.get(private_file_url(evidence.file))
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(f"{s3.endpoint}/{s3.private_bucket}/evidence/")
    query = parse_qs(urlsplit(location).query)
    assert int(query["X-Amz-Expires"][0]) <= 900
    signed_at = time.mktime(time.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ"))
    assert abs(signed_at - time.mktime(time.gmtime())) < 60
    fetched = requests.get(location, timeout=10)
    assert fetched.status_code == 200
    assert fetched.content == b"%PDF-1.4 signed consent"
    assert fetched.headers["Content-Disposition"].startswith("attachment")
    assert response["Referrer-Policy"] == "no-referrer"
    assert ModelLogEntry.objects.filter(action=FETCH_ACTION, user=permitted).count() == 1


def test_the_private_view_refuses_others(s3, evidence, client):
    url = private_file_url(evidence.file)
    assert client.get(url).status_code == 302  # to the sign-in page
    user, _ = create_user("media-translator")
    login_verified(client, user)
    assert client.get(url).status_code == 403


# --- When the storage is down ---------------------------------------------------------------


@pytest.fixture
def storage_down(settings, tmp_path):
    """Both storages pointing at a port where nothing listens."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = s3_environment(f"http://127.0.0.1:{port}", "down")
    apply_storage_settings(settings, env, tmp_path)
    return env


def test_an_editor_gets_a_clear_error_and_nothing_is_saved(db, client, editor, storage_down):
    response = admin_upload_image(client)
    assert response.status_code == 200
    assert "could not store your file" in response.content.decode()
    assert not Image.objects.filter(title="Portrait").exists()


def test_an_editor_gets_the_error_in_their_language(db, client, editor, storage_down):
    from django.utils import translation

    with translation.override("fr"):
        expected = str(StorageUnavailable().messages[0])
    assert "could not store" not in expected  # the catalogue has it
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    response = admin_upload_image(client)
    assert escape(expected) in response.content.decode()


def test_the_multiple_upload_reports_the_error_as_json(db, client, editor, storage_down):
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(jpeg_with_metadata(), "a.jpg"), "title": "Multi"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "could not store your file" in data["error_message"]
    assert not Image.objects.filter(title="Multi").exists()


def test_a_visitor_upload_leaves_no_half_saved_row(db, storage_down, private_evidence_table):
    with pytest.raises(StorageUnavailable) as caught, storage_guard():
        private_evidence_table.objects.create(title="saved before the file")
        record = private_evidence_table(title="with a file")
        record.file = ContentFile(b"photo", name="photo.jpg")
        record.save()
    assert "could not store your file" in caught.value.messages[0]
    assert not private_evidence_table.objects.exists()


# --- check_storage --------------------------------------------------------------------------


def test_check_storage_reports_both_buckets(s3):
    out = io.StringIO()
    call_command("check_storage", stdout=out)
    report = out.getvalue()
    assert report.count("OK") == 2
    assert s3.public_bucket in report and s3.private_bucket in report
    assert "private bucket refuses anonymous reads" in report
    assert s3.keys(s3.public_bucket) == [] and s3.keys(s3.private_bucket) == []


def test_check_storage_fails_when_the_private_bucket_is_public(s3):
    from website.media.bucket_policy import public_read_policy_json

    s3.client.put_bucket_policy(
        Bucket=s3.private_bucket, Policy=public_read_policy_json(s3.private_bucket)
    )
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_storage", stdout=out)
    assert "answers anonymous reads" in out.getvalue()


def test_check_storage_fails_when_the_storage_is_down(storage_down):
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_storage", stdout=out)
    assert out.getvalue().count("FAILED") == 2


def admin_upload_document(client, name, content=b"%PDF-1.4 x", title="Doc"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": upload(content, name, "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_an_editor_uploading_a_document_while_the_storage_is_down(db, client, editor, storage_down):
    response = admin_upload_document(client, "report.pdf", title="Down")
    assert response.status_code == 200
    assert "could not store your file" in response.content.decode()
    assert not Document.objects.filter(title="Down").exists()


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/passwd.pdf",
        "..\\..\\evil.pdf",
        "تقرير اللجنة عن المعتقلين.pdf",
        "r" * 300 + ".pdf",
    ],
)
def test_hostile_document_names_stay_inside_the_documents_folder(s3, client, editor, name):
    response = admin_upload_document(client, name, title="Hostile")
    assert response.status_code == 302
    document = Document.objects.get(title="Hostile")
    assert document.file.name.startswith("documents/")
    assert ".." not in document.file.name and "\\" not in document.file.name
    assert len(document.file.name) <= 100
    assert s3.keys(s3.public_bucket) == [document.file.name]
    assert requests.get(document.url, timeout=10).status_code == 200


def test_an_image_parked_by_the_multiple_uploader_is_clean_from_the_first_write(s3, db):
    """Wagtail parks an upload as an UploadedFile when a field other than the file is
    invalid, in the public storage; it must not carry metadata even there."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import UploadedFile

    parked = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(Image),
        file=upload(jpeg_with_metadata(), "parked.jpg"),
    )
    stored = s3.read(s3.public_bucket, parked.file.name)
    for secret in SECRETS:
        assert secret not in stored


def test_deleting_a_document_in_the_admin_deletes_its_object(
    s3, client, editor, django_capture_on_commit_callbacks
):
    admin_upload_document(client, "minutes.pdf", title="Minutes")
    document = Document.objects.get(title="Minutes")
    assert s3.keys(s3.public_bucket) == [document.file.name]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert response.status_code == 302
    assert s3.keys(s3.public_bucket) == []


@pytest.mark.parametrize("addressing", ["path", "virtual"])
def test_the_content_security_policy_allows_images_from_the_bucket(
    moto_endpoint, settings, tmp_path, demo, client, addressing
):
    """Whatever the addressing style, the policy names the host the renditions really come
    from (a wrong guess would block every image on the site)."""
    env = {**s3_environment(moto_endpoint, "csp"), "AWS_S3_ADDRESSING_STYLE": addressing}
    apply_storage_settings(settings, env, tmp_path)
    rendition_url = default_storage.url("images/portrait.max-800x600.webp")
    parts = urlsplit(rendition_url)
    policy = client.get("/en/")["Content-Security-Policy"]
    img_src = next(d for d in policy.split("; ") if d.startswith("img-src"))
    assert f"{parts.scheme}://{parts.netloc}" in img_src.split()
