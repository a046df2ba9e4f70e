"""Fixtures every test layer shares."""

import os

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation


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


def _load_demo():
    with open(os.devnull, "w") as silent:
        call_command("load_demo", force=True, stdout=silent)


def ensure_demo():
    """Load the demo site unless it is there (a transactional test may have emptied it)."""
    from website.models import HomePage

    if not HomePage.objects.exists():
        _load_demo()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site is loaded once into the test database; each test's transaction is
    rolled back, so tests see it fresh."""
    with django_db_blocker.unblock():
        _load_demo()


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
