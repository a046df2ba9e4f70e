"""E-mails about submissions, sent in the background (django-tasks), never while the visitor
waits. A moderator's notice carries only a link to the admin: never the text of the
submission nor anything about its sender, because mailboxes leak."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


def _admin_url(kind: str) -> str:
    from .moderation import queue_url

    return settings.WAGTAILADMIN_BASE_URL + queue_url(kind)


@task()
def notify_moderators(kind: str, object_id: int) -> int:
    """Tell the moderators that a tribute or a memorial request waits. Returns mails sent."""
    recipients = list(getattr(settings, "MODERATOR_EMAILS", []))
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        if kind == "tribute":
            subject = _("A new tribute waits for moderation")
        else:
            subject = _("A new memorial request waits for an editor")
        body = _(
            "Something new was sent through the website and waits in the moderation queue.\n\n"
            "Open the queue (sign-in required):\n%(url)s\n\n"
            "This message deliberately contains neither the text nor the sender's details."
        ) % {"url": _admin_url(kind)}
    return send_mail(subject, body, None, recipients)


@task()
def notify_tribute_published(tribute_id: int) -> int:
    """The single notice a sender asked for, in the language they wrote in; their address is
    deleted as soon as it has been used."""
    from .models import Tribute

    tribute = Tribute.objects.filter(pk=tribute_id).select_related("person").first()
    if tribute is None or not tribute.email or not tribute.is_public:
        return 0
    with translation.override(tribute.language):
        url = memorial_url_for(tribute.person, tribute.language)
        subject = _("Your tribute has been published")
        body = _(
            "Thank you for your words. Your tribute has been read and is now published on the "
            "memorial:\n%(url)s\n\n"
            "We have now deleted your e-mail address; we will not write to you again."
        ) % {"url": url}
    sent = send_mail(subject, body, None, [tribute.email])
    Tribute.objects.filter(pk=tribute.pk).update(email="")
    return sent


def memorial_url_for(person, language: str) -> str:
    """The person's live memorial in this language, or in any language; the site otherwise."""
    from .models import MemorialPage

    pages = list(MemorialPage.objects.public().filter(person=person).select_related("locale"))
    pages.sort(key=lambda page: page.locale.language_code != language)
    base = settings.WAGTAILADMIN_BASE_URL
    if pages:
        return pages[0].get_full_url() or base + pages[0].url
    return base + reverse("choose_language")
