"""A model with a private file field, for the tests only: the media layer must not depend on
what the memorial app's models look like today. Its table is created once per test session."""

import pytest
from django.db import connection, models

from website.media.private_files import register_private_file
from website.media.storages import private_storage

PERMISSION = "wagtaildocs.change_document"


class PrivateEvidence(models.Model):
    title = models.CharField(max_length=100)
    file = models.FileField(storage=private_storage, upload_to="evidence/", max_length=255)
    # Not registered: proves that an unregistered field never gets a link.
    other = models.FileField(storage=private_storage, upload_to="other/", blank=True)

    class Meta:
        app_label = "website_media"

    def __str__(self):
        return self.title


register_private_file(PrivateEvidence, "file", PERMISSION)


@pytest.fixture(scope="session")
def private_evidence_table(django_db_setup, django_db_blocker):
    """Creates the table once per test database (imported by two conftests, so idempotent);
    the test database is thrown away at the end, table and all."""
    with django_db_blocker.unblock():
        if PrivateEvidence._meta.db_table not in connection.introspection.table_names():
            with connection.schema_editor() as editor:
                editor.create_model(PrivateEvidence)
    return PrivateEvidence
