"""A news item page: what it shows, its blocks, its links to memorials and campaigns; and the
latest news on the home page."""

import re
from datetime import date

import pytest

from news.models import NewsPage, NewsPageCampaign, NewsPageMemorial, Organisation

from .conftest import LANGUAGES, add_news, bypass_withdrawal, make_memorial, translate


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_item_renders_in_every_language(demo, client, language):
    item = NewsPage.objects.get(locale__language_code=language, slug="berlin-preparatory-meetings")
    response = client.get(f"/{language}/news/berlin-preparatory-meetings/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    body = main_html(response)
    assert f"<h1>{item.title}</h1>" in body
    # The organisations met, in this language, with their own websites.
    fidh = Organisation.objects.get(acronym="FIDH", locale__language_code=language)
    assert f'<a href="https://www.fidh.org" rel="noopener external">{fidh.name}</a>' in body
    assert '<time datetime="2018-02">' in body


def test_officials_are_shown_by_their_role(demo, client):
    body = main_html(client.get("/en/news/paris-visit-presidential-adviser/"))
    assert "Adviser for the Middle East to the French president" in body


def test_video_links_stay_plain_links_and_galleries_show_images(demo, client, make_image):
    images = [make_image(title=f"Gallery {n}") for n in range(2)]
    item = add_news(
        "en",
        title="With blocks",
        body=[
            (
                "video",
                {
                    "url": "https://video.example.org/watch?v=1",
                    "title": "Report",
                    "source": "A broadcaster",
                },
            ),
            (
                "gallery",
                {
                    "title": "The meeting",
                    "images": [
                        {"image": image, "caption": f"Photo {image.pk}"} for image in images
                    ],
                },
            ),
            ("quote", {"text": "Words really written", "attribution": "A report"}),
        ],
    )
    response = client.get(item.url)
    assert response.status_code == 200
    body = main_html(response)
    assert (
        '<a href="https://video.example.org/watch?v=1" rel="noopener noreferrer external">' in body
    )
    assert "<iframe" not in body and "<script" not in body
    assert len(re.findall(r'<img [^>]*srcset="[^"]*\.webp', body)) == 2
    assert f"Photo {images[0].pk}" in body


def test_hostile_text_is_escaped(demo, client):
    item = add_news(
        "ar",
        title='<script>alert("x")</script> عنوان',
        summary="<img src=x onerror=alert(1)> ملخص",
        city="<b>حلب</b>",
    )
    response = client.get(item.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;b&gt;حلب&lt;/b&gt;" in html


def queries_for(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_item_query_count_does_not_grow_with_organisations(demo, client):
    english = list(Organisation.objects.filter(locale__language_code="en").order_by("pk"))
    assert len(english) >= 4
    # A link left pointing at the French version is shown in English all the same.
    french_first = Organisation.objects.get(
        translation_key=english[0].translation_key, locale__language_code="fr"
    )
    one = add_news("en", title="One organisation", organisations=english[1:2])
    several = add_news(
        "en", title="Several organisations", organisations=[french_first, *english[1:]]
    )
    client.get("/en/news/association-founded/")  # warm up what every page loads once

    assert queries_for(client, one.url) == queries_for(client, several.url)
    body = main_html(client.get(several.url))
    met = body[body.index('class="news-met"') :]
    shown = re.findall(r"<li>\s*(?:<a [^>]*>)?([^<]+)", met[: met.index("</section>")])
    assert shown == [organisation.name for organisation in english]
    assert french_first.name not in met


def test_related_memorials_show_only_while_consent_is_current(demo, client):
    memorial = make_memorial("en", name="Fictional sample two")
    arabic = translate(memorial, "ar", title="نموذج متخيَّل ثانٍ")
    item = NewsPage.objects.get(locale__language_code="ar", slug="association-founded")
    NewsPageMemorial.objects.create(page=item, memorial=memorial)  # linked to the English one
    body = main_html(client.get(item.url))
    # The reader's language's page, under the name as the memorial itself shows it.
    assert f'<a href="{arabic.url}">Fictional sample two</a>' in body
    bypass_withdrawal(memorial)
    body = main_html(client.get(item.url))
    assert arabic.url not in body and "Fictional sample two" not in body


def test_a_related_memorial_never_shows_a_name_the_consent_hides(demo, client):
    memorial = make_memorial("en", name="Hidden sample name")
    memorial.title = "Admin title with the hidden name"
    memorial.save_revision().publish()
    memorial.person.active_consent.__class__.objects.filter(person=memorial.person).update(
        show_name=False
    )
    item = NewsPage.objects.get(locale__language_code="en", slug="association-founded")
    NewsPageMemorial.objects.create(page=item, memorial=memorial)
    body = main_html(client.get(item.url))
    assert "Name withheld at the family" in body
    assert "Hidden sample name" not in body and "Admin title" not in body


def test_a_memorial_never_consented_is_not_shown(demo, client):
    memorial = make_memorial("fr", name="Jamais consenti", consent=False)
    item = NewsPage.objects.get(locale__language_code="fr", slug="association-founded")
    NewsPageMemorial.objects.create(page=item, memorial=memorial)
    assert "Jamais consenti" not in main_html(client.get(item.url))


def test_related_campaigns_show_only_when_live(demo, client):
    from campaigns.models import CampaignIndexPage, CampaignPage
    from website.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    index = CampaignIndexPage.objects.child_of(home).first()
    if index is None:
        index = CampaignIndexPage(title="Campaigns", slug="campaigns")
        home.add_child(instance=index)
        index.save_revision().publish()
    campaign = CampaignPage(title="Bring them home", slug="bring-them-home-test", demand="Return")
    index.add_child(instance=campaign)
    campaign.save_revision().publish()
    item = NewsPage.objects.get(locale__language_code="en", slug="association-founded")
    NewsPageCampaign.objects.create(page=item, campaign=campaign)
    assert "Bring them home" in main_html(client.get(item.url))
    campaign.unpublish()
    assert "Bring them home" not in main_html(client.get(item.url))


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_shows_the_latest_news_of_its_language(demo, client, language):
    newest = add_news(language, title=f"Newest {language}", date=date(2035, 1, 1))
    body = main_html(client.get(f"/{language}/"))
    section = body[body.index('class="latest-news"') :]
    titles = re.findall(r'<h3 class="news-card__title"><a href="[^"]+">([^<]+)</a>', section)
    expected = list(
        NewsPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("-date", "-first_published_at")
        .values_list("title", flat=True)[:3]
    )
    assert titles == expected
    assert titles[0] == newest.title
    assert f'href="/{language}/news/"' in section


def test_a_lead_image_without_alternative_text_is_refused(demo, make_image):
    from django.core.exceptions import ValidationError

    image = make_image(title="No description")
    image.description = ""
    image.save()
    page = NewsPage.objects.live().filter(locale__language_code="en").first()
    page.lead_image = image
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "lead_image" in refused.value.message_dict
    image.description = "Delegation members in front of a ministry building"
    image.save()
    page.full_clean()
