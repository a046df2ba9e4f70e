"""robots.txt points at the sitemap and keeps crawlers out of the admin and the forms."""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from news.robots import FORM_URLCONFS

SAMPLE_ARGUMENT = {
    "int": "7",
    "slug": "a-slug",
    "str": "abc",
    "uuid": str(uuid.uuid4()),
    "path": "a/b",
}


def rules(client) -> tuple[list[str], str]:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    disallowed = re.findall(r"^Disallow: (\S+)$", text, re.MULTILINE)
    return disallowed, text


def blocked(path: str, disallowed: list[str]) -> bool:
    """robots.txt matching as the major crawlers do it: prefix match, `*` for any run."""
    for rule in disallowed:
        pattern = "".join(".*" if char == "*" else re.escape(char) for char in rule)
        if re.match(pattern, path):
            return True
    return False


def form_url_examples():
    """A concrete path for every URL of the apps that receive forms, in every language."""

    def sample(route: str) -> str:
        return re.sub(
            r"<(?:(\w+):)?\w+>", lambda m: SAMPLE_ARGUMENT.get(m.group(1) or "str", "x"), route
        )

    def walk(patterns, prefixes, inside):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if isinstance(entry.pattern, LocalePrefixPattern):
                    new = [p + code + "/" for p in prefixes for code in ("ar", "en", "fr", "de")]
                else:
                    new = [p + sample(str(entry.pattern)) for p in prefixes]
                name = getattr(entry.urlconf_name, "__name__", entry.urlconf_name)
                yield from walk(entry.url_patterns, new, inside or name in FORM_URLCONFS)
            elif isinstance(entry, URLPattern) and inside:
                for prefix in prefixes:
                    yield "/" + prefix + sample(str(entry.pattern))

    return list(walk(get_resolver().url_patterns, [""], False))


def test_robots_points_at_the_sitemap(demo, client):
    _rules, text = rules(client)
    assert "User-agent: *" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text.splitlines()


def test_admin_and_every_form_endpoint_are_disallowed(demo, client):
    disallowed, _text = rules(client)
    assert blocked("/admin/", disallowed)
    assert blocked("/admin/pages/3/", disallowed)
    for path in form_url_examples():
        if path.strip("/") in ("", "ar", "en", "fr", "de"):
            continue
        assert blocked(path, disallowed), f"{path} is not disallowed"


# Written out by hand, not derived from news.robots: the form endpoints crawlers must never
# follow, as memorial/urls.py and campaigns/urls.py name them (with example arguments).
FORM_ENDPOINTS = {
    "tribute_send": ("memorial-actions/tribute/7/", [7]),
    "tribute_sent": ("memorial-actions/tribute/7/sent/", [7]),
    "memorial_light_candle": ("memorial-actions/candle/7/", [7]),
    "memorial_request": ("ask-for-a-memorial/", []),
    "memorial_request_sent": ("ask-for-a-memorial/sent/", []),
    "campaigns:sign": ("petitions/7/sign/", [7]),
    "campaigns:signed": ("petitions/7/signed/", [7]),
    "campaigns:thanks": ("petitions/7/thanks/", [7]),
    "campaigns:confirm": ("petitions/confirm/a-token/", ["a-token"]),
}


@pytest.mark.parametrize("language", ["ar", "en", "fr", "de"])
@pytest.mark.parametrize("name", sorted(FORM_ENDPOINTS))
def test_known_form_endpoints_are_disallowed(demo, client, language, name):
    relative, args = FORM_ENDPOINTS[name]
    path = f"/{language}/{relative}"
    # The hand-written path is the real URL of that view in that language.
    with translation.override(language):
        assert reverse(name, args=args) == path
    disallowed, _text = rules(client)
    assert blocked(path, disallowed), f"{path} is not disallowed"


def test_public_pages_feeds_and_sitemap_stay_allowed(demo, client):
    disallowed, _text = rules(client)
    for path in ["/", "/en/", "/ar/about/", "/fr/news/", "/de/news/association-founded/",
                 "/en/feeds/news.atom", "/sitemap.xml"]:  # fmt: skip
        assert not blocked(path, disallowed), f"{path} must stay crawlable"
