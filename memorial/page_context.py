"""Placeholder, replaced below."""


def memorial_page_context(page, request):
    return {}
