import pytest

from tests.media.private_model import private_evidence_table  # noqa: F401


@pytest.fixture
def local_storages(settings, tmp_path):
    """Local folders, as without S3 variables, in a temporary place."""
    from website.settings.storage import media_storages

    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **media_storages({}, tmp_path / "private-media"),
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    return tmp_path
