"""Text of the memorial demo content, in four languages. Every memorial here is a FICTIONAL
sample: invented names and lives, marked as such on the page and in the admin."""

INDEX = {
    "en": {
        "title": "Memorials",
        "intro": "Pages in memory of people who died in detention, each published with the "
        "consent of their family. Search by name, in Arabic or Latin letters.",
    },
    "ar": {
        "title": "الصفحات التذكارية",
        "intro": "صفحات لإحياء ذكرى من قضوا في المعتقلات، تُنشر كل واحدة منها بموافقة "
        "عائلة صاحبها. ابحثوا بالاسم بالحروف العربية أو اللاتينية.",
    },
    "fr": {
        "title": "Mémoriaux",
        "intro": "Des pages à la mémoire de personnes mortes en détention, chacune publiée "
        "avec le consentement de sa famille. Cherchez un nom, en lettres arabes ou latines.",
    },
    "de": {
        "title": "Gedenkseiten",
        "intro": "Seiten zum Gedenken an Menschen, die in Haft gestorben sind, jede mit der "
        "Zustimmung ihrer Familie veröffentlicht. Suchen Sie nach einem Namen, in arabischer "
        "oder lateinischer Schrift.",
    },
}

PLACES = [
    {
        "key": "saydnaya",
        "facility_type": "prison",
        "en": ("Saydnaya Military Prison", "Saydnaya"),
        "ar": ("سجن صيدنايا العسكري", "صيدنايا"),
        "fr": ("Prison militaire de Saydnaya", "Saydnaya"),
        "de": ("Militärgefängnis Saidnaya", "Saidnaya"),
    },
    {
        "key": "branch-215",
        "facility_type": "intelligence-branch",
        "en": ("Military Intelligence Branch 215", "Damascus"),
        "ar": ("فرع المخابرات العسكرية 215", "دمشق"),
        "fr": ("Branche 215 du renseignement militaire", "Damas"),
        "de": ("Abteilung 215 des Militärgeheimdienstes", "Damaskus"),
    },
    {
        "key": "hospital-601",
        "facility_type": "military-hospital",
        "en": ("Military Hospital 601 (Mezzeh)", "Damascus"),
        "ar": ("مشفى المزة العسكري 601", "دمشق"),
        "fr": ("Hôpital militaire 601 (Mezzeh)", "Damas"),
        "de": ("Militärkrankenhaus 601 (Mezzeh)", "Damaskus"),
    },
]

SAMPLE_NOTE = {
    "en": "This is a fictional sample: the person, the dates and these words are invented.",
    "ar": "هذه عيّنة خيالية: الشخص والتواريخ وهذه الكلمات كلها من وحي الخيال.",
    "fr": "Ceci est un exemple fictif : la personne, les dates et ces mots sont inventés.",
    "de": "Dies ist ein fiktives Beispiel: Die Person, die Daten und diese Worte sind erfunden.",
}

# Biography sentences by language; {name} is the name in that language's script.
BIOGRAPHY = {
    "en": "<p>{name} worked as a {job} and loved long evenings with friends. "
    "The family remembers a patient, generous person.</p><p>{note}</p>",
    "ar": "<p>عمل {name} {job}، وكان يحب السهر الطويل مع الأصدقاء. "
    "تتذكره عائلته إنساناً صبوراً كريماً.</p><p>{note}</p>",
    "fr": "<p>{name} travaillait comme {job} et aimait les longues soirées entre amis. "
    "Sa famille se souvient d'une personne patiente et généreuse.</p><p>{note}</p>",
    "de": "<p>{name} arbeitete als {job} und liebte lange Abende mit Freunden. "
    "Die Familie erinnert sich an einen geduldigen, großzügigen Menschen.</p><p>{note}</p>",
}
FAMILY_WORDS = {
    "en": "<p>We are still waiting to know where you rest. (Fictional sample.)</p>",
    "ar": "<p>ما زلنا ننتظر أن نعرف أين ترقد. (عيّنة خيالية)</p>",
    "fr": "<p>Nous attendons toujours de savoir où tu reposes. (Exemple fictif.)</p>",
    "de": "<p>Wir warten noch immer darauf zu erfahren, wo du ruhst. (Fiktives Beispiel.)</p>",
}
JOBS = {
    "teacher": {"en": "teacher", "ar": "مدرّساً", "fr": "enseignant", "de": "Lehrer"},
    "tailor": {"en": "tailor", "ar": "خيّاطاً", "fr": "tailleur", "de": "Schneider"},
    "student": {"en": "student", "ar": "طالباً", "fr": "étudiant", "de": "Student"},
    "baker": {"en": "baker", "ar": "خبّازاً", "fr": "boulanger", "de": "Bäcker"},
    "nurse": {"en": "nurse", "ar": "ممرّضاً", "fr": "infirmier", "de": "Krankenpfleger"},
    "engineer": {"en": "engineer", "ar": "مهندساً", "fr": "ingénieur", "de": "Ingenieur"},
}
PLACE_OF_BIRTH = {
    "daraa": {"en": "Daraa", "ar": "درعا", "fr": "Deraa", "de": "Daraa"},
    "homs": {"en": "Homs", "ar": "حمص", "fr": "Homs", "de": "Homs"},
    "douma": {"en": "Douma", "ar": "دوما", "fr": "Douma", "de": "Duma"},
    "aleppo": {"en": "Aleppo", "ar": "حلب", "fr": "Alep", "de": "Aleppo"},
    "hama": {"en": "Hama", "ar": "حماة", "fr": "Hama", "de": "Hama"},
}

# Fictional people. `source` is the language the memorial was first written in;
# `languages` the translations that exist (the others show the original, marked).
MEMORIALS = [
    {
        "slug": "sample-samer-khalil",
        "name_native": "سامر خليل",
        "name_latin": "Samer Khalil",
        "other_names": "Sameer Khalil\nSamir Khalil",
        "father": "أحمد",
        "mother": "فاطمة",
        "birth": (1979, 4, 12),
        "arrest": (2012, 3, None),
        "death": (2013, None, None),
        "born_in": "daraa",
        "place": "saydnaya",
        "governorate": "daraa",
        "job": "teacher",
        "caesar": True,
        "source": "en",
        "languages": ["ar", "fr", "de"],
        "scope": "all",
    },
    {
        "slug": "sample-yassin-al-omar",
        "name_native": "ياسين العمر",
        "name_latin": "Yassin al-Omar",
        "other_names": "Yasin Al Omar",
        "father": "محمود",
        "mother": "خديجة",
        "birth": (1990, None, None),
        "arrest": (2011, 11, None),
        "death": (2012, 6, None),
        "born_in": "homs",
        "place": "branch-215",
        "governorate": "homs",
        "job": "student",
        "caesar": True,
        "source": "ar",
        "languages": ["en", "fr"],
        "scope": "all",
    },
    {
        "slug": "sample-mohammad-al-hassan",
        "name_native": "محمد الحسن",
        "name_latin": "Mohammad al-Hassan",
        "other_names": "Muhammad Al Hasan\nMohamed El Hassan",
        "father": "علي",
        "mother": "زينب",
        "birth": (1985, 1, 3),
        "arrest": (2013, 2, 14),
        "death": (2013, 9, None),
        "born_in": "douma",
        "place": "hospital-601",
        "governorate": "rif-dimashq",
        "job": "baker",
        "caesar": True,
        "source": "en",
        "languages": ["ar", "de"],
        "scope": "no-portrait",
    },
    {
        "slug": "sample-rami-haddad",
        "name_native": "رامي حداد",
        "name_latin": "Rami Haddad",
        "other_names": "",
        "father": "جورج",
        "mother": "مريم",
        "birth": (1975, None, None),
        "arrest": (2012, None, None),
        "death": (2014, 2, None),
        "born_in": "homs",
        "place": "saydnaya",
        "governorate": "homs",
        "job": "tailor",
        "caesar": False,
        "source": "ar",
        "languages": [],
        "scope": "name-and-dates",
    },
    {
        "slug": "sample-omar-shaar",
        "name_native": "عمر الشعار",
        "name_latin": "Omar Shaar",
        "other_names": "Umar al-Sha'ar",
        "father": "حسين",
        "mother": "سعاد",
        "birth": (1982, 7, None),
        "arrest": (2012, 8, 1),
        "death": (2013, 1, None),
        "born_in": "aleppo",
        "place": "branch-215",
        "governorate": "aleppo",
        "job": "engineer",
        "caesar": True,
        "source": "fr",
        "languages": ["en", "ar"],
        "scope": "all",
    },
    {
        "slug": "sample-khaled-mansour",
        "name_native": "خالد منصور",
        "name_latin": "Khaled Mansour",
        "other_names": "Khalid Mansur",
        "father": "يوسف",
        "mother": "هدى",
        "birth": (1988, 12, None),
        "arrest": (2012, 5, None),
        "death": (2012, 12, None),
        "born_in": "hama",
        "place": "hospital-601",
        "governorate": "hama",
        "job": "nurse",
        "caesar": True,
        "source": "de",
        "languages": ["en", "ar", "fr"],
        "scope": "all",
    },
    {
        "slug": "sample-anonymous-daraa",
        "name_native": "وسيم الزعبي",
        "name_latin": "Wassim al-Zoubi",
        "other_names": "",
        "father": "",
        "mother": "",
        "birth": (1993, None, None),
        "arrest": (2012, None, None),
        "death": (2013, None, None),
        "born_in": "daraa",
        "place": "saydnaya",
        "governorate": "daraa",
        "job": "student",
        "caesar": False,
        "source": "en",
        "languages": ["ar", "fr", "de"],
        "scope": "no-name",
    },
    {
        "slug": "sample-hassan-darwish",
        "name_native": "حسن درويش",
        "name_latin": "Hassan Darwish",
        "other_names": "Hasan Darweesh",
        "father": "عبد الله",
        "mother": "آمنة",
        "birth": (1970, 3, 21),
        "arrest": (2011, 10, None),
        "death": (2012, None, None),
        "born_in": "aleppo",
        "place": "saydnaya",
        "governorate": "aleppo",
        "job": "teacher",
        "caesar": True,
        "source": "en",
        "languages": ["ar", "fr", "de"],
        "scope": "all",
    },
    {
        # Consent withdrawn: the memorial exists in the admin but is not public anywhere.
        "slug": "sample-withdrawn-consent",
        "name_native": "باسل نجار",
        "name_latin": "Basel Najjar",
        "other_names": "",
        "father": "سمير",
        "mother": "ليلى",
        "birth": (1984, None, None),
        "arrest": (2012, 4, None),
        "death": (2013, None, None),
        "born_in": "douma",
        "place": "branch-215",
        "governorate": "rif-dimashq",
        "job": "engineer",
        "caesar": True,
        "source": "en",
        "languages": ["ar"],
        "scope": "all",
        "withdrawn": True,
    },
]

SCOPES = {
    "all": dict.fromkeys(
        [
            "show_name",
            "show_portrait",
            "show_biography",
            "show_dates",
            "show_places",
            "show_family_names",
        ],
        True,
    ),
    "no-portrait": {
        "show_name": True,
        "show_portrait": False,
        "show_biography": True,
        "show_dates": True,
        "show_places": True,
        "show_family_names": False,
    },
    "name-and-dates": {
        "show_name": True,
        "show_portrait": False,
        "show_biography": False,
        "show_dates": True,
        "show_places": False,
        "show_family_names": False,
    },
    "no-name": {
        "show_name": False,
        "show_portrait": False,
        "show_biography": True,
        "show_dates": True,
        "show_places": True,
        "show_family_names": False,
    },
}

TITLE_WITHOUT_NAME = "Memorial (name withheld) – fictional sample"
