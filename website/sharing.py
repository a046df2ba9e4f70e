"""Share links for any page: plain links to e-mail, WhatsApp, Telegram, X and Facebook, with
the page's address and title in the visitor's language. No script, no pixel, nothing is loaded
from those sites. Used by memorial pages and campaigns' calls to action."""

from urllib.parse import quote

from django.utils.translation import gettext_lazy as _


def share_links(url: str, title: str, message: str = "") -> list[dict]:
    """Plain links to share a page: no script, no pixel, nothing loaded from those sites."""
    text = f"{message or title}"
    q_url, q_text, q_title = quote(url, safe=""), quote(text, safe=""), quote(title, safe="")
    q_text_url = quote(f"{text}\r\n{url}", safe="")
    return [
        {
            "network": "email",
            "label": _("E-mail"),
            "href": f"mailto:?subject={q_title}&body={q_text_url}",
        },
        {
            "network": "whatsapp",
            "label": "WhatsApp",
            "href": f"https://wa.me/?text={quote(f'{text} {url}', safe='')}",
        },
        {
            "network": "telegram",
            "label": "Telegram",
            "href": f"https://t.me/share/url?url={q_url}&text={q_text}",
        },
        {
            "network": "x",
            "label": "X",
            "href": f"https://x.com/intent/tweet?url={q_url}&text={q_text}",
        },
        {
            "network": "facebook",
            "label": "Facebook",
            "href": f"https://www.facebook.com/sharer/sharer.php?u={q_url}",
        },
    ]
