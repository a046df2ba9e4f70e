"""Demo tributes on the fictional sample memorials: a few approved ones in each language, and
one waiting in the moderation queue. Written for the demo; every signature says it is a
sample. Idempotent: nothing is added to a memorial that already has tributes."""

from .models import MemorialPage, Tribute

SAMPLES = [
    (
        "ar",
        "relationship",
        "أخته (نص تجريبي)",
        "ما زلنا ننتظرك عند الباب كل مساء.\nنم بسلام يا أخي، فاسمك في قلوبنا ما حيينا.",
    ),
    (
        "en",
        "name",
        "A former classmate (sample)",
        "You taught me to play chess in the schoolyard.\nI still play the opening you showed me.",
    ),
    (
        "fr",
        "anonymous",
        "",
        "Je ne vous ai pas connu, mais votre histoire m'a appris ce que veut dire attendre. "
        "(texte d'exemple)",
    ),
    (
        "de",
        "relationship",
        "Sein Nachbar (Beispiel)",
        "Dein Garten blüht noch jedes Frühjahr. Wir gießen ihn für dich.",
    ),
]
PENDING = (
    "ar",
    "anonymous",
    "",
    "كلمة تجريبية تنتظر المراجعة: لن تظهر قبل أن يوافق عليها أحد المشرفين.",
)


def load(context) -> None:
    sources = MemorialPage.objects.public().filter(is_fictional_sample=True).order_by("pk")
    people = []
    for page in sources:
        if page.person_id not in people:
            people.append(page.person_id)
    created = 0
    for number, person_id in enumerate(people[:3]):
        if Tribute.objects.filter(person_id=person_id).exists():
            continue
        for language, kind, signature, message in SAMPLES:
            Tribute.objects.create(
                person_id=person_id,
                language=language,
                signature_kind=kind,
                signature=signature,
                message=message,
                state="approved",
            )
            created += 1
        if number == 0:
            language, kind, signature, message = PENDING
            Tribute.objects.create(
                person_id=person_id,
                language=language,
                signature_kind=kind,
                signature=signature,
                message=message,
            )
            created += 1
    context.write(f"Tributes: {created} sample tributes")
