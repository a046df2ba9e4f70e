"""What a memorial page's template needs beyond the page: the fields the consent allows, the
metadata built only from those, the candle and the share links."""

from django.utils.translation import gettext as _

from website.sharing import share_links


def memorial_page_context(page, request):
    preview = getattr(request, "is_preview", False)
    shown = page.shown(preview=preview)
    url = page.get_full_url(request) or ""
    name, other_name = shown.names_for(page.locale.language_code)
    title = name
    description = _meta_description(shown)
    return {
        "shown": shown,
        "name": name,
        "other_name": other_name,
        "portrait_alt": _portrait_alt(shown, name),
        "meta_title": title,
        "meta_description": description,
        "share_links": share_links(url, title),
        "page_full_url": url,
        "candle_lit": request.GET.get("candle") == "lit",
        "candle_count": page.person.candle_count if page.person_id else 0,
        "preview_without_consent": preview and not page.has_active_consent(),
    }


def _portrait_alt(shown, name) -> str:
    if not shown.portrait:
        return ""
    if not shown.name:
        # The image's description is an editor's text and may well name the person.
        return _("Portrait chosen by the family")
    return shown.portrait.description or _("Portrait of %(name)s") % {"name": name}


def _meta_description(shown) -> str:
    """A sentence from allowed fields only: it ends up in link previews everywhere."""
    if shown.name and shown.birth and shown.death:
        return _("In memory of %(name)s (%(birth)s – %(death)s).") % {
            "name": shown.name_latin or shown.name,
            "birth": shown.birth.display(),
            "death": shown.death.display(),
        }
    if shown.name:
        return _("In memory of %(name)s.") % {"name": shown.name_latin or shown.name}
    return _("A memorial to a victim of detention in Syria, published with the family's consent.")
