# ruff: noqa: F811  (pytest fixtures are imported and then named as arguments)
"""Tributes from the public: sending, validation, refusals, display only after approval."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from memorial.models import Tribute

from .test_tribute_fixtures import decide, make_memorial, memorial, tribute_data  # noqa: F401

pytestmark = pytest.mark.django_db


def send_url(page, lang="en"):
    with translation.override(lang):
        return reverse("tribute_send", kwargs={"page_id": page.pk})


def post(client, page, lang="en", **overrides):
    return client.post(send_url(page, lang), tribute_data(**overrides))


def test_memorial_page_shows_the_form_in_every_language(client, memorial):
    for code, page in memorial.items():
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'action="{send_url(page, code)}"' in html
        assert 'name="accept_policy"' in html
        assert 'class="honeypot"' in html


def test_a_tribute_is_pending_until_approved_then_shown_in_every_language(
    client, memorial, django_capture_on_commit_callbacks, decide
):
    message = "نفتقدك كل يوم يا أخي\nسنبقى نذكرك"
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, memorial["ar"], "ar", message=message, language="ar")
    assert response.status_code == 302
    assert response["Location"] == send_url(memorial["ar"], "ar") + "sent/"
    tribute = Tribute.objects.get()
    assert tribute.state == "pending" and tribute.language == "ar"
    assert tribute.person_id == memorial["en"].person_id
    for page in memorial.values():
        assert message.split("\n")[0] not in client.get(page.url).content.decode()

    decide([tribute], "approve", user=None)
    for page in memorial.values():
        html = client.get(page.url).content.decode()
        assert 'lang="ar" dir="auto"' in html
        assert "نفتقدك كل يوم يا أخي" in html
        assert "his sister" in html


def test_a_rejected_tribute_never_shows(client, memorial, decide):
    post(client, memorial["en"], message="Rejected words that must not appear.")
    tribute = Tribute.objects.get()
    decide([tribute], "reject", user=None)
    for page in memorial.values():
        assert "Rejected words" not in client.get(page.url).content.decode()


def test_confirmation_page_is_in_the_visitors_language(client, memorial):
    response = post(client, memorial["ar"], "ar", language="ar")
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'lang="ar"' in page.content.decode()[:300]
    assert "no-store" in page["Cache-Control"]


def test_markup_and_script_are_shown_as_text_never_run(client, memorial, decide):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"
    post(client, memorial["en"], message=hostile, signature=hostile[:90])
    decide(list(Tribute.objects.all()), "approve", user=None)
    html = client.get(memorial["en"].url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_bidi_controls_are_kept_but_each_tribute_is_isolated(client, memorial, decide):
    message = "\u202eكلمات\u202c mixed English \u2067نص\u2069 end"
    post(client, memorial["en"], message=message, language="ar")
    assert Tribute.objects.get().message == message
    decide(list(Tribute.objects.all()), "approve", user=None)
    html = client.get(memorial["en"].url).content.decode()
    assert (
        f'<blockquote class="tribute__text user-text" lang="ar" dir="auto">{message}</blockquote>'
        in html
    )


def test_validation_errors_keep_everything_typed(client, memorial):
    response = post(
        client,
        memorial["en"],
        message="Kept text ذكرى",
        signature_kind="name",
        signature="",
        email="not-an-address",
        accept_policy="",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kept text ذكرى" in html
    assert 'value="not-an-address"' in html
    assert "Please write your name or your relationship" in html
    assert "Please accept the moderation" in html
    assert not Tribute.objects.exists()


def test_errors_are_explained_in_the_visitors_language(client, memorial):
    response = post(client, memorial["ar"], "ar", accept_policy="")
    assert response.status_code == 400
    assert "يرجى الموافقة على المراجعة وعلى سياسة الخصوصية." in response.content.decode()


def test_a_ten_megabyte_message_is_refused_with_400(client, memorial):
    response = post(client, memorial["en"], message="x" * (10 * 1024 * 1024))
    assert response.status_code == 400
    assert "at most 3000 characters" in response.content.decode()
    assert not Tribute.objects.exists()


def test_too_many_links_are_refused(client, memorial):
    response = post(
        client, memorial["en"], message="see http://a.example http://b.example www.c.example"
    )
    assert response.status_code == 400
    assert "at most 2 links" in response.content.decode()


def test_honeypot_and_too_fast_are_refused(client, memorial):
    assert post(client, memorial["en"], website="http://spam.example").status_code == 400
    import time

    from django.core import signing

    fresh = signing.dumps(time.time(), salt="website.form_protection.started")
    response = post(client, memorial["en"], started=fresh, message="Another text")
    assert response.status_code == 400
    assert "very fast" in response.content.decode()
    assert not Tribute.objects.exists()


def test_a_form_posted_twice_is_refused_the_second_time(client, memorial):
    assert post(client, memorial["en"]).status_code == 302
    response = post(client, memorial["en"])
    assert response.status_code == 409
    assert "already received this tribute" in response.content.decode()
    assert Tribute.objects.count() == 1


def test_fifty_submissions_in_a_minute_are_rate_limited(client, memorial):
    statuses = [
        post(client, memorial["en"], message=f"Message number {number}").status_code
        for number in range(50)
    ]
    assert statuses[:10] == [302] * 10
    assert set(statuses[10:]) == {429}
    assert Tribute.objects.count() == 10
    last = post(client, memorial["en"], message="Still typed here")
    assert "Still typed here" in last.content.decode()


def test_rate_limit_is_per_client_and_stores_no_address(client, memorial):
    for number in range(11):
        post(client, memorial["en"], message=f"Text {number}", REMOTE_ADDR="10.0.0.1")
    other = client.post(
        send_url(memorial["en"]), tribute_data(message="From elsewhere"), REMOTE_ADDR="10.0.0.2"
    )
    assert other.status_code == 302
    for tribute in Tribute.objects.all():
        values = [str(getattr(tribute, f.attname)) for f in Tribute._meta.concrete_fields]
        assert not any("10.0.0." in value for value in values)


def test_no_tributes_and_no_form_without_consent(client, demo):
    pages = make_memorial(slug="no-consent", consent=False, languages=())
    assert client.post(send_url(pages["en"]), tribute_data()).status_code == 404


def test_tribute_section_shows_nothing_once_the_consent_has_ended(memorial, decide, rf):
    from django.template import Context, Template
    from django.utils import timezone

    from memorial.models import ConsentRecord, MemorialPage

    Tribute.objects.create(
        person=memorial["en"].person,
        message="Approved words Plokijuh",
        signature_kind="anonymous",
        language="en",
    )
    decide(list(Tribute.objects.all()), "approve", user=None)
    section = Template("{% load tribute_tags %}{% tribute_section page %}")

    def render():
        page = MemorialPage.objects.get(pk=memorial["en"].pk)  # no cached consent
        return section.render(Context({"page": page, "request": rf.get("/")}))

    html = render()
    assert "Approved words Plokijuh" in html and 'name="message"' in html
    # The consent ends without the unpublishing that normally follows (a bulk update).
    ConsentRecord.objects.filter(person=memorial["en"].person).update(withdrawn_at=timezone.now())
    html = render()
    assert "Approved words Plokijuh" not in html
    assert 'name="message"' not in html and "<form" not in html
    assert html.strip() == ""


@pytest.mark.parametrize("show_name", [True, False])
def test_tribute_pages_show_only_the_name_the_consent_allows(client, memorial, show_name):
    from memorial.models import ConsentRecord

    ConsentRecord.objects.filter(person=memorial["en"].person).update(show_name=show_name)
    send = client.get(send_url(memorial["en"])).content.decode()
    post(client, memorial["en"])
    sent = client.get(send_url(memorial["en"]) + "sent/").content.decode()
    for html in (send, sent):
        assert "Sample person" not in html  # the editors' title, never shown
        assert "سامي الاختبار" not in html
        if show_name:
            assert "A tribute to Sami Test" in send
            assert "your tribute to Sami Test" in sent
        else:
            assert "Sami Test" not in html
            assert "A tribute to this memorial" in send
            assert "We have received your tribute. A moderator" in sent


def test_sender_email_is_never_public_and_gets_one_notice(
    client, memorial, django_capture_on_commit_callbacks, decide
):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, memorial["en"], email="sender@example.org", signature_kind="anonymous")
    # The moderators' notice: a link only, no text, no sender details.
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert "We remember you" not in notice.body and "sender@example.org" not in notice.body
    assert "/admin/" in notice.body
    tribute = Tribute.objects.get()
    decide([tribute], "approve", user=None)
    assert [m.to for m in mail.outbox[1:]] == [["sender@example.org"]]
    tribute.refresh_from_db()
    assert tribute.email == ""
    html = client.get(memorial["en"].url).content.decode()
    assert "sender@example.org" not in html
    assert "Anonymous" in html


def test_rejection_deletes_the_email_at_once(client, memorial, decide):
    post(client, memorial["en"], email="gone@example.org")
    tribute = Tribute.objects.get()
    decide([tribute], "spam", user=None)
    tribute.refresh_from_db()
    assert tribute.email == "" and tribute.state == "spam"
