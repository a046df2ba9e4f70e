"""The petition in a real browser: sign, confirm with the link from the e-mail, see the
count rise, in Arabic and in French; and axe-core on every campaign page."""

import re

import pytest
from django.core import mail

from tests.e2e.conftest import assert_no_axe_violations, foreign_requests

LANGUAGES = ["ar", "en", "fr", "de"]
LINK = re.compile(r"https?://\S+/petitions/confirm/\S+/")


@pytest.fixture
def campaigns(db_access):
    """The demo campaign's pages by language; its signatures are removed afterwards, since
    the browser tests share one database that is not rolled back."""
    from campaigns.models import CampaignPage, Signature, SignatureTally
    from website.page_cache import invalidate_page_cache

    source = CampaignPage.objects.get(slug="truth-about-the-missing", locale__language_code="en")
    pages = {
        item.locale.language_code: item
        for item in CampaignPage.objects.filter(translation_key=source.translation_key)
    }
    yield pages
    Signature.objects.filter(campaign_key=source.translation_key).delete()
    SignatureTally.objects.filter(campaign_key=source.translation_key).delete()
    invalidate_page_cache()


def _count(tab) -> int:
    return int(tab.locator("[data-count]").first.get_attribute("data-count"))


@pytest.mark.parametrize(
    ("language", "name", "other"),
    [("ar", "ريم الحلبي", "fr"), ("fr", "Élise Martin", "ar")],
)
def test_sign_confirm_and_see_the_count_rise(page, site_url, campaigns, language, name, other):
    campaign_url = f"{site_url}{campaigns[language].url}"
    page.goto(campaign_url)
    before = _count(page)
    assert_no_axe_violations(page)

    form = page.locator("#petition form")
    form.locator("[name=name]").fill(name)
    form.locator("[name=email]").fill(f"{language}.signer@example.org")
    form.locator("[name=country]").select_option("SY")
    form.locator("[name=privacy]").check()
    page.wait_for_timeout(3200)  # a person takes a few seconds; the form refuses faster
    form.locator("button[type=submit]").click()

    page.wait_for_url(re.compile(r"/petitions/\d+/signed/$"))
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator(".share-links a").count() == 5
    assert_no_axe_violations(page)
    assert _count_of_signatures_confirmed(campaigns) == 0

    # The e-mail, in the signer's language, carries the link.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert campaigns[language].title in message.subject
    link = LINK.search(message.body).group(0)
    assert f"/{language}/petitions/confirm/" in link

    page.goto(link)
    assert_no_axe_violations(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/petitions/\d+/thanks/$"))
    assert _count(page) == before + 1
    assert page.locator(".share-links a").count() == 5
    assert_no_axe_violations(page)

    # Right away, on the campaign page in this language and in another one.
    page.goto(campaign_url)
    assert _count(page) == before + 1
    page.goto(f"{site_url}{campaigns[other].url}")
    assert _count(page) == before + 1

    # The same link again: counted once, and said so.
    page.goto(link)
    assert page.locator("main form").count() == 0
    page.goto(campaign_url)
    assert _count(page) == before + 1
    assert foreign_requests(page, site_url) == []


def _count_of_signatures_confirmed(campaigns) -> int:
    from campaigns.models import Signature

    key = campaigns["en"].translation_key
    return Signature.objects.filter(campaign_key=key, confirmed_at__isnull=False).count()


def test_errors_are_explained_and_keep_what_was_typed(page, site_url, campaigns):
    page.goto(f"{site_url}{campaigns['ar'].url}")
    form = page.locator("#petition form")
    form.locator("[name=name]").fill("<b>سامر</b>")
    form.locator("[name=email]").fill("ليس بريدًا")
    page.wait_for_timeout(3200)
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/petitions/\d+/sign/$"))
    assert page.locator("[name=name]").input_value() == "<b>سامر</b>"
    assert page.locator("[name=email]").input_value() == "ليس بريدًا"
    assert page.locator(".field--error").count() >= 3
    assert page.locator("b", has_text="سامر").count() == 0  # shown as text, not markup
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_campaign_pages_pass_axe_and_load_nothing_from_elsewhere(
    page, site_url, campaigns, language
):
    index_url = f"{site_url}{campaigns[language].get_parent().url}"
    page.goto(index_url)
    assert_no_axe_violations(page)
    page.goto(f"{site_url}{campaigns[language].url}")
    assert_no_axe_violations(page)
    # The copy button appears only with the script; it copies nothing elsewhere.
    assert page.locator("[data-copy-target]").first.is_visible()
    assert foreign_requests(page, site_url) == []
