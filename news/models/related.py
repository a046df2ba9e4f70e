"""Pages a news item points at (campaigns, memorials), shown in the reader's language.

An editor links one version of a page; the reader should see the version in the language of
the news item where it exists, and only if it is public. One query for all of them."""


def public_in_language(public_queryset, linked_pages, locale_id):
    """For each linked page (in the editor's order): its public version in `locale_id`, else
    any public version of it, else nothing. `public_queryset` decides what "public" means
    (live, and for memorials also consented)."""
    keys = [page.translation_key for page in linked_pages if page is not None]
    if not keys:
        return []
    candidates = {}
    for found in public_queryset.filter(translation_key__in=keys).select_related("locale"):
        current = candidates.get(found.translation_key)
        if current is None or (found.locale_id == locale_id and current.locale_id != locale_id):
            candidates[found.translation_key] = found
    shown, seen = [], set()
    for key in keys:
        if key in candidates and key not in seen:
            shown.append(candidates[key])
            seen.add(key)
    return shown
