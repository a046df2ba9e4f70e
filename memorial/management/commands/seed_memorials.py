"""`manage.py seed_memorials N`: N FICTIONAL sample memorials, for load tests and benchmarks.

Every memorial is marked as a fictional sample (in its title, its biography and the
`is_fictional_sample` flag), has a Person and an active consent record, and is live in its
source language and in a realistic mix of translations (6 in 10 in all four languages, the
rest in two, three or only one). Names are drawn from lists of common Syrian first and family
names, written in Arabic and in a different Latin transliteration per language, so that the
name search meets the spelling variants it must handle.

Creating pages one by one through Wagtail costs tens of milliseconds each; 10,000
memorials in four languages would take most of an hour. So the pages are inserted in bulk:
tree paths are computed as treebeard would (`Page._get_path`), `wagtailcore_page` rows are
bulk-created, then the `memorial_memorialpage` rows are inserted with one executemany, with
`search_keys` computed by the name search. No revisions are written (a live page does not
need one to be served) and the site search index is not updated (run `update_index` if
needed). The memorial index's listing table is rebuilt and the page cache is invalidated at
the end.
"""

import datetime
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from memorial.listing_table import rebuild_listing
from memorial.models import (
    ConsentRecord,
    Governorate,
    MemorialIndexPage,
    MemorialPage,
    Person,
    PlaceOfDetention,
)
from memorial.name_search import search_keys_for
from website.page_cache import invalidate_page_cache

LANGUAGES = ["ar", "en", "fr", "de"]

# Common Syrian first names: Arabic, then the Latin spelling used in en, fr and de pages.
MALE_NAMES = [
    ("محمد", "Mohammad", "Mohamed", "Mohammed"),
    ("أحمد", "Ahmad", "Ahmed", "Ahmad"),
    ("محمود", "Mahmoud", "Mahmoud", "Mahmud"),
    ("خالد", "Khaled", "Khaled", "Chaled"),
    ("عمر", "Omar", "Omar", "Omar"),
    ("علي", "Ali", "Ali", "Ali"),
    ("حسن", "Hassan", "Hassan", "Hasan"),
    ("حسين", "Hussein", "Houssein", "Hussein"),
    ("يوسف", "Youssef", "Youssef", "Yusuf"),
    ("إبراهيم", "Ibrahim", "Ibrahim", "Ibrahim"),
    ("مصطفى", "Mustafa", "Moustafa", "Mustafa"),
    ("عبد الرحمن", "Abdulrahman", "Abdel Rahmane", "Abdulrahman"),
    ("عبد الله", "Abdullah", "Abdallah", "Abdullah"),
    ("عبد الكريم", "Abdulkarim", "Abdelkarim", "Abdulkarim"),
    ("وليد", "Walid", "Oualid", "Walid"),
    ("مازن", "Mazen", "Mazen", "Mazen"),
    ("سامر", "Samer", "Samer", "Samer"),
    ("رامي", "Rami", "Rami", "Rami"),
    ("باسل", "Basel", "Bassel", "Basel"),
    ("غسان", "Ghassan", "Ghassan", "Ghassan"),
    ("مروان", "Marwan", "Marouane", "Marwan"),
    ("قاسم", "Qassem", "Kassem", "Kassem"),
    ("نور الدين", "Nour al-Din", "Noureddine", "Nureddin"),
    ("عز الدين", "Izz al-Din", "Ezzedine", "Izzeddin"),
    ("أسامة", "Osama", "Oussama", "Usama"),
    ("فادي", "Fadi", "Fadi", "Fadi"),
    ("طارق", "Tareq", "Tarek", "Tarek"),
    ("جمال", "Jamal", "Djamal", "Dschamal"),
    ("شادي", "Shadi", "Chadi", "Schadi"),
    ("زياد", "Ziad", "Ziad", "Ziad"),
    ("ياسر", "Yasser", "Yasser", "Jasser"),
    ("معاذ", "Muath", "Mouaz", "Muaz"),
]
FEMALE_NAMES = [
    ("فاطمة", "Fatima", "Fatma", "Fatima"),
    ("عائشة", "Aisha", "Aicha", "Aischa"),
    ("زينب", "Zainab", "Zeinab", "Zainab"),
    ("مريم", "Maryam", "Meriem", "Marjam"),
    ("رنا", "Rana", "Rana", "Rana"),
    ("هبة", "Hiba", "Heba", "Hiba"),
    ("نور", "Nour", "Nour", "Nur"),
    ("رزان", "Razan", "Razane", "Rasan"),
    ("سلمى", "Salma", "Salma", "Salma"),
    ("لينا", "Lina", "Lina", "Lina"),
]
FAMILY_NAMES = [
    ("الحموي", "Al-Hamwi", "El-Hamoui", "Al-Hamwi"),
    ("الحلبي", "Al-Halabi", "El-Halabi", "Al-Halabi"),
    ("الحمصي", "Al-Homsi", "El-Homsi", "Al-Homsi"),
    ("الشامي", "Al-Shami", "Chami", "Al-Schami"),
    ("الخطيب", "Al-Khatib", "El-Khatib", "Al-Chatib"),
    ("العلي", "Al-Ali", "El-Ali", "Al-Ali"),
    ("المصري", "Al-Masri", "El-Masri", "Al-Masri"),
    ("الأحمد", "Al-Ahmad", "El-Ahmad", "Al-Ahmad"),
    ("الحسن", "Al-Hassan", "El-Hassan", "Al-Hasan"),
    ("السيد", "Al-Sayed", "El-Sayed", "As-Sayyid"),
    ("قباني", "Kabbani", "Kabbani", "Kabbani"),
    ("درويش", "Darwish", "Darwiche", "Darwisch"),
    ("حداد", "Haddad", "Haddad", "Haddad"),
    ("عيسى", "Issa", "Issa", "Isa"),
    ("النجار", "Al-Najjar", "Najjar", "An-Naddschar"),
    ("زيتون", "Zaitoun", "Zeitoun", "Zaitun"),
    ("العمر", "Al-Omar", "El-Omar", "Al-Omar"),
    ("الخليل", "Al-Khalil", "Khalil", "Al-Chalil"),
    ("الصالح", "Al-Saleh", "Saleh", "As-Salih"),
    ("عبد الله", "Abdullah", "Abdallah", "Abdullah"),
    ("الدمشقي", "Al-Dimashqi", "Dimachki", "Ad-Dimaschqi"),
    ("القاسم", "Al-Qassem", "Kassem", "Al-Qasim"),
    ("يوسف", "Youssef", "Youssef", "Yusuf"),
    ("الرفاعي", "Al-Rifai", "Rifai", "Ar-Rifai"),
    ("الأسعد", "Al-Asaad", "El-Assaad", "Al-Asaad"),
    ("البيطار", "Al-Bitar", "Bitar", "Al-Bitar"),
    ("الجاسم", "Al-Jassem", "Jassem", "Al-Dschasim"),
    ("حمدان", "Hamdan", "Hamdane", "Hamdan"),
    ("سليمان", "Suleiman", "Souleimane", "Sulaiman"),
    ("الزعبي", "Al-Zoubi", "Zoubi", "Al-Zoubi"),
]
SAMPLE = {
    "ar": "نموذج خيالي",
    "en": "fictional sample",
    "fr": "exemple fictif",
    "de": "fiktives Beispiel",
}
BIOGRAPHY = {
    "ar": "<p>هذه صفحة تذكارية خيالية أُنشئت آليًا لاختبار الموقع. لا تصف شخصًا حقيقيًا.</p>",
    "en": (
        "<p>This is a fictional memorial, generated automatically to test the site. "
        "It does not describe a real person.</p>"
    ),
    "fr": (
        "<p>Ceci est un mémorial fictif, créé automatiquement pour tester le site. "
        "Il ne décrit pas une personne réelle.</p>"
    ),
    "de": (
        "<p>Dies ist eine fiktive Gedenkseite, automatisch erzeugt, um die Website zu testen. "
        "Sie beschreibt keinen wirklichen Menschen.</p>"
    ),
}
# Which translations a memorial gets besides its source language, by memorial number mod 10.
TRANSLATION_MIX = [LANGUAGES] * 6 + [["ar", "en"]] * 2 + [["ar", "en", "fr"]] + [["ar"]]
BATCH = 1000


class Command(BaseCommand):
    help = "Create N fictional sample memorials with consent, in a mix of the four languages."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1, help="random seed (repeatable)")

    def handle(self, count, seed, **options):
        if count < 0 or count > 500_000:
            raise CommandError("count must be between 0 and 500000")
        indexes = {
            code: MemorialIndexPage.objects.filter(locale__language_code=code).first()
            for code in LANGUAGES
        }
        missing = [code for code, index in indexes.items() if index is None]
        if missing:
            raise CommandError(
                f"No memorial index in {', '.join(missing)}: run `manage.py load_demo` first."
            )
        started = time.monotonic()
        rng = random.Random(seed * 1_000_003 + MemorialPage.objects.count())
        places = _places_by_language()
        done = 0
        while done < count:
            batch = min(BATCH, count - done)
            with transaction.atomic():
                _create_batch(rng, batch, indexes, places)
            done += batch
            self.stdout.write(f"  {done}/{count} memorials")
        if connection.vendor == "postgresql":
            # Fresh statistics, so that the planner knows the tables grew (autovacuum would
            # get there, later).
            with connection.cursor() as cursor:
                for model in (Page, MemorialPage, Person, ConsentRecord):
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        # The pages were inserted without signals: the index's listing table is rebuilt once.
        rows = rebuild_listing()
        self.stdout.write(f"  {rows} memorial index rows")
        invalidate_page_cache()
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {count} fictional sample memorials in {time.monotonic() - started:.1f}s"
            )
        )


def _places_by_language() -> list[dict[str, PlaceOfDetention]]:
    """Places of detention grouped by translation: [{"ar": place, "en": place, …}, …]."""
    groups: dict[uuid.UUID, dict[str, PlaceOfDetention]] = {}
    for place in PlaceOfDetention.objects.select_related("locale"):
        groups.setdefault(place.translation_key, {})[place.locale.language_code] = place
    return list(groups.values())


def _dates(rng):
    birth = rng.randint(1950, 1998)
    arrest = rng.randint(2011, 2015)
    death = min(2015, arrest + rng.choice([0, 0, 1, 1, 2, 3]))
    month = lambda: rng.choice([None, None, *range(1, 13)])  # noqa: E731  approximate dates
    fields = {"birth_year": birth, "arrest_year": arrest, "death_year": death}
    fields["birth_month"] = month()
    fields["arrest_month"] = month()
    # A death month only where it cannot come before the arrest.
    if death > arrest or fields["arrest_month"] is None:
        fields["death_month"] = month() if death > arrest else None
    else:
        fields["death_month"] = rng.randint(fields["arrest_month"], 12)
    return fields


def _person_spec(rng):
    female = rng.random() < 0.12
    first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    family = rng.choice(FAMILY_NAMES)
    father = rng.choice(MALE_NAMES)
    mother = rng.choice(FEMALE_NAMES)
    names = {code: f"{first[i]} {family[i]}" for i, code in enumerate(LANGUAGES)}
    others = []
    if rng.random() < 0.3:  # another spelling the family uses
        others.append(f"{first[3]} {family[3]}")
    if rng.random() < 0.2:
        others.append(f"أبو {father[0]}")  # a kunya
    return {
        "names": names,
        "other_names": "\n".join(others),
        "father_name": father[0],
        "mother_name": mother[0],
        "governorate": rng.choice(Governorate.values),
        **_dates(rng),
    }


def _create_batch(rng, count, indexes, places):
    now = timezone.now()
    specs = [_person_spec(rng) for _ in range(count)]
    people = Person.objects.bulk_create([Person(label=spec["names"]["ar"][:255]) for spec in specs])
    ConsentRecord.objects.bulk_create(
        [
            ConsentRecord(
                person=person,
                given_by_name="Fictional relative (sample)",
                given_by_relationship="sibling (fictional)",
                given_at=datetime.date(2024, 1, 1) + datetime.timedelta(days=person.pk % 600),
                obtained_how=ConsentRecord.Method.SIGNED_FORM,
                notes="Fictional sample record created by seed_memorials.",
                show_name=True,
                show_portrait=True,
                show_biography=True,
                show_dates=True,
                show_places=True,
                show_family_names=rng.random() < 0.5,
            )
            for person in people
        ]
    )
    content_type = ContentType.objects.get_for_model(MemorialPage)
    # The next free position under each index.
    positions = {}
    for code, index in indexes.items():
        index.refresh_from_db()
        last = index.get_last_child()
        positions[code] = last._get_lastpos_in_path() if last else 0

    pages, details = [], []
    for number, (spec, person) in enumerate(zip(specs, people, strict=True)):
        languages = TRANSLATION_MIX[(person.pk + number) % len(TRANSLATION_MIX)]
        source = "en" if person.pk % 5 == 0 else "ar"  # most families write in Arabic
        languages = [source] + [code for code in languages if code != source]
        translation_key = uuid.uuid4()
        place_group = rng.choice(places) if places else {}
        for code in languages:
            index = indexes[code]
            positions[code] += 1
            name = spec["names"][code]
            slug = f"{slugify(spec['names']['en'])}-{person.pk}"
            title = f"{name} – {SAMPLE[code]}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(index.path, index.depth + 1, positions[code]),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    locale_id=index.locale_id,
                    translation_key=translation_key,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
            details.append((spec, person, code, place_group.get(code)))
    pages = Page.objects.bulk_create(pages)
    _insert_memorial_rows(pages, details)
    for index in indexes.values():
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())


def _insert_memorial_rows(pages, details):
    rows = []
    for page, (spec, person, code, place) in zip(pages, details, strict=True):
        latin = spec["names"]["en" if code == "ar" else code]
        memorial = MemorialPage(
            page_ptr_id=page.pk,
            person_id=person.pk,
            name_native=spec["names"]["ar"],
            name_latin=latin,
            other_names=spec["other_names"],
            father_name=spec["father_name"],
            mother_name=spec["mother_name"],
            birth_year=spec["birth_year"],
            birth_month=spec["birth_month"],
            arrest_year=spec["arrest_year"],
            arrest_month=spec["arrest_month"],
            death_year=spec["death_year"],
            death_month=spec["death_month"],
            place_of_detention=place,
            governorate=spec["governorate"],
            biography=BIOGRAPHY[code],
            is_fictional_sample=True,
        )
        memorial.search_keys = search_keys_for(
            memorial.name_native, memorial.name_latin, memorial.other_names
        )
        rows.append(memorial)
    fields = MemorialPage._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(MemorialPage._meta.db_table)
    values = [
        [field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields]
        for row in rows
    ]
    # Table and column names come from the model, every value is a bound parameter.
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)
