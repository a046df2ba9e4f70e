"""Helpers for the news tests: make news items, images and memorials as the site would."""

import io
import uuid
from datetime import date

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage

LANGUAGES = ["ar", "en", "fr", "de"]


def news_index(language: str) -> NewsIndexPage:
    return NewsIndexPage.objects.get(locale__language_code=language)


def add_news(language="en", publish=True, organisations=(), **fields) -> NewsPage:
    """A news item in `language`'s index, published unless told otherwise."""
    from news.models import NewsPageOrganisation

    values = {
        "title": f"Test item {uuid.uuid4().hex[:8]}",
        "date": date(2024, 5, 1),
        "kind": NewsPage.Kind.STATEMENT,
        "summary": "A test summary.",
    }
    values.update(fields)
    values.setdefault("slug", f"test-{uuid.uuid4().hex[:10]}")
    index = news_index(language)
    page = NewsPage(**values)
    page.organisation_links = [
        NewsPageOrganisation(organisation=organisation, locale=index.locale)
        for organisation in organisations
    ]
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    page.refresh_from_db()
    return page


def translate(page, language, **fields):
    """A published translation of `page` in `language`, with its own text."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def make_image(settings, tmp_path):
    """Real image files in a temporary media folder (renditions are generated for real)."""
    settings.MEDIA_ROOT = str(tmp_path)

    def make(title="A lead image", size=(1600, 900), colour=(107, 44, 44)):
        buffer = io.BytesIO()
        PILImage.new("RGB", size, colour).save(buffer, format="JPEG")
        return get_image_model().objects.create(
            title=title, description=title, file=ImageFile(buffer, name="lead.jpg")
        )

    return make


def make_memorial(language="en", name="Sample name", consent=True):
    """A memorial (marked as a fictional sample) under the memorial index, published with a
    current consent, as an editor would do it."""
    from memorial.models import ConsentRecord, MemorialIndexPage, MemorialPage
    from website.models import HomePage

    home = HomePage.objects.get(locale__language_code=language)
    index = MemorialIndexPage.objects.child_of(home).first()
    if index is None:
        index = MemorialIndexPage(title="Memorials", slug="memorials")
        home.add_child(instance=index)
        index.save_revision().publish()
    page = MemorialPage(
        title=name,
        slug=f"memorial-{uuid.uuid4().hex[:10]}",
        name_native=name,
        is_fictional_sample=True,
    )
    index.add_child(instance=page)
    if consent:
        ConsentRecord.objects.create(
            person=page.person,
            given_by_name="Test relative",
            given_by_relationship="sibling",
            given_at=date(2024, 1, 1),
            obtained_how=ConsentRecord.Method.EMAIL,
        )
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def bypass_withdrawal(memorial):
    """The consent ends without the pages being unpublished (as if the withdrawal's clean-up
    failed halfway): the page is still live, and only `public()` keeps it out of sight.
    The page cache is emptied, as every consent change does."""
    from django.utils import timezone

    from memorial.models import ConsentRecord
    from website.page_cache import invalidate_page_cache

    ConsentRecord.objects.filter(person_id=memorial.person_id).update(withdrawn_at=timezone.now())
    invalidate_page_cache()
