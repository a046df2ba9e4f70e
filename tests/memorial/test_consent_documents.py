"""Consent evidence: stored privately, shown in the ledger only as a link through the
permission-checked, logged private-file view."""

import re

from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from memorial.models import ConsentDocument
from tests.accounts_helpers import assert_refused, login_verified
from tests.memorial.memorial_helpers import consent, published, user


def _record_with_document(demo):
    memorial = published(slug="document-person")
    record = consent(memorial["en"].person)
    document = ConsentDocument(consent=record, title="Signed form")
    document.file.save("signed-form.pdf", ContentFile(b"%PDF-1.4 consent evidence"), save=True)
    return record, document


def _private_link(content: bytes) -> str:
    match = re.search(rb'href="(/private-files/[^"]+)"', content)
    assert match, "no private-file link in the ledger"
    return match.group(1).decode()


def test_ledger_links_documents_through_the_private_view_only(demo, client):
    record, document = _record_with_document(demo)
    login_verified(client, user("officer-docs", consent_permission=True))
    response = client.get(reverse("memorial_consent:edit", args=[record.pk]))
    assert response.status_code == 200
    link = _private_link(response.content)
    assert document.file.name.encode() not in response.content.replace(link.encode(), b"")
    download = client.get(link)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 consent evidence"
    assert ModelLogEntry.objects.filter(action="website_media.private_file_fetched").exists()


def test_editors_cannot_fetch_consent_documents(demo, client):
    record, document = _record_with_document(demo)
    login_verified(client, user("officer-docs-2", consent_permission=True))
    link = _private_link(client.get(reverse("memorial_consent:edit", args=[record.pk])).content)
    client.logout()
    login_verified(client, user("editor-docs"))
    assert client.get(link).status_code == 403
    client.logout()
    assert_refused(client.get(link), anonymous=True)
