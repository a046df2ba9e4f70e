import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Accounts tests need users and groups, not the demo pages: an empty site keeps them
    fast and independent of the other apps' demo content (when the whole suite runs, the
    demo is loaded anyway by the top-level fixture, which does no harm here)."""
    yield
