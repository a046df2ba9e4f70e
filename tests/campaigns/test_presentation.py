"""Letters, share links and the home page slot, as the public sees them."""

import re
from html import unescape
from urllib.parse import quote

import pytest

from campaigns.blocks import mailto_link, share_links

from .helpers import campaign

pytestmark = pytest.mark.django_db


def test_mailto_link_encodes_subject_and_body():
    link = mailto_link("office@example.org", "Sujet : l’été & plus", "Ligne 1\nLigne 2 ?")
    assert link == (
        "mailto:office@example.org?subject=Sujet%20%3A%20l%E2%80%99%C3%A9t%C3%A9%20%26%20plus"
        "&body=Ligne%201%0D%0ALigne%202%20%3F"
    )
    assert mailto_link("", "a", "b").startswith("mailto:?subject=a&body=b")


def test_share_links_carry_the_url_and_text_and_nothing_else():
    links = {link["network"]: link["href"] for link in share_links("https://x.org/ar/c/", "ع")}
    assert set(links) == {"email", "whatsapp", "telegram", "x", "facebook"}
    for href in links.values():
        assert quote("https://x.org/ar/c/", safe="") in href
    assert links["telegram"] == (
        "https://t.me/share/url?url=https%3A%2F%2Fx.org%2Far%2Fc%2F&text=%D8%B9"
    )


@pytest.mark.parametrize("language", ["ar", "en", "fr", "de"])
def test_the_letter_can_be_copied_or_opened_in_a_mail_program(demo, client, language):
    page = campaign(language=language)
    html = client.get(page.url).content.decode()
    letter = next(block.value for block in page.actions if block.block_type == "letter")
    hrefs = [unescape(href) for href in re.findall(r'href="(mailto:[^"]*)"', html)]
    expected = mailto_link(letter["recipient_email"], letter["subject"], letter["text"])
    assert expected in hrefs
    # The text is on the page to copy, escaped as text.
    assert 'readonly dir="auto"' in html
    assert letter["subject"] in unescape(html)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_share_links_use_the_page_url_and_title_in_the_visitors_language(demo, client, language):
    page = campaign(language=language)
    html = unescape(client.get(page.url).content.decode())
    share = next(block.value for block in page.actions if block.block_type == "share")
    full_url = page.get_full_url()
    for link in share_links(full_url, page.title, share["message"]):
        assert f'href="{link["href"]}"' in html
    assert quote(page.title, safe="") in html  # the e-mail subject


def test_campaign_pages_load_nothing_from_other_sites(demo, client):
    html = client.get(campaign(language="ar").url).content.decode()
    assert not re.search(r'<script[^>]+src="(https?:)?//', html)
    assert "<iframe" not in html
    assert not re.search(r'<img[^>]+src="(https?:)?//', html)


@pytest.mark.parametrize("language", ["ar", "en", "fr", "de"])
def test_the_home_page_features_the_featured_campaign(demo, client, language):
    html = client.get(f"/{language}/").content.decode()
    featured = campaign(language=language)
    assert "featured-campaign" in html
    assert featured.title in unescape(html)
    assert f'href="{featured.url}#petition"' in html


def test_the_home_page_slot_stays_empty_without_an_open_campaign(demo, client):
    from campaigns.models import CampaignPage

    CampaignPage.objects.update(status=CampaignPage.CLOSED)
    html = client.get("/en/").content.decode()
    assert "featured-campaign" not in html
