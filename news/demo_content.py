"""Demo news in four languages, written for this project from the facts in the brief.

No quotes, no words put in anyone's mouth, and no names of real officials: people met in
their official capacity are named by their role. Where the brief gives only the month, the
item says so (date_precision "month"). The Paris visit illustrates the brief's "typical news";
its month is illustrative."""

INDEX = {
    "ar": {
        "title": "الأخبار",
        "intro": (
            "زيارات ولقاءات وبيانات: عمل الرابطة في المناصرة من أجل الحقيقة والعدالة للمعتقلين "
            "والمختفين قسرًا وعائلاتهم."
        ),
    },
    "en": {
        "title": "News",
        "intro": (
            "Visits, meetings and statements: the association’s advocacy for truth and justice "
            "for the detainees, the disappeared and their families."
        ),
    },
    "fr": {
        "title": "Actualités",
        "intro": (
            "Visites, rencontres et déclarations\u00a0: le plaidoyer de l’association pour la "
            "vérité et la justice pour les détenus, les disparus et leurs familles."
        ),
    },
    "de": {
        "title": "Aktuelles",
        "intro": (
            "Besuche, Gespräche und Erklärungen: die Arbeit des Vereins für Wahrheit und "
            "Gerechtigkeit für die Inhaftierten, die Verschwundenen und ihre Familien."
        ),
    },
}

# The organisations the brief names, by key: website, then name and acronym per language.
ORGANISATIONS = {
    "scm": {
        "website": "https://scm.bz",
        "ar": ("المركز السوري للإعلام وحرية التعبير", "SCM"),
        "en": ("Syrian Centre for Media and Freedom of Expression", "SCM"),
        "fr": ("Centre syrien pour les médias et la liberté d’expression", "SCM"),
        "de": ("Syrisches Zentrum für Medien und Meinungsfreiheit", "SCM"),
    },
    "vdc": {
        "website": "https://vdc-sy.net",
        "ar": ("مركز توثيق الانتهاكات", "VDC"),
        "en": ("Violations Documentation Centre", "VDC"),
        "fr": ("Centre de documentation des violations", "VDC"),
        "de": ("Zentrum für die Dokumentation von Menschenrechtsverletzungen", "VDC"),
    },
    "iiim": {
        "website": "https://iiim.un.org",
        "ar": ("الآلية الدولية المحايدة والمستقلة (الأمم المتحدة)", "IIIM"),
        "en": ("International, Impartial and Independent Mechanism (United Nations)", "IIIM"),
        "fr": ("Mécanisme international, impartial et indépendant (Nations unies)", "IIIM"),
        "de": (
            "Internationaler, unparteiischer und unabhängiger Mechanismus (Vereinte Nationen)",
            "IIIM",
        ),
    },
    "icmp": {
        "website": "https://www.icmp.int",
        "ar": ("اللجنة الدولية لشؤون المفقودين", "ICMP"),
        "en": ("International Commission on Missing Persons", "ICMP"),
        "fr": ("Commission internationale pour les personnes disparues", "ICMP"),
        "de": ("Internationale Kommission für vermisste Personen", "ICMP"),
    },
    "ecchr": {
        "website": "https://www.ecchr.eu",
        "ar": ("المركز الأوروبي للحقوق الدستورية وحقوق الإنسان", "ECCHR"),
        "en": ("European Centre for Constitutional and Human Rights", "ECCHR"),
        "fr": ("Centre européen pour les droits constitutionnels et humains", "ECCHR"),
        "de": ("Europäisches Zentrum für Verfassungs- und Menschenrechte", "ECCHR"),
    },
    "fidh": {
        "website": "https://www.fidh.org",
        "ar": ("الفدرالية الدولية لحقوق الإنسان", "FIDH"),
        "en": ("International Federation for Human Rights", "FIDH"),
        "fr": ("Fédération internationale pour les droits humains", "FIDH"),
        "de": ("Internationale Föderation für Menschenrechte", "FIDH"),
    },
    "emhrf": {
        "website": "https://emhrf.org",
        "ar": ("المؤسسة الأورومتوسطية لدعم المدافعين عن حقوق الإنسان", "EMHRF"),
        "en": ("Euro-Mediterranean Foundation of Support to Human Rights Defenders", "EMHRF"),
        "fr": (
            "Fondation euro-méditerranéenne de soutien aux défenseurs des droits de l’homme",
            "EMHRF",
        ),
        "de": (
            "Euro-Mediterrane Stiftung zur Unterstützung von Menschenrechtsverteidigern",
            "EMHRF",
        ),
    },
}

PARIS = {"ar": ("باريس", "فرنسا"), "en": ("Paris", "France"), "fr": ("Paris", "France"),
         "de": ("Paris", "Frankreich")}  # fmt: skip
BERLIN = {"ar": ("برلين", "ألمانيا"), "en": ("Berlin", "Germany"), "fr": ("Berlin", "Allemagne"),
          "de": ("Berlin", "Deutschland")}  # fmt: skip

# Each item: slug, date (ISO), date precision, kind, place, organisation keys, and per
# language: title, summary, officials (roles only) and body blocks.
ITEMS = [
    {
        "slug": "berlin-preparatory-meetings",
        "date": "2018-02-01",
        "precision": "month",
        "kind": "event",
        "place": BERLIN,
        "organisations": ["scm", "vdc", "iiim", "icmp", "ecchr", "fidh", "emhrf"],
        "text": {
            "ar": {
                "title": "اجتماعات تحضيرية في برلين لتأسيس الرابطة",
                "summary": (
                    "في شباط/فبراير 2018 اجتمعت عائلات تعرّفت على أحبّتها في صور قيصر في برلين "
                    "مع منظمات من المجتمع المدني السوري وهيئات دولية، للتحضير لتأسيس رابطة تجمعها."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>شاركت في الاجتماعات منظمتان سوريتان، هما المركز السوري للإعلام وحرية "
                        "التعبير ومركز توثيق الانتهاكات، إلى جانب هيئات دولية تعمل على التوثيق "
                        "والبحث عن المفقودين والمساءلة.</p>",
                    ),
                    ("heading", "ما الذي نوقش"),
                    (
                        "paragraph",
                        "<p>تناولت النقاشات حاجات العائلات: معرفة مصير أبنائها، واستعادة الرفات، "
                        "والدعم النفسي والقانوني، والسعي إلى محاسبة المسؤولين عن التعذيب والقتل في "
                        "مراكز الاحتجاز. وانطلاقًا من هذه الاجتماعات جرى إعداد أهداف الرابطة "
                        "ونظامها.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Preparatory meetings in Berlin for a families’ association",
                "summary": (
                    "In February 2018, families who had recognised their relatives in the "
                    "Caesar photographs met Syrian civil-society groups and international "
                    "bodies in Berlin to prepare the founding of an association of their own."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Two Syrian organisations took part, the Syrian Centre for Media and "
                        "Freedom of Expression and the Violations Documentation Centre, together "
                        "with international bodies that work on documentation, the search for the "
                        "missing and accountability.</p>",
                    ),
                    ("heading", "What was discussed"),
                    (
                        "paragraph",
                        "<p>The discussions started from what the families need: to learn the "
                        "fate of their relatives, to recover their remains, psychological and "
                        "legal support, and accountability for torture and killing in detention. "
                        "The association’s aims and statutes were prepared from these "
                        "meetings.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Réunions préparatoires à Berlin pour une association des familles",
                "summary": (
                    "En février 2018, des familles qui avaient reconnu leurs proches sur les "
                    "photographies de César ont rencontré à Berlin des organisations de la "
                    "société civile syrienne et des instances internationales pour préparer la "
                    "fondation de leur association."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Deux organisations syriennes y ont pris part, le Centre syrien pour "
                        "les médias et la liberté d’expression et le Centre de documentation des "
                        "violations, aux côtés d’instances internationales qui travaillent sur la "
                        "documentation, la recherche des disparus et l’établissement des "
                        "responsabilités.</p>",
                    ),
                    ("heading", "Ce qui a été discuté"),
                    (
                        "paragraph",
                        "<p>Les échanges sont partis des besoins des familles\u00a0: connaître le "
                        "sort de leurs proches, récupérer leurs dépouilles, obtenir un soutien "
                        "psychologique et juridique, et que les responsables de la torture et des "
                        "meurtres en détention rendent des comptes. Les objectifs et les statuts "
                        "de l’association ont été préparés à partir de ces réunions.</p>",
                    ),
                ],
            },
            "de": {
                "title": "Vorbereitende Treffen in Berlin für einen Verein der Familien",
                "summary": (
                    "Im Februar 2018 trafen sich in Berlin Familien, die ihre Angehörigen auf "
                    "den Caesar-Fotos erkannt hatten, mit syrischen zivilgesellschaftlichen "
                    "Organisationen und internationalen Einrichtungen, um die Gründung eines "
                    "eigenen Vereins vorzubereiten."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Beteiligt waren zwei syrische Organisationen, das Syrische Zentrum für "
                        "Medien und Meinungsfreiheit und das Zentrum für die Dokumentation von "
                        "Menschenrechtsverletzungen, sowie internationale Einrichtungen, die zu "
                        "Dokumentation, der Suche nach Vermissten und Rechenschaft arbeiten.</p>",
                    ),
                    ("heading", "Worum es ging"),
                    (
                        "paragraph",
                        "<p>Ausgangspunkt waren die Bedürfnisse der Familien: das Schicksal ihrer "
                        "Angehörigen zu erfahren, ihre sterblichen Überreste zurückzuerhalten, "
                        "psychologische und rechtliche Unterstützung und die Verantwortlichen für "
                        "Folter und Tötungen in der Haft zur Rechenschaft zu ziehen. Aus diesen "
                        "Treffen gingen die Ziele und die Satzung des Vereins hervor.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "association-founded",
        "date": "2018-07-07",
        "precision": "day",
        "kind": "statement",
        "place": None,
        "organisations": [],
        "text": {
            "ar": {
                "title": "تأسيس رابطة عائلات قيصر",
                "summary": (
                    "في السابع من تموز/يوليو 2018 تأسست الرابطة منظمةً غير ربحية تجمع عائلات "
                    "معتقلين سوريين قضوا تحت التعذيب في سجون حكومة الأسد السابقة."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>أعلنت العائلات تأسيس رابطتها بعد أشهر من التحضير. وهي تعمل من أجل "
                        "استعادة رفات الضحايا ودفنهم بكرامة ووفق شعائر عائلاتهم، وتقديم الدعم "
                        "النفسي والقانوني للعائلات، وحماية حقوق الضحايا وصون ذكراهم.</p>",
                    ),
                    ("heading", "العدالة والمساءلة"),
                    (
                        "paragraph",
                        "<p>تطالب الرابطة بالإفراج عن المعتقلين وكشف مصير المختفين قسرًا "
                        "والمفقودين، وبإنهاء الإفلات من العقاب عبر محكمة خاصة بجرائم الحرب "
                        "والجرائم ضد الإنسانية، وبمسار للعدالة الانتقالية يقوم على الإنصاف "
                        "والمساءلة.</p>",
                    ),
                ],
            },
            "en": {
                "title": "The Association of Caesar Families is founded",
                "summary": (
                    "On 7 July 2018 the association was founded as a non-profit organisation of "
                    "families of Syrian detainees who died under torture in the prisons of the "
                    "former Assad government."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>After months of preparation, the families founded their association. "
                        "It works to recover the victims’ remains so that they can be buried with "
                        "dignity and with their families’ rites, to offer psychological and legal "
                        "support to the families, and to protect the victims’ rights and keep "
                        "their memory.</p>",
                    ),
                    ("heading", "Justice and accountability"),
                    (
                        "paragraph",
                        "<p>The association presses for the release of detainees and the "
                        "disclosure of the fate of the disappeared and the missing, for an end to "
                        "impunity through a special court for war crimes and crimes against "
                        "humanity, and for a transitional-justice process built on fairness and "
                        "accountability.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Fondation de l’Association des familles de César",
                "summary": (
                    "Le 7 juillet 2018, l’association a été fondée comme organisation à but non "
                    "lucratif regroupant des familles de détenus syriens morts sous la torture "
                    "dans les prisons de l’ancien gouvernement Assad."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Après des mois de préparation, les familles ont fondé leur "
                        "association. Elle œuvre pour récupérer les dépouilles des victimes afin "
                        "qu’elles soient inhumées dignement et selon les rites de leurs familles, "
                        "pour apporter un soutien psychologique et juridique aux familles, et pour "
                        "protéger les droits des victimes et préserver leur mémoire.</p>",
                    ),
                    ("heading", "Justice et responsabilité"),
                    (
                        "paragraph",
                        "<p>L’association demande la libération des détenus et la révélation du "
                        "sort des disparus, la fin de l’impunité par un tribunal spécial pour les "
                        "crimes de guerre et les crimes contre l’humanité, et un processus de "
                        "justice transitionnelle fondé sur l’équité et la "
                        "responsabilité.</p>",
                    ),
                ],
            },
            "de": {
                "title": "Die Vereinigung der Caesar-Familien ist gegründet",
                "summary": (
                    "Am 7. Juli 2018 wurde der Verein als gemeinnützige Organisation von "
                    "Familien syrischer Häftlinge gegründet, die in den Gefängnissen der "
                    "früheren Assad-Regierung unter Folter starben."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Nach monatelanger Vorbereitung gründeten die Familien ihren Verein. Er "
                        "setzt sich dafür ein, die sterblichen Überreste der Opfer zu bergen, "
                        "damit sie in Würde und nach den Riten ihrer Familien bestattet werden, "
                        "bietet den Familien psychologische und rechtliche Unterstützung und "
                        "schützt die Rechte der Opfer und die Erinnerung an sie.</p>",
                    ),
                    ("heading", "Gerechtigkeit und Rechenschaft"),
                    (
                        "paragraph",
                        "<p>Der Verein fordert die Freilassung der Inhaftierten und Aufklärung "
                        "über das Schicksal der Verschwundenen und Vermissten, ein Ende der "
                        "Straflosigkeit durch ein Sondergericht für Kriegsverbrechen und "
                        "Verbrechen gegen die Menschlichkeit sowie einen Prozess der "
                        "Übergangsjustiz, der auf Fairness und Rechenschaft beruht.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "paris-visit-human-rights-federation",
        "date": "2019-10-01",
        "precision": "month",
        "kind": "visit",
        "place": PARIS,
        "organisations": ["fidh"],
        "text": {
            "ar": {
                "title": "وفد الرابطة في باريس يلتقي الفدرالية الدولية لحقوق الإنسان",
                "summary": (
                    "زار وفد برئاسة رئيس الرابطة باريس، وبدأ لقاءاته بالفدرالية الدولية لحقوق "
                    "الإنسان لبحث سبل دعم العائلات في مسعاها إلى العدالة."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>عرض الوفد أوضاع العائلات التي تعرّفت على أحبّتها في صور قيصر، وما "
                        "تواجهه في البحث عن الحقيقة، وتحدّث عن أهداف الرابطة.</p>"
                        "<p>وتناول اللقاء التعاون في توثيق الانتهاكات ودعم الشكاوى القضائية التي "
                        "تقدّمها عائلات الضحايا.</p>",
                    ),
                ],
            },
            "en": {
                "title": "In Paris, a delegation meets the International Federation for Human "
                "Rights",
                "summary": (
                    "A delegation led by the association’s president visited Paris and began "
                    "with a meeting at the International Federation for Human Rights on how to "
                    "support the families in their search for justice."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>The delegation described the situation of the families who "
                        "recognised their relatives in the Caesar photographs, what they face in "
                        "seeking the truth, and the association’s aims.</p>"
                        "<p>The meeting covered cooperation on documenting violations and "
                        "support for the legal complaints that victims’ families bring.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "À Paris, une délégation rencontre la Fédération internationale pour "
                "les droits humains",
                "summary": (
                    "Une délégation conduite par le président de l’association s’est rendue à "
                    "Paris et a commencé par une rencontre à la Fédération internationale pour "
                    "les droits humains sur le soutien aux familles dans leur quête de justice."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>La délégation a présenté la situation des familles qui ont reconnu "
                        "leurs proches sur les photographies de César, les obstacles qu’elles "
                        "rencontrent dans leur recherche de la vérité, et les objectifs de "
                        "l’association.</p>"
                        "<p>La rencontre a porté sur la coopération pour documenter les violations "
                        "et sur le soutien aux plaintes déposées par les familles de "
                        "victimes.</p>",
                    ),
                ],
            },
            "de": {
                "title": "In Paris trifft eine Delegation die Internationale Föderation für "
                "Menschenrechte",
                "summary": (
                    "Eine Delegation unter Leitung des Vereinsvorsitzenden besuchte Paris und "
                    "begann mit einem Gespräch bei der Internationalen Föderation für "
                    "Menschenrechte darüber, wie die Familien auf ihrem Weg zur Gerechtigkeit "
                    "unterstützt werden können."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Die Delegation schilderte die Lage der Familien, die ihre Angehörigen "
                        "auf den Caesar-Fotos erkannt haben, die Hindernisse bei der Suche nach "
                        "der Wahrheit und die Ziele des Vereins.</p>"
                        "<p>Es ging um die Zusammenarbeit bei der Dokumentation von Verbrechen und "
                        "um Unterstützung für Strafanzeigen, die Familien von Opfern "
                        "einreichen.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "paris-visit-presidential-adviser",
        "date": "2019-10-01",
        "precision": "month",
        "kind": "visit",
        "place": PARIS,
        "organisations": [],
        "text": {
            "ar": {
                "title": "لقاء مع مستشار رئيس الجمهورية لشؤون الشرق الأوسط",
                "summary": (
                    "خلال زيارته إلى باريس، التقى وفد الرابطة مستشار رئيس الجمهورية الفرنسية "
                    "لشؤون الشرق الأوسط، وعرض عليه مطالب العائلات."
                ),
                "officials": [{"role": "مستشار رئيس الجمهورية الفرنسية لشؤون الشرق الأوسط"}],
                "body": [
                    (
                        "paragraph",
                        "<p>ركّز الوفد على مصير المعتقلين والمختفين قسرًا، وعلى ضرورة أن يبقى "
                        "ملفّهم حاضرًا في كل نقاش سياسي حول سوريا، وعلى حق العائلات في استعادة "
                        "رفات أحبّتها.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Meeting with the head of state’s adviser for the Middle East",
                "summary": (
                    "During its visit to Paris, the association’s delegation met the French "
                    "president’s adviser for the Middle East and set out the families’ demands."
                ),
                "officials": [{"role": "Adviser for the Middle East to the French president"}],
                "body": [
                    (
                        "paragraph",
                        "<p>The delegation focused on the fate of the detainees and the "
                        "disappeared, on keeping their cause present in every political "
                        "discussion about Syria, and on the families’ right to recover their "
                        "relatives’ remains.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Rencontre avec le conseiller du chef de l’État pour le Moyen-Orient",
                "summary": (
                    "Lors de sa visite à Paris, la délégation de l’association a rencontré le "
                    "conseiller du président de la République pour le Moyen-Orient et lui a "
                    "exposé les demandes des familles."
                ),
                "officials": [
                    {"role": "Conseiller du président de la République pour le Moyen-Orient"}
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>La délégation a insisté sur le sort des détenus et des disparus, sur "
                        "la nécessité que leur cause reste présente dans toute discussion "
                        "politique sur la Syrie, et sur le droit des familles à récupérer les "
                        "dépouilles de leurs proches.</p>",
                    ),
                ],
            },
            "de": {
                "title": "Gespräch mit dem Nahost-Berater des Staatsoberhaupts",
                "summary": (
                    "Während ihres Besuchs in Paris traf die Delegation des Vereins den "
                    "Nahost-Berater des französischen Präsidenten und legte die Forderungen der "
                    "Familien dar."
                ),
                "officials": [{"role": "Nahost-Berater des französischen Präsidenten"}],
                "body": [
                    (
                        "paragraph",
                        "<p>Die Delegation sprach über das Schicksal der Inhaftierten und "
                        "Verschwundenen, darüber, dass ihr Anliegen in jedem politischen Gespräch "
                        "über Syrien präsent bleiben muss, und über das Recht der Familien, die "
                        "sterblichen Überreste ihrer Angehörigen zurückzuerhalten.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "paris-visit-war-crimes-prosecutors",
        "date": "2019-10-01",
        "precision": "month",
        "kind": "visit",
        "place": PARIS,
        "organisations": [],
        "text": {
            "ar": {
                "title": "لقاء مع وحدة الادعاء المختصة بجرائم الحرب",
                "summary": (
                    "التقى وفد الرابطة في باريس مدّعين عامّين من الوحدة المختصة بالجرائم ضد "
                    "الإنسانية وجرائم الحرب، للحديث عن سبل مساهمة العائلات في التحقيقات."
                ),
                "officials": [
                    {"role": "مدّعون عامّون في الوحدة المختصة بالجرائم ضد الإنسانية وجرائم الحرب"}
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>تناول اللقاء كيف يمكن لشهادات العائلات ووثائقها أن تخدم التحقيقات "
                        "الجارية، وما تحتاجه العائلات من معلومات وحماية حين تتقدّم بشهاداتها.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Meeting with a war-crimes prosecution unit",
                "summary": (
                    "In Paris, the association’s delegation met prosecutors of the specialised "
                    "unit for crimes against humanity and war crimes, to discuss how families can "
                    "contribute to investigations."
                ),
                "officials": [
                    {
                        "role": "Prosecutors of the specialised unit for crimes against humanity "
                        "and war crimes"
                    }
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>The meeting covered how the families’ testimony and documents can "
                        "serve ongoing investigations, and what information and protection "
                        "families need when they come forward.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Rencontre avec un pôle de poursuite des crimes de guerre",
                "summary": (
                    "À Paris, la délégation de l’association a rencontré des magistrats du "
                    "parquet spécialisé dans les crimes contre l’humanité et les crimes de "
                    "guerre, pour parler de la contribution des familles aux enquêtes."
                ),
                "officials": [
                    {
                        "role": "Magistrats du parquet spécialisé dans les crimes contre "
                        "l’humanité et les crimes de guerre"
                    }
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>La rencontre a porté sur la manière dont les témoignages et les "
                        "documents des familles peuvent servir les enquêtes en cours, et sur les "
                        "informations et la protection dont les familles ont besoin lorsqu’elles "
                        "témoignent.</p>",
                    ),
                ],
            },
            "de": {
                "title": "Gespräch mit einer Einheit zur Verfolgung von Kriegsverbrechen",
                "summary": (
                    "In Paris traf die Delegation des Vereins Staatsanwältinnen und "
                    "Staatsanwälte der Spezialeinheit für Verbrechen gegen die Menschlichkeit "
                    "und Kriegsverbrechen, um über Beiträge der Familien zu Ermittlungen zu "
                    "sprechen."
                ),
                "officials": [
                    {
                        "role": "Staatsanwaltschaft, Spezialeinheit für Verbrechen gegen die "
                        "Menschlichkeit und Kriegsverbrechen"
                    }
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>Es ging darum, wie Aussagen und Dokumente der Familien laufenden "
                        "Ermittlungen dienen können und welche Informationen und welchen Schutz "
                        "Familien brauchen, wenn sie aussagen.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "paris-visit-human-rights-ambassador",
        "date": "2019-10-01",
        "precision": "month",
        "kind": "visit",
        "place": PARIS,
        "organisations": [],
        "text": {
            "ar": {
                "title": "لقاء مع سفير حقوق الإنسان في وزارة الخارجية",
                "summary": (
                    "اختتم وفد الرابطة لقاءاته في باريس بلقاء سفير حقوق الإنسان في وزارة "
                    "الخارجية الفرنسية."
                ),
                "officials": [{"role": "سفير حقوق الإنسان، وزارة الخارجية الفرنسية"}],
                "body": [
                    (
                        "paragraph",
                        "<p>طلب الوفد دعم مطالب العائلات في المحافل الدولية: الإفراج عن "
                        "المعتقلين، والكشف عن مصير المختفين قسرًا، وإنهاء الإفلات من العقاب.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Meeting with the foreign ministry’s ambassador for human rights",
                "summary": (
                    "The association’s delegation ended its meetings in Paris with the French "
                    "foreign ministry’s ambassador for human rights."
                ),
                "officials": [{"role": "Ambassador for human rights, French foreign ministry"}],
                "body": [
                    (
                        "paragraph",
                        "<p>The delegation asked for support for the families’ demands in "
                        "international forums: the release of detainees, the disclosure of the "
                        "fate of the disappeared, and an end to impunity.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Rencontre avec l’ambassadeur pour les droits de l’homme",
                "summary": (
                    "La délégation de l’association a conclu ses rencontres à Paris auprès de "
                    "l’ambassadeur pour les droits de l’homme du ministère des Affaires "
                    "étrangères."
                ),
                "officials": [
                    {
                        "role": "Ambassadeur pour les droits de l’homme, ministère des Affaires "
                        "étrangères"
                    }  # fmt: skip
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>La délégation a demandé un soutien aux demandes des familles dans les "
                        "enceintes internationales\u00a0: la libération des détenus, la "
                        "révélation du sort des disparus et la fin de l’impunité.</p>",
                    ),
                ],
            },
            "de": {
                "title": "Gespräch mit dem Menschenrechtsbotschafter des Außenministeriums",
                "summary": (
                    "Zum Abschluss ihrer Gespräche in Paris traf die Delegation des Vereins den "
                    "Menschenrechtsbotschafter des französischen Außenministeriums."
                ),
                "officials": [
                    {"role": "Botschafter für Menschenrechte, französisches Außenministerium"}
                ],
                "body": [
                    (
                        "paragraph",
                        "<p>Die Delegation bat um Unterstützung für die Forderungen der Familien "
                        "in internationalen Gremien: die Freilassung der Inhaftierten, Aufklärung "
                        "über das Schicksal der Verschwundenen und ein Ende der "
                        "Straflosigkeit.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "paris-visit-press-coverage",
        "date": "2019-10-01",
        "precision": "month",
        "kind": "press",
        "place": PARIS,
        "organisations": [],
        "text": {
            "ar": {
                "title": "الصحافة تغطي زيارة الرابطة إلى باريس",
                "summary": (
                    "تناولت وسائل إعلام عدة زيارة وفد الرابطة إلى باريس ومطالب عائلات المعتقلين "
                    "الذين قضوا تحت التعذيب."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>أتاحت التغطية الصحفية إيصال مطالب العائلات إلى جمهور أوسع: معرفة "
                        "الحقيقة، واستعادة الرفات، ومحاسبة المسؤولين.</p>",
                    ),
                ],
            },
            "en": {
                "title": "The press covers the association’s visit to Paris",
                "summary": (
                    "Several media outlets reported on the delegation’s visit to Paris and on the "
                    "demands of the families of detainees who died under torture."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>The coverage carried the families’ demands to a wider public: the "
                        "truth, the return of their relatives’ remains, and accountability for "
                        "those responsible.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "La presse couvre la visite de l’association à Paris",
                "summary": (
                    "Plusieurs médias ont rendu compte de la visite de la délégation à Paris et "
                    "des demandes des familles de détenus morts sous la torture."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Cette couverture a porté les demandes des familles auprès d’un plus "
                        "large public\u00a0: la vérité, la restitution des dépouilles de leurs "
                        "proches et la responsabilité des auteurs.</p>",
                    ),
                ],
            },
            "de": {
                "title": "Presse berichtet über den Besuch des Vereins in Paris",
                "summary": (
                    "Mehrere Medien berichteten über den Besuch der Delegation in Paris und über "
                    "die Forderungen der Familien von Häftlingen, die unter Folter starben."
                ),
                "officials": [],
                "body": [
                    (
                        "paragraph",
                        "<p>Die Berichte trugen die Forderungen der Familien in eine breitere "
                        "Öffentlichkeit: Wahrheit, die Rückgabe der sterblichen Überreste ihrer "
                        "Angehörigen und Rechenschaft der Verantwortlichen.</p>",
                    ),
                ],
            },
        },
    },
]
