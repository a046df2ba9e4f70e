"""Demo content of the memorial app: the memorial index in four languages, three places of
detention, and FICTIONAL sample memorials with generated abstract portraits (never a
photograph of anyone) and consent records, one of them withdrawn. Idempotent."""

import datetime
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from website.demo import SOURCE_LANGUAGE, add_navigation_item, publish_translated

from . import demo_content as content
from .consent import withdraw_consent
from .models import ConsentRecord, MemorialIndexPage, MemorialPage, PlaceOfDetention

LANGUAGES = ["en", "ar", "fr", "de"]


def load(context) -> None:
    fields = {code: dict(text) for code, text in content.INDEX.items()}
    indexes = publish_translated(context.homes, MemorialIndexPage, "memorials", fields)
    add_navigation_item("memorials", indexes, 0)
    context.indexes["memorial"] = indexes
    places = _places()
    created = 0
    for number, spec in enumerate(content.MEMORIALS):
        created += _memorial(indexes, places, spec, number)
    context.write(f"Memorials: index in {', '.join(sorted(indexes))}; {created} fictional samples")
    from .demo_tributes import load as load_tributes

    load_tributes(context)


def _locale(code):
    return Locale.objects.get(language_code=code)


def _places() -> dict[str, dict[str, PlaceOfDetention]]:
    found = {}
    for spec in content.PLACES:
        source_name, source_city = spec[SOURCE_LANGUAGE]
        source = PlaceOfDetention.objects.filter(
            locale=_locale(SOURCE_LANGUAGE), name=source_name
        ).first()
        if source is None:
            source = PlaceOfDetention.objects.create(
                locale=_locale(SOURCE_LANGUAGE),
                name=source_name,
                city=source_city,
                facility_type=spec["facility_type"],
            )
        found[spec["key"]] = {SOURCE_LANGUAGE: source}
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            translation = source.get_translation_or_none(_locale(code))
            if translation is None:
                translation = source.copy_for_translation(_locale(code))
                translation.name, translation.city = spec[code]
                translation.save()
            found[spec["key"]][code] = translation
    return found


def _portrait(number: int, spec):
    """An abstract placeholder: soft shapes on a coloured ground, seeded by the number."""
    Image = get_image_model()
    title = f"Fictional sample portrait {number + 1}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(number)
    hue = rng.randrange(0, 360)
    picture = PILImage.new("RGB", (480, 600), f"hsl({hue}, 30%, 82%)")
    draw = ImageDraw.Draw(picture)
    for _ in range(6):
        x, y = rng.randrange(-60, 420), rng.randrange(-60, 540)
        size = rng.randrange(120, 300)
        shade = f"hsl({(hue + rng.randrange(-40, 40)) % 360}, 35%, {rng.randrange(45, 75)}%)"
        draw.ellipse((x, y, x + size, y + size), fill=shade)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    image = Image(title=title, description="Abstract placeholder image (fictional sample)")
    image.file = ImageFile(buffer, name=f"fictional-sample-{number + 1}.png")
    image.save()
    return image


def _date(parts, prefix):
    year, month, day = parts
    return {f"{prefix}_year": year, f"{prefix}_month": month, f"{prefix}_day": day}


def _fields(spec, code, places, portrait):
    has_name = content.SCOPES[spec["scope"]]["show_name"]
    name = spec["name_native"] if code == "ar" else spec["name_latin"]
    shown_name = name if has_name else ""
    biography = content.BIOGRAPHY[code].format(
        name=shown_name or {"en": "He", "ar": "هو", "fr": "Il", "de": "Er"}[code],
        job=content.JOBS[spec["job"]][code],
        note=content.SAMPLE_NOTE[code],
    )
    return {
        "title": f"{name} – fictional sample" if has_name else content.TITLE_WITHOUT_NAME,
        "name_native": spec["name_native"],
        "name_latin": spec["name_latin"],
        "other_names": spec["other_names"],
        "father_name": spec["father"],
        "mother_name": spec["mother"],
        "portrait": portrait,
        **_date(spec["birth"], "birth"),
        **_date(spec["arrest"], "arrest"),
        **_date(spec["death"], "death"),
        "place_of_birth": content.PLACE_OF_BIRTH[spec["born_in"]][code],
        "place_of_detention": places[spec["place"]][code],
        "governorate": spec["governorate"],
        "biography": biography,
        "family_words": content.FAMILY_WORDS[code],
        "identified_in_caesar_photographs": spec["caesar"],
        "is_fictional_sample": True,
    }


def _memorial(indexes, places, spec, number) -> int:
    source_code = spec["source"]
    index = indexes[source_code]
    if MemorialPage.objects.filter(slug=spec["slug"], locale=index.locale).exists():
        return 0
    portrait = _portrait(number, spec)
    source = MemorialPage(
        slug=spec["slug"], live=False, **_fields(spec, source_code, places, portrait)
    )
    index.add_child(instance=source)
    consent = ConsentRecord.objects.create(
        person=source.person,
        given_by_name="Fictional relative (sample)",
        given_by_relationship="sibling (fictional)",
        given_by_contact="",
        given_at=datetime.date(2024, 1, 1) + datetime.timedelta(days=number * 17),
        obtained_how=ConsentRecord.Method.SIGNED_FORM,
        notes="Fictional sample record created by the demo loader.",
        **content.SCOPES[spec["scope"]],
    )
    source.save_revision().publish()
    for code in spec["languages"]:
        translation = source.copy_for_translation(_locale(code), copy_parents=False)
        for name, value in _fields(spec, code, places, portrait).items():
            setattr(translation, name, value)
        translation.save()
        translation.save_revision().publish()
    if spec.get("withdrawn"):
        withdraw_consent(
            consent,
            user=None,
            how=ConsentRecord.Method.EMAIL,
            reason="Fictional sample: shows that a withdrawn memorial is not public.",
        )
    return 1
