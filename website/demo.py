"""Demo content of the website app: the home pages, the association's own pages, the site
settings and the main navigation, in all four languages. Called by `manage.py load_demo`,
which then calls the `demo.load(context)` of every other app, in INSTALLED_APPS order."""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page, Site

from . import demo_content as content
from .models import HomePage, NavigationItem, SiteSettings, StandardPage

SOURCE_LANGUAGE = "en"


@dataclass
class DemoContext:
    """What the apps' demo loaders share: the home page of each language and a way to talk."""

    write: callable
    homes: dict[str, HomePage] = field(default_factory=dict)
    # Index pages by app, filled by the apps ("memorial" -> {"en": MemorialIndexPage, …}).
    indexes: dict[str, dict[str, Page]] = field(default_factory=dict)


def publish_translated(parent_by_language, page_class, slug, fields_by_language):
    """Create (once) a page in the source language and its translations in the others, each
    with its own written text, and publish them. Returns the pages by language code."""
    pages = {}
    source_parent = parent_by_language[SOURCE_LANGUAGE]
    source = page_class.objects.child_of(source_parent).filter(slug=slug).first()
    if source is None:
        source = page_class(slug=slug, **fields_by_language[SOURCE_LANGUAGE])
        source_parent.add_child(instance=source)
        source.save_revision().publish()
    pages[SOURCE_LANGUAGE] = source
    for code, fields in fields_by_language.items():
        if code == SOURCE_LANGUAGE:
            continue
        locale = Locale.objects.get(language_code=code)
        translation = source.get_translation_or_none(locale)
        if translation is None:
            translation = source.copy_for_translation(locale, copy_parents=False)
            for name, value in fields.items():
                setattr(translation, name, value)
            translation.save_revision().publish()
        pages[code] = translation.specific
    return pages


def _home_pages(write) -> dict[str, HomePage]:
    root = Page.get_first_root_node()
    homes = {}
    source = HomePage.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()
    if source is None:
        # Replace Wagtail's "Welcome" placeholder with our home page.
        for placeholder in Page.objects.filter(depth=2):
            if not isinstance(placeholder.specific, HomePage):
                placeholder.delete()
        root.refresh_from_db()
        fields = _home_fields(SOURCE_LANGUAGE)
        source = HomePage(slug="home", locale=Locale.objects.get(language_code="en"), **fields)
        root.add_child(instance=source)
        source.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=source, is_default_site=True)
    elif site.root_page_id != source.pk:
        site.root_page = source
        site.save()
    homes[SOURCE_LANGUAGE] = source
    for code in _languages_source_first()[1:]:
        locale = Locale.objects.get(language_code=code)
        translation = source.get_translation_or_none(locale)
        if translation is None:
            translation = source.copy_for_translation(locale)
            for name, value in _home_fields(code).items():
                setattr(translation, name, value)
            translation.save_revision().publish()
        homes[code] = translation.specific
    write(f"Home pages: {', '.join(sorted(homes))}")
    return homes


def _home_fields(code):
    text = content.HOME[code]
    return {
        "title": text["title"],
        "hero_heading": text["hero_heading"],
        "hero_text": text["hero_text"],
        "aims_heading": text["aims_heading"],
        "aims": [("aim", aim) for aim in text["aims"]],
    }


def _standard_pages(homes) -> dict[str, dict[str, StandardPage]]:
    by_slug = {}
    for spec in content.STANDARD_PAGES:
        fields = {
            code: {
                "title": text["title"],
                "intro": text["intro"],
                "body": [(kind, value) for kind, value in text["body"]],
            }
            for code, text in spec["content"].items()
        }
        by_slug[spec["slug"]] = publish_translated(homes, StandardPage, spec["slug"], fields)
    return by_slug


def _languages_source_first():
    return [SOURCE_LANGUAGE] + [code for code in content.LANGUAGES if code != SOURCE_LANGUAGE]


def _site_settings(homes, pages, write):
    for code in _languages_source_first():
        locale = Locale.objects.get(language_code=code)
        if SiteSettings.objects.filter(locale=locale).exists():
            continue
        text = content.SITE_SETTINGS[code]
        settings = SiteSettings(
            locale=locale,
            organisation_name=text["organisation_name"],
            tagline=text["tagline"],
            contact_email="contact@example.org",
            privacy_page=pages["privacy"][code],
        )
        source = SiteSettings.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()
        if source is not None:
            settings.translation_key = source.translation_key
        settings.save()
        labels = content.NAVIGATION_LABELS[code]
        for order, slug in enumerate(["about", "support", "contact"]):
            NavigationItem.objects.create(
                settings=settings,
                sort_order=order + 10,
                label=labels[slug],
                page=pages[slug][code],
            )
    write("Site settings and navigation: ar, de, en, fr")


def add_navigation_item(section, page_by_language, sort_order):
    """Let an app put its index page into the main menu, labelled in each language."""
    for code, page in page_by_language.items():
        settings = SiteSettings.objects.filter(locale__language_code=code).first()
        if settings is None or settings.navigation_items.filter(page=page).exists():
            continue
        NavigationItem.objects.create(
            settings=settings,
            sort_order=sort_order,
            label=content.NAVIGATION_LABELS[code][section],
            page=page,
        )


def load(context: DemoContext) -> None:
    context.homes = _home_pages(context.write)
    pages = _standard_pages(context.homes)
    context.write(f"Standard pages: {', '.join(pages)}")
    _site_settings(context.homes, pages, context.write)
