"""A memorial page's share links: plain links with the page's own address and the name the
consent allows, never a script from those sites."""

import re
from urllib.parse import quote

from .memorial_helpers import published


def _share_hrefs(html: str) -> list[str]:
    return re.findall(r'href="(https://(?:wa\.me|t\.me|x\.com|www\.facebook\.com)[^"]*)"', html)


def test_share_links_carry_the_page_address_and_the_shown_name(demo, client):
    pages = published(slug="share-person", translations=("ar",))
    page = pages["ar"]
    html = client.get(page.url).content.decode()
    address = quote(page.get_full_url(), safe="")
    hrefs = _share_hrefs(html)
    assert len(hrefs) == 4
    assert all(address in href.replace("&amp;", "&") for href in hrefs)
    assert f"mailto:?subject={quote(page.shown().names_for('ar')[0], safe='')}" in html
    assert not re.search(r'<script[^>]+src="https?://', html)
