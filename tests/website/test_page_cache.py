"""Anonymous page views come from the cache; publishing empties it; forms keep working."""

import re

from website.page_cache import invalidate_page_cache


def test_second_anonymous_view_is_a_cache_hit(demo, client):
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"


def test_cache_is_keyed_by_language(demo, client):
    client.get("/en/about/")
    response = client.get("/ar/about/")
    assert response["X-Page-Cache"] == "miss"
    assert 'lang="ar"' in response.content.decode()


def test_publishing_a_change_empties_the_cache(demo, client):
    from website.models import StandardPage

    client.get("/en/about/")
    page = StandardPage.objects.get(slug="about", locale__language_code="en")
    page.title = "About the association (changed)"
    page.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "miss"
    assert "About the association (changed)" in response.content.decode()


def test_unpublishing_removes_the_page_at_once(demo, client):
    from website.models import StandardPage

    assert client.get("/de/support/").status_code == 200
    StandardPage.objects.get(slug="support", locale__language_code="de").unpublish()
    assert client.get("/de/support/").status_code == 404


def test_invalidate_page_cache_forgets_every_page(demo, client):
    client.get("/fr/about/")
    invalidate_page_cache()
    assert client.get("/fr/about/")["X-Page-Cache"] == "miss"


def test_query_strings_and_signed_in_editors_bypass_the_cache(demo, client, django_user_model):
    client.get("/en/about/")
    assert "X-Page-Cache" not in client.get("/en/about/?q=1")
    user = django_user_model.objects.create_user("reader", password="x" * 12)
    client.force_login(user)
    assert "X-Page-Cache" not in client.get("/en/about/")


def test_cached_pages_let_a_cdn_keep_them_briefly(demo, client):
    client.get("/en/")
    response = client.get("/en/")
    assert "public" in response["Cache-Control"]
    assert "s-maxage" in response["Cache-Control"]


def test_cached_form_gets_a_fresh_token_for_each_visitor(demo, rf, settings):
    """A page with a form is cached without its CSRF token; each visitor gets their own and can
    post with it."""
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from website.page_cache import PageCacheMiddleware

    def view(request):
        token = get_token(request)
        return HttpResponse(
            '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" '
            f'value="{token}"></form>'
        )

    middleware = PageCacheMiddleware(view)
    first = middleware(rf.get("/en/form-page/", HTTP_HOST="localhost"))
    second = middleware(rf.get("/en/form-page/", HTTP_HOST="localhost"))
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    token_pattern = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
    first_token = token_pattern.search(first.content).group(1)
    second_token = token_pattern.search(second.content).group(1)
    assert b"placeholder" not in second_token
    assert first_token != second_token
    assert "private" in second["Cache-Control"]


def test_deleting_a_live_page_removes_it_at_once(demo, client):
    from website.models import StandardPage

    assert client.get("/fr/contact/").status_code == 200
    StandardPage.objects.get(slug="contact", locale__language_code="fr").delete()
    assert client.get("/fr/contact/").status_code == 404


def test_a_name_search_is_cached_under_its_query(demo, client):
    first = client.get("/en/memorials/?q=Hassan&sort=name")
    assert first["X-Page-Cache"] == "miss"
    # The same search, its parameters in another order: one page.
    again = client.get("/en/memorials/?sort=name&q=Hassan")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert client.get("/en/memorials/?q=Khaled")["X-Page-Cache"] == "miss"


def test_a_cached_search_forgets_a_withdrawn_memorial_at_once(demo, client):
    from memorial.consent import withdraw_consent
    from memorial.models import MemorialPage

    memorial = MemorialPage.objects.get(slug="sample-hassan-darwish", locale__language_code="en")
    url = "/en/memorials/?q=Darwish"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert memorial.url in client.get(url).content.decode()
    withdraw_consent(memorial.person.active_consent, how="test", reason="test")
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert memorial.url not in response.content.decode()


def test_a_very_long_query_is_neither_looked_up_nor_stored(demo, client):
    url = "/en/memorials/?q=" + "a" * 500
    assert client.get(url).status_code == 200
    assert "X-Page-Cache" not in client.get(url)


def test_only_the_parameters_an_index_reads_make_a_cached_query(demo, client):
    from memorial.listing import MemorialFilterForm

    # Every field of the memorial filter form, and the page number, make a cached query.
    every = "&".join(f"{name}=" for name in MemorialFilterForm.base_fields) + "&page=1"
    client.get(f"/en/memorials/?{every}")
    assert client.get(f"/en/memorials/?{every}")["X-Page-Cache"] == "hit"
    assert client.get("/en/memorials/?q=Hassan&page=1")["X-Page-Cache"] == "miss"
    # A tracking tag (or any unknown parameter): rendered every time, never stored.
    client.get("/en/memorials/?q=Hassan&utm_source=x")
    assert "X-Page-Cache" not in client.get("/en/memorials/?q=Hassan&utm_source=x")
    client.get("/en/news/?kind=visit&year=2019")
    assert client.get("/en/news/?year=2019&kind=visit")["X-Page-Cache"] == "hit"
