"""Name search that finds people the way their families spell them.

One name reaches us in many spellings: محمد, مُحَمَّد, Mohammad, Muhammad, Mohamed,
Mohammed; عبد الرحمن, Abdulrahman, Abd al-Rahman, Abdel Rahman, Abdurrahman. A visitor types
one spelling; the memorial may carry another, or only the Arabic one.

Design
------
Every name is reduced, once, when the memorial is saved, to a set of short ASCII *keys*
(`search_keys_for`, stored in `MemorialPage.search_keys` as " key key key "). A query is
reduced the same way, and matching is set intersection of keys, done by the database. No
row is ever compared in Python, so the cost of a search does not grow with Python work per
memorial.

A name is normalised, then cut into *tokens* (words):
- Unicode NFKD, with combining marks dropped: Arabic harakat, shadda, the hamza carried by
  أ إ ؤ ئ ۀ and the madda of آ go away with the Latin accents (é → e); then ٱ → ا,
  ة → ه, ى → ي, tatweel, standalone ء, apostrophes and bidi/format characters removed;
  Persian ک ی → ك ي, Arabic-Indic digits → ASCII; lower case.
- Hyphenated Latin articles (al-, el-, ad-, ash-, …) and standalone articles and the
  patronymic particles (al, el, bin, ibn, بن, …) are dropped; a glued article (الحموي,
  Alhamwi) gives two *alternatives*, with and without it.
- Compounds ("Abd al-Rahman", "Abu Bakr", "Nour al-Din", "عبد الله") are joined into one
  token, so that "Abdulrahman" written as one word matches them; the memorial keeps the
  keys of the separate words too.

Each token gives three kinds of keys, each prefixed so that they never collide:
- `x…` *exact*: a hash (spelled in letters) of the normalised token. Same word, same
  script, up to case, diacritics and the Arabic letter variants above.
- `s…` *skeleton*: a Latin consonant skeleton shared by the Arabic spelling and every usual
  transliteration. Arabic letters are transliterated, Latin digraphs folded (kh/ch/sh/gh/
  dh/th/ph, q → k, c → k), vowels and the semivowels w/y dropped after the first letter, a
  leading vowel (or ع, ا) kept as "a", a final h after a vowel dropped (ة/ه, -ah/-eh), and
  doubled letters collapsed. محمد, Mohammad, Muhammad, Mohamed, Mohammed → "mhmd".
- `m…` *marked skeleton*: the skeleton with a long vowel of the last syllable kept
  (محمود, Mahmoud → "mhmwd" while محمد → "mhmd"; حسين, Hussein → "hsyn", حسن → "hsn").
  It only refines the ranking, since Latin spellings do not always show long vowels.
- `d…` *typo*: the skeleton itself (3 letters or more) and every skeleton with one letter
  deleted (4 letters or more). Two skeletons share a `d` key when they are one deletion,
  insertion or substitution apart (the "deletion neighbourhood" of SymSpell), so a small
  typo still matches without comparing strings. A query makes at most ~20 such keys per
  word, whatever the number of memorials.
And each whole name gives an `f…` key (hash of its normalised words), so that a query equal
to a whole name ranks first.

Matching: every word of the query must match (AND); a word matches when any of its exact,
skeleton or typo keys is among the memorial's keys (OR). Ranking: per query word, 4 for an
exact key, 3 for a marked skeleton, 2 for a skeleton, 1 for a typo; 10 more when the whole
query is a whole name. Ties are ordered by title.

Database: on PostgreSQL, the filter is one full-text match,
`search_keys_tsv @@ to_tsquery('simple', '(k1 | k2) & (k3 | …)')`, where `search_keys_tsv`
is a stored generated column, `to_tsvector('simple', search_keys)`, with a GIN index
(migration 0005): answered from the index, and cheap even when the planner scans, since no
row's keys are parsed at query time. Keys are lower-case letters only, so the 'simple'
parser keeps each one as a single word. Elsewhere (SQLite in
development and tests) it is `search_keys LIKE '% key %'` terms, a scan that is fine for
the few thousand rows of a development database. The ranking uses LIKE on both, but only
on the rows that matched.

Hostile input is bounded before any work: at most 200 characters are read, at most 8 words
are searched, each word at most 40 letters; anything that is not a letter separates words,
so SQL or regex metacharacters never reach a query as syntax (and every value is a bound
parameter anyway).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.expressions import Func

MAX_QUERY_CHARS = 200
MAX_NAME_CHARS = 2000
MAX_QUERY_UNITS = 8
MAX_TOKEN_CHARS = 40
MAX_ROW_KEYS = 600
TYPO_MIN_LENGTH = 4  # a skeleton this long or longer gets its one-deletion neighbours
TYPO_SELF_MIN_LENGTH = 3  # shorter skeletons are too common to be compared loosely

# Ranking weights.
EXACT, MARKED, SKELETON, TYPO, WHOLE_NAME = 4, 3, 2, 1, 10

# --- normalisation -----------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        "\u0671": "\u0627",  # ٱ alef wasla → ا
        "\u0629": "\u0647",  # ة taa marbuta → ه
        "\u0649": "\u064a",  # ى alef maqsura → ي
        "\u06cc": "\u064a",  # ی Persian yeh → ي
        "\u06a9": "\u0643",  # ک keheh → ك
        "\u06d5": "\u0647",  # ە ae → ه
        "\u0621": None,  # ء standalone hamza
        "\u0640": None,  # ـ tatweel
        "'": None,
        "\u2019": None,
        "\u2018": None,
        "\u02bc": None,
        "\u02bb": None,
        "\u02be": None,  # ʾ hamza in scholarly transliteration
        "\u02bf": None,  # ʿ ayn in scholarly transliteration
        "`": None,
        "\u00b4": None,
        "\u00e6": "ae",
        "\u0153": "oe",
        "\u00f8": "o",
        "\u0142": "l",
        "\u0111": "d",
        "\u00f0": "d",
        "\u00fe": "th",
        "\u0131": "i",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Indic digits
    }
)


def normalize(text: str, limit: int = MAX_NAME_CHARS) -> str:
    """Lower-case text with Arabic and Latin spelling variants folded, and anything that is
    not a letter or digit turned into a space (hyphens are kept for the article rule)."""
    text = unicodedata.normalize("NFKD", str(text)[:limit])
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf"):  # marks, harakat, bidi and zero-width controls
            continue
        # Letters, digits, apostrophes (removed below) and hyphens (for the article rule).
        if category[0] in "LN" or char in "-'\u2019\u2018`\u00b4":
            kept.append(char)
        else:
            kept.append(" ")
    return "".join(kept).casefold().translate(_CHAR_MAP)


# Latin articles written with a hyphen: al-, el-, ul-, and the sun-letter forms ad-, ash-, …
_HYPHEN_ARTICLE = re.compile(r"(?<![a-z])[aeiou]?(?:l|d|r|s|sh|t|th|z|zz|n|dh)-(?=[a-z])")
_TOKEN = re.compile(r"[a-z0-9]+|[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+|[^\W_]+")
_ARABIC = re.compile(r"[\u0620-\u06ff]")
_LATIN = re.compile(r"^[a-z0-9]+$")

STOP_WORDS = frozenset(
    {"al", "el", "ul", "il", "ol", "bin", "ibn", "ben", "bint", "ould"}
    | {"\u0627\u0644", "\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a"}  # ال بن ابن بنت
)
COMPOUND_HEADS = frozenset(
    {"abd", "abdel", "abdul", "abdal", "abdil", "abdol", "abu", "abou", "abo"}
    | {"\u0639\u0628\u062f", "\u0627\u0628\u0648"}  # عبد ابو
)
COMPOUND_TAILS = frozenset(
    {"din", "deen", "dine", "eddin", "eddine", "uddin", "iddin", "addin", "aldin", "eldin"}
    | {"allah", "ullah", "illah", "ellah", "alla", "ulla"}
    | {"\u0627\u0644\u062f\u064a\u0646", "\u0627\u0644\u0644\u0647"}  # الدين الله
)


def tokenize(text: str, limit: int = MAX_NAME_CHARS) -> list[str]:
    """The words of a name, normalised, articles and particles dropped."""
    text = _HYPHEN_ARTICLE.sub(" ", normalize(text, limit))
    tokens = []
    for token in _TOKEN.findall(text.replace("-", " ")):
        token = token[:MAX_TOKEN_CHARS]
        if token in STOP_WORDS or token.isdigit():
            continue
        tokens.append(token)
    return tokens


def _alternatives(token: str) -> list[str]:
    """The token, and the token without a glued article (الحموي → حموي, alhamwi → hamwi)."""
    arabic_article = token.startswith("\u0627\u0644") and len(token) >= 4
    latin_article = (
        token[:2] in ("al", "el")
        and len(token) >= 5
        and token[2] not in "aeiouy"
        and _LATIN.match(token)
    )
    return [token, token[2:]] if arabic_article or latin_article else [token]


@dataclass
class Unit:
    """One word of a name (or a compound such as Abd al-Rahman), with its spellings."""

    forms: list[str]
    exact: set[str] = field(default_factory=set)
    marked: set[str] = field(default_factory=set)
    skeleton: set[str] = field(default_factory=set)
    typo: set[str] = field(default_factory=set)

    def __post_init__(self):
        for form in self.forms:
            self.exact.add("x" + _letter_hash(form))
            skeleton, marked = skeletons_of(form)
            if skeleton:
                self.skeleton.add("s" + skeleton)
                self.marked.add("m" + marked)
        # Typos are looked for in the last form only (without a glued article): "alhm" with
        # one letter gone would meet unrelated names ("ahm" of Ahmad).
        skeleton = skeletons_of(self.forms[-1])[0]
        self.typo.update("d" + variant for variant in typo_variants(skeleton))

    @property
    def keys(self) -> set[str]:
        """What decides a match: the marked skeleton only ever refines the ranking."""
        return self.exact | self.skeleton | self.typo

    @property
    def all_keys(self) -> list[str]:
        return sorted(self.exact) + sorted(self.marked) + sorted(self.skeleton) + sorted(self.typo)


def units_of(tokens: list[str]) -> list[Unit]:
    """Words grouped into units: a compound head or tail joins its neighbour."""
    units, i = [], 0
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and (token in COMPOUND_HEADS or tokens[i + 1] in COMPOUND_TAILS):
            units.append(Unit([token + tokens[i + 1]]))
            i += 2
        else:
            units.append(Unit(_alternatives(token)))
            i += 1
    return units


# --- the skeleton --------------------------------------------------------------------------

VOWEL = "V"
_ARABIC_LETTERS = {
    "\u0627": VOWEL,  # ا
    "\u0628": "b",  # ب
    "\u062a": "t",  # ت
    "\u062b": "t",  # ث
    "\u062c": "j",  # ج
    "\u062d": "h",  # ح
    "\u062e": "h",  # خ
    "\u062f": "d",  # د
    "\u0630": "d",  # ذ
    "\u0631": "r",  # ر
    "\u0632": "z",  # ز
    "\u0633": "s",  # س
    "\u0634": "s",  # ش
    "\u0635": "s",  # ص
    "\u0636": "d",  # ض
    "\u0637": "t",  # ط
    "\u0638": "z",  # ظ
    "\u0639": VOWEL,  # ع ayn: a vowel for the skeleton, as in most transliterations
    "\u063a": "g",  # غ
    "\u0641": "f",  # ف
    "\u0642": "k",  # ق
    "\u0643": "k",  # ك
    "\u0644": "l",  # ل
    "\u0645": "m",  # م
    "\u0646": "n",  # ن
    "\u0647": "h",  # ه
    "\u0648": "w",  # و
    "\u064a": "y",  # ي
    "\u067e": "b",  # پ
    "\u0686": "j",  # چ
    "\u0698": "z",  # ژ
    "\u06af": "k",  # گ
    "\u06a4": "f",  # ڤ
}
_LATIN_DIGRAPHS = [
    ("dsch", "j"),
    ("tsch", "j"),
    ("sch", "s"),
    ("dj", "j"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
]
_LATIN_LETTERS = {
    **dict.fromkeys("aeiou", VOWEL),
    "y": "y",
    "w": "w",
    "7": "h",  # chat alphabet: 7 = ح, 5 = خ, 3 = ع, 2 = ء
    "5": "h",
    "3": VOWEL,
    "2": VOWEL,
}
# The article inside a compound: Abdulrahman, Abdel Kader, Abdallah → abd + the rest;
# Abdurrahman, Abdessalam (sun letter) → abd + rrahman; Nouraldin → nour + din.
_LATIN_ABD_ARTICLE = re.compile(r"^abd(?:[aeiou]?l(?=[a-z]{2})|[aeiou](?=([b-df-hj-np-tv-z])\1))")
_LATIN_DIN_ARTICLE = re.compile(r"(?<=[a-z]{2})[aeiou]?l(?=d{1,2}(?:i|ee|ie|y)ne?$)")
_ARABIC_ABD_ARTICLE = re.compile(r"^(\u0639\u0628\u062f)\u0627\u0644(?=..)")  # عبدال…
_ARABIC_DIN_ARTICLE = re.compile(r"(?<=..)\u0627\u0644(?=\u062f\u064a\u0646$)")  # …الدين


# A long vowel in the last syllable (Mahmoud, Hussein, Saeed; محمود, حسين, سعيد) tells apart
# names whose consonants are the same (Mahmoud and Muhammad, Hussein and Hassan, Saeed and
# Saad). Latin marks it reliably only with two letters, so it refines the ranking (the
# "marked" skeleton) and never decides alone whether a name matches.
_LATIN_LONG_U = re.compile(r"(?:ou|oo|uu|ow)(?=[b-df-hj-np-tv-z]{1,2}e?$)")
_LATIN_LONG_I = re.compile(r"(?:ee|ei|ai|ay|ey|ie|ii|iy)(?=[b-df-hj-np-tv-z]{1,2}e?$)")


def skeletons_of(token: str) -> tuple[str, str]:
    """The consonant skeleton of one normalised word, in lower-case Latin letters, and the
    same with a long vowel of the last syllable kept ("marked"). Empty for other scripts."""
    if _ARABIC.search(token):
        token = _ARABIC_ABD_ARTICLE.sub(r"\1", token)
        token = _ARABIC_DIN_ARTICLE.sub("", token)
        symbols = [_ARABIC_LETTERS.get(char, "") for char in token]
        symbols = [s for s in symbols if s]
        if symbols and symbols[-1] == "h":  # final ه / ة: Fatmeh, Fatima, عبدالله, Abdullah
            symbols.pop()
        if len(symbols) >= 3 and symbols[-1] not in _NOT_CONSONANTS and symbols[-2] in "wy":
            symbols[-2] = symbols[-2].upper()
    elif _LATIN.match(token):
        token = _LATIN_ABD_ARTICLE.sub("abd", token)
        token = _LATIN_DIN_ARTICLE.sub("", token)
        token = re.sub(r"(?<=[aeiouy])h$", "", token)
        if token.startswith("ou") and token[2:3] in tuple("aeiy"):  # Oualid, Ouassim
            token = "w" + token[2:]
        if len(token) > 3:
            token = _LATIN_LONG_U.sub("W", _LATIN_LONG_I.sub("Y", token))
        for digraph, replacement in _LATIN_DIGRAPHS:
            token = token.replace(digraph, replacement)
        symbols = [_LATIN_LETTERS.get(char, char if char.isalpha() else "") for char in token]
        symbols = [s for s in symbols if s]
    else:
        return "", ""  # another script: exact keys only
    if not symbols:
        return "", ""
    first = symbols[0]
    head = ["a" if first == VOWEL else first.lower()]
    loose = head + [s for s in symbols[1:] if s not in _NOT_CONSONANTS]
    marked = head + [s.lower() for s in symbols[1:] if s not in (VOWEL, "w", "y")]
    return _collapse(loose), _collapse(marked)


_NOT_CONSONANTS = (VOWEL, "w", "y", "W", "Y")


def _collapse(letters: list[str]) -> str:
    collapsed = [letters[0]]
    for letter in letters[1:]:
        if letter != collapsed[-1]:
            collapsed.append(letter)
    return "".join(collapsed)[:MAX_TOKEN_CHARS]


def skeleton_of(token: str) -> str:
    return skeletons_of(token)[0]


def typo_variants(skeleton: str) -> set[str]:
    """The skeleton and its one-deletion neighbours (bounded by the word's length)."""
    if len(skeleton) < TYPO_SELF_MIN_LENGTH:
        return set()
    variants = {skeleton}
    if len(skeleton) >= TYPO_MIN_LENGTH:
        variants.update(skeleton[:i] + skeleton[i + 1 :] for i in range(len(skeleton)))
    return variants


def _letter_hash(text: str) -> str:
    """A short hash spelled with the letters a–p, so that a key is always one plain word."""
    digest = hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
    return digest.translate(str.maketrans("0123456789abcdef", "abcdefghijklmnop"))


# --- the two sides --------------------------------------------------------------------------

_NAME_SEPARATORS = re.compile(r"[\n\r,;/|()\[\]\u060c\u061b]+")  # also Arabic ، and ؛


def _names(name_native: str, name_latin: str, other_names: str) -> list[str]:
    names = [name_native or "", name_latin or ""]
    names += _NAME_SEPARATORS.split(str(other_names or "")[:MAX_NAME_CHARS])
    return [name for name in names if name and name.strip()]


def _whole_name_key(units: list[Unit]) -> str:
    return "f" + _letter_hash(" ".join(unit.forms[0] for unit in units))


def search_keys_for(name_native: str, name_latin: str, other_names: str) -> str:
    """The search keys of a memorial's names, as stored in `MemorialPage.search_keys`:
    space-separated, with a space at both ends so that `LIKE '% key %'` finds whole keys."""
    keys: dict[str, None] = {}  # ordered and unique: exact keys first
    for name in _names(name_native, name_latin, other_names):
        tokens = tokenize(name)
        if not tokens:
            continue
        units = units_of(tokens)
        keys[_whole_name_key(units)] = None
        # The separate words of a compound are searchable on their own too.
        singles = [Unit(_alternatives(token)) for token in tokens]
        for unit in units + singles:
            for key in unit.all_keys:
                keys[key] = None
    selected = list(keys)[:MAX_ROW_KEYS]
    return f" {' '.join(selected)} " if selected else ""


def carries_name(text: str, name_native: str, name_latin: str, other_names: str) -> bool:
    """Whether `text` (a page's address) holds a word of these names, in either script or a
    common spelling of it: a memorial whose name is withheld must not give it away there."""

    def word_keys(value: str) -> set[str]:
        units = [Unit(_alternatives(token)) for token in tokenize(value)]
        # Exact and skeleton keys only: typo neighbours would find names in ordinary words.
        return {key for unit in units for key in unit.exact | unit.skeleton}

    name_keys = set().union(*map(word_keys, _names(name_native, name_latin, other_names)))
    return bool(name_keys & word_keys(text))


@dataclass
class ParsedQuery:
    units: list[Unit]
    whole_name: str

    def tsquery(self) -> str:
        return " & ".join("(" + " | ".join(sorted(unit.keys)) + ")" for unit in self.units)


def parse_query(query: str) -> ParsedQuery | None:
    """The query's units, or None when it holds nothing searchable."""
    tokens = tokenize(query or "", limit=MAX_QUERY_CHARS)
    units = units_of(tokens)[:MAX_QUERY_UNITS]
    if not units:
        return None
    return ParsedQuery(units=units, whole_name=_whole_name_key(units))


class _FullTextMatch(Func):
    """`search_keys_tsv @@ to_tsquery('simple', …)` (PostgreSQL only): the stored vector of
    the keys, a generated column with a GIN index (migration 0005). The expression is the
    `search_keys` column; the vector sits next to it in the same table (same alias)."""

    output_field = models.BooleanField()

    def __init__(self, expression, query: str):
        super().__init__(expression)
        self.query = query

    def as_sql(self, compiler, connection, **extra_context):
        column = self.source_expressions[0]  # resolved: a Col of search_keys
        table = compiler.quote_name_unless_alias(column.alias)
        vector = f"{table}.{connection.ops.quote_name(VECTOR_COLUMN)}"
        return f"{vector} @@ to_tsquery('simple'::regconfig, %s)", (self.query,)


VECTOR_COLUMN = "search_keys_tsv"


def _has_any(keys, via="") -> Q | None:
    condition = None
    for key in sorted(keys):
        term = Q(**{f"{via}search_keys__contains": f" {key} "})
        condition = term if condition is None else condition | term
    return condition


def _visible(text: str) -> str:
    """The text without spaces, control and format characters (bidi marks, zero-width)."""
    return "".join(
        char
        for char in text
        if not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Cs")
    )


def filter_by_name(queryset, query, via=""):
    """The memorials of `queryset` whose names match `query`, best matches first.

    An empty query (or one of spaces, bidi marks and other invisible characters) leaves the
    queryset as it is; a query with no searchable word in it ("%%%", "al") matches nothing.
    `via` is the path to the memorial page when `queryset` is of another model ("page__"
    for the index's listing entries)."""
    query = str(query or "")[:MAX_QUERY_CHARS]
    if not _visible(query):
        return queryset
    parsed = parse_query(query)
    if parsed is None:
        return queryset.none()
    if _is_postgresql(queryset):
        queryset = queryset.filter(_FullTextMatch(models.F(f"{via}search_keys"), parsed.tsquery()))
    else:
        for unit in parsed.units:
            queryset = queryset.filter(_has_any(unit.keys, via))
    rank = Value(0)
    for unit in parsed.units:
        tiers = [(unit.exact, EXACT), (unit.marked, MARKED), (unit.skeleton, SKELETON)]
        whens = [When(_has_any(keys, via), then=Value(weight)) for keys, weight in tiers if keys]
        rank = rank + Case(*whens, default=Value(TYPO), output_field=IntegerField())
    rank = rank + Case(
        When(
            Q(**{f"{via}search_keys__contains": f" {parsed.whole_name} "}),
            then=Value(WHOLE_NAME),
        ),
        default=Value(0),
        output_field=IntegerField(),
    )
    return queryset.annotate(name_rank=rank).order_by("-name_rank", f"{via}title", f"{via}pk")


def _is_postgresql(queryset) -> bool:
    from django.db import connections

    return connections[queryset.db].vendor == "postgresql"
