"""Fixtures every test layer shares."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from tests.demo_site import ensure_demo, load_demo


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a test that activates another one (or a
    request that did) must not change the language of the tests after it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: no page, rate limit or count leaks between tests."""
    for cache in caches.all():
        cache.clear()
    yield


# The database the settings name, read before any test database replaces it.
_CONFIGURED_DATABASE_NAME = settings.DATABASES["default"]["NAME"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site is loaded once into the test database; each test's transaction is
    rolled back, so tests see it fresh.

    pytest-django creates the test database only when a collected test asks for `db`; the
    browser tests reach it through the in-process server instead, so a run of browser tests
    alone creates it here (otherwise the demo would be written to the development database)."""
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    created = None
    with django_db_blocker.unblock():
        if connection.settings_dict["NAME"] == _CONFIGURED_DATABASE_NAME:
            created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        load_demo()
    yield
    if created is not None:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture
def demo(db):
    """The demo site (home, about, support, privacy, contact pages in four languages, plus
    whatever each app's demo adds). Reloaded only if a transactional test emptied the tables."""
    ensure_demo()


@pytest.fixture
def client(client):
    """Django's test client speaking to the host name the demo site answers to."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client
