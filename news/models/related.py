"""Showing linked things (campaigns, memorials, organisations) in the reader's language.

An editor links one version of a page or an organisation; the reader should see the version in
the language of the page being read where it exists. `prefer_language` is that one rule;
`public_in_language` applies it to linked pages, one query for all of them."""


def prefer_language(candidates, locale_id) -> dict:
    """translation_key -> the candidate in `locale_id` where there is one, else the first
    candidate met with that key (so the caller's order decides the fallback)."""
    chosen = {}
    for candidate in candidates:
        current = chosen.get(candidate.translation_key)
        if current is None or (candidate.locale_id == locale_id and current.locale_id != locale_id):
            chosen[candidate.translation_key] = candidate
    return chosen


def public_in_language(public_queryset, linked_pages, locale_id):
    """For each linked page (in the editor's order): its public version in `locale_id`, else
    any public version of it, else nothing. `public_queryset` decides what "public" means
    (live, and for memorials also consented)."""
    keys = [page.translation_key for page in linked_pages if page is not None]
    if not keys:
        return []
    candidates = prefer_language(
        public_queryset.filter(translation_key__in=keys).select_related("locale"), locale_id
    )
    shown, seen = [], set()
    for key in keys:
        if key in candidates and key not in seen:
            shown.append(candidates[key])
            seen.add(key)
    return shown
