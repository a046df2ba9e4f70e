"""Demo content for load_demo: the association's own pages in four languages.

Written for this project from the facts in the brief; no quotes, no real private persons."""

LANGUAGES = ("ar", "en", "fr", "de")

# The home page of each language: title, hero and the association's six aims.
HOME = {
    "ar": {
        "title": "رابطة عائلات قيصر",
        "hero_heading": "نذكرهم بأسمائهم",
        "hero_text": (
            "نحن عائلات معتقلين سوريين قضوا تحت التعذيب، وتعرّفنا على أحبّتنا بين صور قيصر. نسعى "
            "إلى كشف الحقيقة عن مصيرهم، واستعادة رفاتهم، وتحقيق العدالة."
        ),
        "aims_heading": "أهدافنا",
        "aims": [
            "استعادة رفات الضحايا كي يُدفنوا بكرامة ووفق شعائر عائلاتهم.",
            "تقديم الدعم النفسي والقانوني لعائلات الضحايا.",
            "حماية حقوق الضحايا وعائلاتهم، وإحياء ذكرى الضحايا وردّ الاعتبار إليهم.",
            "الضغط من أجل الإفراج عن المعتقلين والكشف عن مصير المختفين قسرًا والمفقودين.",
            "إنهاء الإفلات من العقاب عبر محكمة خاصة بجرائم الحرب والجرائم ضد الإنسانية.",
            "بناء مسار للعدالة الانتقالية يقوم على الإنصاف والمساءلة.",
        ],
    },
    "en": {
        "title": "Association of Caesar Families",
        "hero_heading": "We remember them by name",
        "hero_text": (
            "We are the families of Syrian detainees who died under torture, whom we recognised "
            "in the Caesar photographs. We seek the truth about their fate, the return of their "
            "remains, and justice."
        ),
        "aims_heading": "Our aims",
        "aims": [
            (
                "Recover the remains of the victims, so that they can be buried with dignity and "
                "according to their families’ rites."
            ),
            "Offer psychological and legal support to the families of the victims.",
            (
                "Protect the rights of the victims and their families, keep the memory of the "
                "victims alive and restore their dignity."
            ),
            (
                "Press for the release of detainees and for the fate of the disappeared and the "
                "missing to be disclosed."
            ),
            "End impunity through a special court for war crimes and crimes against humanity.",
            "Build a process of transitional justice founded on fairness and accountability.",
        ],
    },
    "fr": {
        "title": "Association des familles de César",
        "hero_heading": "Nous nous souvenons d’eux, chacun par son nom",
        "hero_text": (
            "Nous sommes les familles de détenus syriens morts sous la torture, que nous avons "
            "reconnus sur les photographies de «\u00a0César\u00a0». Nous demandons la vérité sur "
            "leur sort, la restitution de leurs dépouilles et la justice."
        ),
        "aims_heading": "Nos objectifs",
        "aims": [
            (
                "Retrouver les dépouilles des victimes, afin qu’elles soient inhumées dignement "
                "et selon les rites de leurs familles."
            ),
            "Apporter un soutien psychologique et juridique aux familles des victimes.",
            (
                "Protéger les droits des victimes et de leurs familles, entretenir la mémoire des "
                "victimes et leur rendre leur dignité."
            ),
            (
                "Obtenir la libération des détenus et la vérité sur le sort des victimes de "
                "disparition forcée et des personnes disparues."
            ),
            (
                "Mettre fin à l’impunité grâce à un tribunal spécial pour les crimes de guerre et "
                "les crimes contre l’humanité."
            ),
            (
                "Construire un processus de justice transitionnelle fondé sur l’équité et "
                "l’obligation de rendre des comptes."
            ),
        ],
    },
    "de": {
        "title": "Vereinigung der Caesar-Familien",
        "hero_heading": "Wir nennen sie beim Namen und erinnern an sie",
        "hero_text": (
            "Wir sind die Familien syrischer Häftlinge, die unter Folter gestorben sind und die "
            "wir auf den „Caesar“-Fotos wiedererkannt haben. Wir fordern die Wahrheit über ihr "
            "Schicksal, die Rückgabe ihrer sterblichen Überreste und Gerechtigkeit."
        ),
        "aims_heading": "Unsere Ziele",
        "aims": [
            (
                "Die sterblichen Überreste der Opfer bergen, damit sie in Würde und nach den "
                "Riten ihrer Familien bestattet werden können."
            ),
            "Den Familien der Opfer psychologische und rechtliche Unterstützung bieten.",
            (
                "Die Rechte der Opfer und ihrer Familien schützen, die Erinnerung an die Opfer "
                "wachhalten und ihnen ihre Würde zurückgeben."
            ),
            (
                "Auf die Freilassung der Inhaftierten drängen und darauf, dass das Schicksal der "
                "Verschwundenen und Vermissten aufgeklärt wird."
            ),
            (
                "Die Straflosigkeit beenden: mit einem Sondergericht für Kriegsverbrechen und "
                "Verbrechen gegen die Menschlichkeit."
            ),
            (
                "Einen Prozess der Übergangsjustiz aufbauen, der auf Fairness und "
                "Rechenschaftspflicht beruht."
            ),
        ],
    },
}

# The association's own pages. The slug is the same in every language; the body is a list
# of (block_type, value): "heading" (plain text) or "paragraph" (simple HTML).
STANDARD_PAGES = [
    {
        "slug": "about",
        "content": {
            "ar": {
                "title": "من نحن",
                "intro": (
                    "تجمع رابطة عائلات قيصر عائلاتِ معتقلين سوريين قضوا تحت التعذيب في سجون نظام "
                    "الأسد السابق."
                ),
                "body": [
                    ("heading", "الرابطة ونشأتها"),
                    (
                        "paragraph",
                        (
                            "<p>أعضاء الرابطة عائلاتٌ تعرّفت على أحبّتها بين الصور التي هرّبها من "
                            "سوريا مصوّرٌ عسكري منشقّ عُرف بالاسم الرمزي «قيصر». اجتمعنا لنساند "
                            "بعضنا بعضًا، ولنسعى معًا إلى الحقيقة والعدالة لذوينا.</p>"
                            "<p>سبقت تأسيسَ الرابطة اجتماعاتٌ تحضيرية عُقدت في برلين في "
                            "شباط/فبراير 2018 مع منظمات من المجتمع المدني السوري (المركز السوري "
                            "للإعلام وحرية التعبير، ومركز توثيق الانتهاكات) ومع هيئات دولية "
                            "(الآلية الدولية المحايدة والمستقلة التابعة للأمم المتحدة، واللجنة "
                            "الدولية لشؤون المفقودين، والمركز الأوروبي للحقوق الدستورية وحقوق "
                            "الإنسان، والفدرالية الدولية لحقوق الإنسان، والمؤسسة الأورومتوسطية "
                            "لدعم المدافعين عن حقوق الإنسان). وتأسّست الرابطة في <strong>7 "
                            "تموز/يوليو 2018</strong> منظمةً غير ربحية.</p>"
                        ),
                    ),
                    ("heading", "صور قيصر"),
                    (
                        "paragraph",
                        (
                            "<p>خرج من سوريا مع قيصر نحو 53 ألف صورة. وقد أحصى تقرير حقوقي صدر "
                            "عام 2015 بينها ما لا يقل عن 6786 شخصًا مختلفًا قضوا في الاحتجاز، "
                            "فيما تصل التقديرات العليا إلى نحو 11 ألفًا. وتفيد التقارير بأن أكثر "
                            "من 150 ألف شخص في عداد المفقودين في سوريا، وما زالت عائلاتهم تنتظر "
                            "إجابات.</p>"
                            "<p>تُظهر صور قيصر جثامين الضحايا. <strong>لا يعرض هذا الموقع هذه "
                            "الصور أبدًا.</strong> ولا تُنشر صفحة تذكارية إلا بموافقة عائلة "
                            "الضحية، مع صورة شخصية تختارها العائلة، أو من دون أي صورة.</p>"
                        ),
                    ),
                    ("heading", "أهدافنا"),
                    (
                        "paragraph",
                        (
                            "<ul><li>استعادة رفات الضحايا كي يُدفنوا بكرامة ووفق شعائر "
                            "عائلاتهم.</li>"
                            "<li>تقديم الدعم النفسي والقانوني لعائلات الضحايا.</li>"
                            "<li>حماية حقوق الضحايا وعائلاتهم، وإحياء ذكرى الضحايا وردّ الاعتبار "
                            "إليهم.</li>"
                            "<li>الضغط من أجل الإفراج عن المعتقلين والكشف عن مصير المختفين قسرًا "
                            "والمفقودين.</li>"
                            "<li>إنهاء الإفلات من العقاب عبر محكمة خاصة بجرائم الحرب والجرائم ضد "
                            "الإنسانية.</li>"
                            "<li>بناء مسار للعدالة الانتقالية يقوم على الإنصاف "
                            "والمساءلة.</li></ul>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "About us",
                "intro": (
                    "The Association of Caesar Families brings together the families of Syrian "
                    "detainees who died under torture in the prisons of the former Assad "
                    "government."
                ),
                "body": [
                    ("heading", "Who we are and how we began"),
                    (
                        "paragraph",
                        (
                            "<p>Our members are families who recognised a loved one among the "
                            "photographs that a military photographer, known by the code name "
                            "“Caesar”, smuggled out of Syria when he defected. We came together "
                            "to support one another and to seek truth and justice for our "
                            "relatives.</p>"
                            "<p>The association was prepared in meetings held in Berlin in "
                            "February 2018 with Syrian civil-society groups (the Syrian Centre "
                            "for Media and Freedom of Expression and the Violations Documentation "
                            "Centre) and with international bodies (the United Nations’ "
                            "International, Impartial and Independent Mechanism, the "
                            "International Commission on Missing Persons, the European Centre for "
                            "Constitutional and Human Rights, the International Federation for "
                            "Human Rights and the Euro-Mediterranean Foundation of Support to "
                            "Human Rights Defenders). It was founded on <strong>7 July "
                            "2018</strong> as a non-profit organisation.</p>"
                        ),
                    ),
                    ("heading", "The Caesar photographs"),
                    (
                        "paragraph",
                        (
                            "<p>About 53,000 photographs left Syria with Caesar. A human-rights "
                            "report published in 2015 counted among them at least 6,786 distinct "
                            "people who had died in custody; higher estimates put the number at "
                            "around 11,000. More than 150,000 people are reported missing in "
                            "Syria, and their families are still waiting for answers.</p>"
                            "<p>The Caesar photographs show the bodies of the dead. <strong>This "
                            "website never shows them.</strong> A memorial is published only with "
                            "the consent of the victim’s family, with a portrait the family has "
                            "chosen or with no picture at all.</p>"
                        ),
                    ),
                    ("heading", "Our aims"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Recover the remains of the victims, so that they can be "
                            "buried with dignity and according to their families’ rites.</li>"
                            "<li>Offer psychological and legal support to the families of the "
                            "victims.</li>"
                            "<li>Protect the rights of the victims and their families, keep the "
                            "memory of the victims alive and restore their dignity.</li>"
                            "<li>Press for the release of detainees and for the fate of the "
                            "disappeared and the missing to be disclosed.</li>"
                            "<li>End impunity through a special court for war crimes and crimes "
                            "against humanity.</li>"
                            "<li>Build a process of transitional justice founded on fairness and "
                            "accountability.</li></ul>"
                        ),
                    ),
                ],
            },
            "fr": {
                "title": "Qui sommes-nous\u00a0?",
                "intro": (
                    "L’Association des familles de César réunit les familles de détenus syriens "
                    "morts sous la torture dans les prisons de l’ancien régime Assad."
                ),
                "body": [
                    ("heading", "L’association et sa fondation"),
                    (
                        "paragraph",
                        (
                            "<p>Nos membres sont des familles qui ont reconnu un proche parmi les "
                            "photographies qu’un photographe militaire, connu sous le nom de code "
                            "«\u00a0César\u00a0», a fait sortir clandestinement de Syrie lors de "
                            "sa défection. Nous nous sommes réunis pour nous soutenir les uns les "
                            "autres et chercher ensemble la vérité et la justice pour nos "
                            "proches.</p>"
                            "<p>La fondation de l’association a été précédée de réunions "
                            "préparatoires à Berlin, en février 2018, avec des organisations de "
                            "la société civile syrienne (le Centre syrien pour les médias et la "
                            "liberté d’expression et le Centre de documentation des violations) "
                            "et avec des organismes internationaux (le Mécanisme international, "
                            "impartial et indépendant des Nations unies, la Commission "
                            "internationale pour les personnes disparues, le Centre européen pour "
                            "les droits constitutionnels et les droits humains, la Fédération "
                            "internationale pour les droits humains et la Fondation "
                            "euro-méditerranéenne de soutien aux défenseurs des droits de "
                            "l’homme). L’association a vu le jour le <strong>7 juillet "
                            "2018</strong>, sous la forme d’une organisation à but non "
                            "lucratif.</p>"
                        ),
                    ),
                    ("heading", "Les photographies de «\u00a0César\u00a0»"),
                    (
                        "paragraph",
                        (
                            "<p>Environ 53\u00a0000 photographies ont quitté la Syrie avec César. "
                            "Un rapport sur les droits humains publié en 2015 y a dénombré au "
                            "moins 6\u00a0786 personnes distinctes mortes en détention\u00a0; les "
                            "estimations les plus hautes avoisinent 11\u00a0000. Plus de "
                            "150\u00a0000 personnes sont portées disparues en Syrie, et leurs "
                            "familles attendent toujours des réponses.</p>"
                            "<p>Les photographies de César montrent les corps des défunts. "
                            "<strong>Ce site ne les montre jamais.</strong> Un mémorial n’est "
                            "publié qu’avec le consentement de la famille de la victime, avec un "
                            "portrait choisi par la famille ou sans aucune image.</p>"
                        ),
                    ),
                    ("heading", "Nos objectifs"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Retrouver les dépouilles des victimes, afin qu’elles soient "
                            "inhumées dignement et selon les rites de leurs familles.</li>"
                            "<li>Apporter un soutien psychologique et juridique aux familles des "
                            "victimes.</li>"
                            "<li>Protéger les droits des victimes et de leurs familles, "
                            "entretenir la mémoire des victimes et leur rendre leur dignité.</li>"
                            "<li>Obtenir la libération des détenus et la vérité sur le sort des "
                            "victimes de disparition forcée et des personnes disparues.</li>"
                            "<li>Mettre fin à l’impunité grâce à un tribunal spécial pour les "
                            "crimes de guerre et les crimes contre l’humanité.</li>"
                            "<li>Construire un processus de justice transitionnelle fondé sur "
                            "l’équité et l’obligation de rendre des comptes.</li></ul>"
                        ),
                    ),
                ],
            },
            "de": {
                "title": "Über uns",
                "intro": (
                    "Die Vereinigung der Caesar-Familien bringt die Familien syrischer Häftlinge "
                    "zusammen, die in den Gefängnissen des früheren Assad-Regimes unter Folter "
                    "gestorben sind."
                ),
                "body": [
                    ("heading", "Wer wir sind und wie alles begann"),
                    (
                        "paragraph",
                        (
                            "<p>Unsere Mitglieder sind Familien, die einen Angehörigen auf den "
                            "Fotos wiedererkannt haben, die ein Militärfotograf mit dem Decknamen "
                            "„Caesar“ bei seiner Desertion aus Syrien geschmuggelt hat. Wir haben "
                            "uns zusammengeschlossen, um einander beizustehen und gemeinsam "
                            "Wahrheit und Gerechtigkeit für unsere Angehörigen zu suchen.</p>"
                            "<p>Der Gründung gingen im Februar 2018 vorbereitende Treffen in "
                            "Berlin voraus, mit Gruppen der syrischen Zivilgesellschaft (dem "
                            "Syrischen Zentrum für Medien und Meinungsfreiheit und dem Violations "
                            "Documentation Center) und mit internationalen Organisationen (dem "
                            "Internationalen, unparteiischen und unabhängigen Mechanismus der "
                            "Vereinten Nationen, der Internationalen Kommission für vermisste "
                            "Personen, dem Europäischen Zentrum für Verfassungs- und "
                            "Menschenrechte, der Internationalen Föderation für Menschenrechte "
                            "und der Euro-Mediterranen Stiftung zur Unterstützung von "
                            "Menschenrechtsverteidigern). Die Vereinigung wurde am <strong>7. "
                            "Juli 2018</strong> als nicht gewinnorientierte Organisation "
                            "gegründet.</p>"
                        ),
                    ),
                    ("heading", "Die Caesar-Fotos"),
                    (
                        "paragraph",
                        (
                            "<p>Rund 53.000 Fotos gelangten mit Caesar aus Syrien. Ein "
                            "Menschenrechtsbericht aus dem Jahr 2015 zählte darauf mindestens "
                            "6.786 verschiedene Menschen, die in Haft gestorben waren; höhere "
                            "Schätzungen gehen von rund 11.000 aus. Mehr als 150.000 Menschen "
                            "gelten in Syrien als vermisst, und ihre Familien warten bis heute "
                            "auf Antworten.</p>"
                            "<p>Die Caesar-Fotos zeigen die Leichname der Toten. <strong>Diese "
                            "Website zeigt sie niemals.</strong> Eine Gedenkseite wird nur mit "
                            "Zustimmung der Familie des Opfers veröffentlicht, mit einem Porträt, "
                            "das die Familie ausgewählt hat, oder ganz ohne Bild.</p>"
                        ),
                    ),
                    ("heading", "Unsere Ziele"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Die sterblichen Überreste der Opfer bergen, damit sie in "
                            "Würde und nach den Riten ihrer Familien bestattet werden können.</li>"
                            "<li>Den Familien der Opfer psychologische und rechtliche "
                            "Unterstützung bieten.</li>"
                            "<li>Die Rechte der Opfer und ihrer Familien schützen, die Erinnerung "
                            "an die Opfer wachhalten und ihnen ihre Würde zurückgeben.</li>"
                            "<li>Auf die Freilassung der Inhaftierten drängen und darauf, dass "
                            "das Schicksal der Verschwundenen und Vermissten aufgeklärt wird.</li>"
                            "<li>Die Straflosigkeit beenden: mit einem Sondergericht für "
                            "Kriegsverbrechen und Verbrechen gegen die Menschlichkeit.</li>"
                            "<li>Einen Prozess der Übergangsjustiz aufbauen, der auf Fairness und "
                            "Rechenschaftspflicht beruht.</li></ul>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "support",
        "content": {
            "ar": {
                "title": "دعم العائلات",
                "intro": (
                    "إذا كان أحد أقاربكم قد اعتُقل أو اختفى أو ظهر في صور قيصر، فلستم وحدكم. "
                    "نقدّم للعائلات دعمًا نفسيًا وقانونيًا بسرّية."
                ),
                "body": [
                    ("heading", "الدعم النفسي والقانوني"),
                    (
                        "paragraph",
                        (
                            "<p>إن فقدان قريب في المعتقل، والعيش سنواتٍ من دون معرفة مصيره، "
                            "يتركان جراحًا عميقة. نصغي إلى العائلات، ونساعدها في الوصول إلى الدعم "
                            "النفسي.</p>"
                            "<p>ونساعد العائلات كذلك على فهم الخيارات القانونية المتاحة لها، "
                            "ومنها توثيق ما تعرّض له قريبها، وطلب معلومات عن مصير المفقودين، "
                            "والمشاركة في الجهود الرامية إلى تقديم المسؤولين إلى العدالة.</p>"
                        ),
                    ),
                    ("heading", "كيف تتواصلون معنا"),
                    (
                        "paragraph",
                        (
                            "<p>راسلونا على العنوان "
                            '<a href="mailto:contact@example.org">contact@example.org</a> '
                            "بالعربية أو الإنجليزية أو الفرنسية أو الألمانية. لا تشاركوا إلا ما "
                            "ترتاحون لمشاركته. سيردّ عليكم أحد أعضاء الرابطة، ويتّفق معكم على "
                            "طريقة آمنة لمتابعة التواصل. ونتعامل مع الرسائل المتعلقة بالمفقودين "
                            "بسرّية.</p>"
                        ),
                    ),
                    ("heading", "سلامتكم"),
                    (
                        "paragraph",
                        (
                            "<p>قد تتعرّض العائلات للانتقام والابتزاز، لذا نرجو مراعاة ما يلي:</p>"
                            "<ul><li>لا تنشروا علنًا أي تفاصيل عن قريبكم المعتقل أو المفقود، بما "
                            "في ذلك على وسائل التواصل الاجتماعي.</li>"
                            "<li><strong>لا تطلب الرابطة أي مال أبدًا</strong> مقابل معلومات عن "
                            "المفقودين.</li>"
                            "<li>احذروا كل من يَعِد بأخبار عن قريب لكم أو بالإفراج عنه مقابل "
                            "المال؛ فهذا ابتزاز. لا تدفعوا شيئًا، وأبلغونا بالأمر.</li>"
                            "<li>عند إرسال رسالة تأبين، تقرّرون أنتم الاسم الذي يظهر معها، إن "
                            "أردتم إظهار اسم. ولا تُنشر بيانات التواصل الخاصة بكم أبدًا.</li></ul>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Support for families",
                "intro": (
                    "If a relative of yours was detained, disappeared or appears in the Caesar "
                    "photographs, you are not alone. We offer families psychological and legal "
                    "support, in confidence."
                ),
                "body": [
                    ("heading", "Psychological and legal support"),
                    (
                        "paragraph",
                        (
                            "<p>Losing a relative in detention, and living for years without "
                            "knowing, leaves deep wounds. We listen to families and help them "
                            "find psychological support.</p>"
                            "<p>We also help families understand the legal options open to them: "
                            "documenting what happened to their relative, asking for information "
                            "about the fate of a missing person, or taking part in efforts to "
                            "bring those responsible to justice.</p>"
                        ),
                    ),
                    ("heading", "How to reach us"),
                    (
                        "paragraph",
                        (
                            "<p>Write to us at "
                            '<a href="mailto:contact@example.org">contact@example.org</a>, in '
                            "Arabic, English, French or German. Share only what you feel "
                            "comfortable sharing. A member of the association will reply and "
                            "agree with you on a safe way to continue. Messages about missing "
                            "persons are handled confidentially.</p>"
                        ),
                    ),
                    ("heading", "Your safety"),
                    (
                        "paragraph",
                        (
                            "<p>Families may be exposed to reprisals and extortion. Please keep "
                            "these rules in mind:</p>"
                            "<ul><li>Never share details about a detained or missing relative "
                            "publicly, including on social media.</li>"
                            "<li><strong>The association never asks for money</strong> in "
                            "exchange for information about the missing.</li>"
                            "<li>Be wary of anyone who promises news of a relative, or their "
                            "release, in return for payment. This is extortion: do not pay, and "
                            "let us know.</li>"
                            "<li>When you send a tribute, you decide which name, if any, appears "
                            "with it. Your contact details are never published.</li></ul>"
                        ),
                    ),
                ],
            },
            "fr": {
                "title": "Soutien aux familles",
                "intro": (
                    "Si l’un de vos proches a été détenu, a disparu ou figure sur les "
                    "photographies de César, vous n’êtes pas seuls. Nous offrons aux familles un "
                    "soutien psychologique et juridique, en toute confidentialité."
                ),
                "body": [
                    ("heading", "Soutien psychologique et juridique"),
                    (
                        "paragraph",
                        (
                            "<p>Perdre un proche en détention, et vivre des années sans savoir, "
                            "laisse des blessures profondes. Nous écoutons les familles et les "
                            "aidons à trouver un soutien psychologique.</p>"
                            "<p>Nous aidons aussi les familles à comprendre les voies juridiques "
                            "qui s’offrent à elles\u00a0: documenter ce qu’a subi leur proche, "
                            "demander des informations sur le sort d’une personne disparue ou "
                            "participer aux efforts pour traduire les responsables en justice.</p>"
                        ),
                    ),
                    ("heading", "Comment nous joindre"),
                    (
                        "paragraph",
                        (
                            "<p>Écrivez-nous à "
                            '<a href="mailto:contact@example.org">contact@example.org</a>, en '
                            "arabe, en anglais, en français ou en allemand. Ne partagez que ce "
                            "que vous êtes prêts à partager. Un membre de l’association vous "
                            "répondra et conviendra avec vous d’un moyen sûr de poursuivre "
                            "l’échange. Les messages concernant des personnes disparues sont "
                            "traités de manière confidentielle.</p>"
                        ),
                    ),
                    ("heading", "Votre sécurité"),
                    (
                        "paragraph",
                        (
                            "<p>Les familles peuvent être exposées à des représailles et à "
                            "l’extorsion. Merci de garder ces règles à l’esprit\u00a0:</p>"
                            "<ul><li>Ne publiez jamais de détails sur un proche détenu ou "
                            "disparu, y compris sur les réseaux sociaux.</li>"
                            "<li><strong>L’association ne demande jamais d’argent</strong> en "
                            "échange d’informations sur les disparus.</li>"
                            "<li>Méfiez-vous de quiconque promet des nouvelles d’un proche, ou sa "
                            "libération, contre paiement. C’est de l’extorsion\u00a0: ne payez "
                            "pas et prévenez-nous.</li>"
                            "<li>Lorsque vous envoyez un hommage, vous décidez quel nom "
                            "l’accompagne, le cas échéant. Vos coordonnées ne sont jamais "
                            "publiées.</li></ul>"
                        ),
                    ),
                ],
            },
            "de": {
                "title": "Unterstützung für Familien",
                "intro": (
                    "Wenn ein Angehöriger von Ihnen inhaftiert wurde, verschwunden ist oder auf "
                    "den Caesar-Fotos zu sehen ist, sind Sie nicht allein. Wir bieten Familien "
                    "vertraulich psychologische und rechtliche Unterstützung."
                ),
                "body": [
                    ("heading", "Psychologische und rechtliche Unterstützung"),
                    (
                        "paragraph",
                        (
                            "<p>Einen Angehörigen in Haft zu verlieren und jahrelang in "
                            "Ungewissheit zu leben, hinterlässt tiefe Wunden. Wir hören den "
                            "Familien zu und helfen ihnen, psychologische Unterstützung zu "
                            "finden.</p>"
                            "<p>Außerdem helfen wir Familien, ihre rechtlichen Möglichkeiten zu "
                            "verstehen: etwa zu dokumentieren, was ihrem Angehörigen widerfahren "
                            "ist, Auskunft über das Schicksal einer vermissten Person zu "
                            "verlangen oder sich an den Bemühungen zu beteiligen, die "
                            "Verantwortlichen vor Gericht zu bringen.</p>"
                        ),
                    ),
                    ("heading", "So erreichen Sie uns"),
                    (
                        "paragraph",
                        (
                            "<p>Schreiben Sie uns an "
                            '<a href="mailto:contact@example.org">contact@example.org</a>, auf '
                            "Arabisch, Englisch, Französisch oder Deutsch. Teilen Sie nur mit, "
                            "was Sie mitteilen möchten. Ein Mitglied der Vereinigung wird Ihnen "
                            "antworten und mit Ihnen einen sicheren Weg für den weiteren "
                            "Austausch vereinbaren. Nachrichten über vermisste Personen werden "
                            "vertraulich behandelt.</p>"
                        ),
                    ),
                    ("heading", "Ihre Sicherheit"),
                    (
                        "paragraph",
                        (
                            "<p>Familien können Repressalien und Erpressung ausgesetzt sein. "
                            "Bitte beachten Sie diese Regeln:</p>"
                            "<ul><li>Veröffentlichen Sie niemals Einzelheiten über einen "
                            "inhaftierten oder vermissten Angehörigen, auch nicht in sozialen "
                            "Netzwerken.</li>"
                            "<li><strong>Die Vereinigung verlangt niemals Geld</strong> für "
                            "Informationen über Vermisste.</li>"
                            "<li>Seien Sie misstrauisch gegenüber allen, die gegen Bezahlung "
                            "Nachrichten über einen Angehörigen oder seine Freilassung "
                            "versprechen. Das ist Erpressung: Zahlen Sie nicht und informieren "
                            "Sie uns.</li>"
                            "<li>Wenn Sie einen Gedenkbeitrag senden, entscheiden Sie selbst, "
                            "welcher Name dabei erscheint – wenn überhaupt einer. Ihre "
                            "Kontaktdaten werden niemals veröffentlicht.</li></ul>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "privacy",
        "content": {
            "ar": {
                "title": "سياسة الخصوصية",
                "intro": (
                    "تأتي خصوصية العائلات وسلامتها في المقام الأول. توضّح هذه الصفحة ما يحفظه "
                    "الموقع، ولماذا، وإلى متى."
                ),
                "body": [
                    ("heading", "ما الذي نحفظه"),
                    (
                        "paragraph",
                        (
                            "<p>لا نحفظ إلا ما يلزم لتشغيل هذا الموقع وللإشراف على ما يُرسَل "
                            "إلينا.</p>"
                            "<ul><li><strong>رسائل التأبين وطلبات إنشاء الصفحات "
                            "التذكارية</strong> يراجعها المشرفون لدينا قبل نشر أي شيء.</li>"
                            "<li><strong>البريد الإلكتروني للمرسِل</strong>، إن قدّمه، لا يُستخدم "
                            "إلا لإرسال إشعار واحد بشأن ما أرسله، ويُحذف بعد انتهاء المراجعة.</li>"
                            "<li><strong>التواقيع على العرائض</strong> لا تُحتسب إلا بعد أن يؤكّد "
                            "الموقِّع عنوان بريده الإلكتروني.</li></ul>"
                        ),
                    ),
                    ("heading", "ما لا نجمعه ولا ننشره أبدًا"),
                    (
                        "paragraph",
                        (
                            "<ul><li>لا ننشر أبدًا بيانات التواصل الخاصة بالعائلات.</li>"
                            "<li>لا نحفظ عناوين IP.</li>"
                            "<li>لا ننشر اسم من أرسل رسالة تأبين إلا إذا اختار اسمًا للعرض، ولا "
                            "ننشر أبدًا بيانات الموقع الجغرافي المخزّنة داخل الصور.</li>"
                            "<li>لا يحمّل الموقع أي أدوات تتبّع أو خطوط أو نصوص برمجية من أطراف "
                            "ثالثة، فلا تعلم أي خدمة تتبّع خارجية بالصفحات التي "
                            "تقرؤونها.</li></ul>"
                        ),
                    ),
                    ("heading", "الصفحات التذكارية وموافقة العائلات"),
                    (
                        "paragraph",
                        (
                            "<p>لا تُنشر صفحة تذكارية إلا بموافقة مسجّلة من عائلة الضحية، ولا "
                            "ننشر أبدًا اسم من أعطى هذه الموافقة. وتبقى سجلات الموافقة خاصة، ولا "
                            "يمكن الوصول إليها عبر أي رابط عام.</p>"
                            "<p>يحق للعائلة سحب موافقتها في أي وقت، وعندئذٍ تُزال الصفحة "
                            "التذكارية من كل مكان: بجميع اللغات، ومن القوائم ونتائج البحث "
                            "والخلاصات.</p>"
                        ),
                    ),
                    ("heading", "حقوقكم"),
                    (
                        "paragraph",
                        (
                            "<p>يحق لكم في أي وقت أن تطلبوا منا إطلاعكم على البيانات التي نحتفظ "
                            "بها عنكم، أو حذفها. راسلونا على العنوان "
                            '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Privacy policy",
                "intro": (
                    "The privacy and safety of families come first. This page explains what this "
                    "website stores, why, and for how long."
                ),
                "body": [
                    ("heading", "What we store"),
                    (
                        "paragraph",
                        (
                            "<p>We store only what is needed to run this website and to moderate "
                            "what people send us.</p>"
                            "<ul><li><strong>Tributes and memorial requests</strong> are reviewed "
                            "by our moderators before anything is published.</li>"
                            "<li><strong>The sender’s email address</strong>, if one is given, is "
                            "used only to send a single notice about the submission. It is "
                            "deleted once moderation is complete.</li>"
                            "<li><strong>Petition signatures</strong> are counted only once the "
                            "signer has confirmed their email address.</li></ul>"
                        ),
                    ),
                    ("heading", "What we never collect or publish"),
                    (
                        "paragraph",
                        (
                            "<ul><li>We never publish the contact details of families.</li>"
                            "<li>We do not store IP addresses.</li>"
                            "<li>We never publish who sent a tribute, unless they chose a display "
                            "name, and we never publish location data hidden in photographs.</li>"
                            "<li>This website loads no third-party trackers, fonts or scripts, so "
                            "no outside tracking service learns which pages you read.</li></ul>"
                        ),
                    ),
                    ("heading", "Memorials and the consent of families"),
                    (
                        "paragraph",
                        (
                            "<p>A memorial is published only with the recorded consent of the "
                            "victim’s family, and we never publish who gave that consent. Records "
                            "of consent are private and cannot be reached from any public "
                            "address.</p>"
                            "<p>A family may withdraw its consent at any time. The memorial is "
                            "then removed everywhere: in every language, and from lists, search "
                            "results and feeds.</p>"
                        ),
                    ),
                    ("heading", "Your rights"),
                    (
                        "paragraph",
                        (
                            "<p>You may ask us at any time to tell you what data we hold about "
                            "you, or to erase it. Write to "
                            '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        ),
                    ),
                ],
            },
            "fr": {
                "title": "Politique de confidentialité",
                "intro": (
                    "La vie privée et la sécurité des familles passent avant tout. Cette page "
                    "explique ce que ce site conserve, pourquoi et pour combien de temps."
                ),
                "body": [
                    ("heading", "Ce que nous conservons"),
                    (
                        "paragraph",
                        (
                            "<p>Nous ne conservons que ce qui est nécessaire au fonctionnement du "
                            "site et à la modération des contenus qui nous sont envoyés.</p>"
                            "<ul><li><strong>Les hommages et les demandes de mémorial</strong> "
                            "sont examinés par nos modérateurs avant toute publication.</li>"
                            "<li><strong>L’adresse électronique de l’expéditeur</strong>, si elle "
                            "est indiquée, ne sert qu’à envoyer un seul avis concernant l’envoi. "
                            "Elle est supprimée une fois la modération terminée.</li>"
                            "<li><strong>Les signatures de pétition</strong> ne sont comptées "
                            "qu’après confirmation de l’adresse électronique du "
                            "signataire.</li></ul>"
                        ),
                    ),
                    ("heading", "Ce que nous ne collectons ni ne publions jamais"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Les coordonnées des familles ne sont jamais publiées.</li>"
                            "<li>Nous ne conservons pas les adresses IP.</li>"
                            "<li>Nous ne publions jamais le nom de l’auteur d’un hommage, sauf "
                            "s’il a choisi un nom à afficher, ni les données de localisation "
                            "contenues dans les photographies.</li>"
                            "<li>Ce site ne charge aucun traceur, aucune police de caractères ni "
                            "aucun script de tiers\u00a0: aucun service de suivi extérieur ne "
                            "sait quelles pages vous lisez.</li></ul>"
                        ),
                    ),
                    ("heading", "Les mémoriaux et le consentement des familles"),
                    (
                        "paragraph",
                        (
                            "<p>Un mémorial n’est publié qu’avec le consentement enregistré de la "
                            "famille de la victime, et nous ne publions jamais qui a donné ce "
                            "consentement. Les preuves de consentement sont privées et ne sont "
                            "accessibles depuis aucune adresse publique.</p>"
                            "<p>Une famille peut retirer son consentement à tout moment. Le "
                            "mémorial est alors retiré partout\u00a0: dans toutes les langues, "
                            "ainsi que des listes, des résultats de recherche et des flux.</p>"
                        ),
                    ),
                    ("heading", "Vos droits"),
                    (
                        "paragraph",
                        (
                            "<p>Vous pouvez à tout moment nous demander de vous indiquer les "
                            "données que nous détenons à votre sujet, ou de les effacer. Écrivez "
                            'à <a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        ),
                    ),
                ],
            },
            "de": {
                "title": "Datenschutzerklärung",
                "intro": (
                    "Die Privatsphäre und die Sicherheit der Familien haben Vorrang. Diese Seite "
                    "erklärt, was diese Website speichert, warum und wie lange."
                ),
                "body": [
                    ("heading", "Was wir speichern"),
                    (
                        "paragraph",
                        (
                            "<p>Wir speichern nur, was für den Betrieb dieser Website und die "
                            "Moderation der an uns gesendeten Inhalte nötig ist.</p>"
                            "<ul><li><strong>Gedenkbeiträge und Anfragen für "
                            "Gedenkseiten</strong> werden von unseren Moderatorinnen und "
                            "Moderatoren geprüft, bevor etwas veröffentlicht wird.</li>"
                            "<li><strong>Die E-Mail-Adresse der Absenderin oder des "
                            "Absenders</strong> wird, falls angegeben, nur für eine einzige "
                            "Benachrichtigung zur Einsendung verwendet. Sie wird nach Abschluss "
                            "der Moderation gelöscht.</li>"
                            "<li><strong>Unterschriften unter Petitionen</strong> werden erst "
                            "gezählt, wenn die E-Mail-Adresse bestätigt wurde.</li></ul>"
                        ),
                    ),
                    ("heading", "Was wir niemals erheben oder veröffentlichen"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Kontaktdaten von Familien werden niemals veröffentlicht.</li>"
                            "<li>Wir speichern keine IP-Adressen.</li>"
                            "<li>Wer einen Gedenkbeitrag eingesandt hat, veröffentlichen wir nur, "
                            "wenn die Person einen Anzeigenamen gewählt hat. Standortdaten aus "
                            "Fotos veröffentlichen wir nie.</li>"
                            "<li>Diese Website lädt keine Tracker, Schriftarten oder Skripte von "
                            "Dritten. Kein externer Tracking-Dienst erfährt, welche Seiten Sie "
                            "lesen.</li></ul>"
                        ),
                    ),
                    ("heading", "Gedenkseiten und die Einwilligung der Familien"),
                    (
                        "paragraph",
                        (
                            "<p>Eine Gedenkseite wird nur mit der dokumentierten Einwilligung der "
                            "Familie des Opfers veröffentlicht, und wir veröffentlichen niemals, "
                            "wer diese Einwilligung gegeben hat. Die Einwilligungsnachweise sind "
                            "vertraulich und über keine öffentliche Adresse erreichbar.</p>"
                            "<p>Eine Familie kann ihre Einwilligung jederzeit widerrufen. Die "
                            "Gedenkseite wird dann überall entfernt: in allen Sprachen sowie aus "
                            "Übersichten, Suchergebnissen und Feeds.</p>"
                        ),
                    ),
                    ("heading", "Ihre Rechte"),
                    (
                        "paragraph",
                        (
                            "<p>Sie können uns jederzeit bitten, Ihnen mitzuteilen, welche Daten "
                            "wir über Sie gespeichert haben, oder diese zu löschen. Schreiben Sie "
                            "an "
                            '<a href="mailto:contact@example.org">contact@example.org</a>.</p>'
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "contact",
        "content": {
            "ar": {
                "title": "تواصلوا معنا",
                "intro": (
                    "يمكنكم التواصل مع الرابطة عبر البريد الإلكتروني، ونقرأ كل رسالة باهتمام."
                ),
                "body": [
                    ("heading", "راسلونا"),
                    (
                        "paragraph",
                        (
                            "<p>البريد الإلكتروني: "
                            '<a href="mailto:contact@example.org">contact@example.org</a></p>'
                            "<p>نرحّب برسائل العائلات والصحفيين والمحامين والمنظمات الشريكة، "
                            "بالعربية أو الإنجليزية أو الفرنسية أو الألمانية.</p>"
                        ),
                    ),
                    ("heading", "السرّية"),
                    (
                        "paragraph",
                        (
                            "<p>نتعامل مع الرسائل المتعلقة بالمفقودين بسرّية، ولا نشاركها مع أي "
                            "جهة دون موافقتكم. نرجو ألّا تنشروا مثل هذه المعلومات علنًا. ولن تطلب "
                            "منكم الرابطة مالًا أبدًا مقابل أي معلومات.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Contact",
                "intro": (
                    "You can reach the association by email. We read every message with care."
                ),
                "body": [
                    ("heading", "Write to us"),
                    (
                        "paragraph",
                        (
                            "<p>Email: "
                            '<a href="mailto:contact@example.org">contact@example.org</a></p>'
                            "<p>Families, journalists, lawyers and partner organisations are "
                            "welcome to write to us in Arabic, English, French or German.</p>"
                        ),
                    ),
                    ("heading", "Confidentiality"),
                    (
                        "paragraph",
                        (
                            "<p>Messages about missing persons are handled confidentially and are "
                            "not passed on without your agreement. Please do not post such "
                            "information publicly. The association will never ask you for money "
                            "in exchange for information.</p>"
                        ),
                    ),
                ],
            },
            "fr": {
                "title": "Contact",
                "intro": (
                    "Vous pouvez joindre l’association par courriel. Nous lisons chaque message "
                    "avec attention."
                ),
                "body": [
                    ("heading", "Nous écrire"),
                    (
                        "paragraph",
                        (
                            "<p>Courriel\u00a0: "
                            '<a href="mailto:contact@example.org">contact@example.org</a></p>'
                            "<p>Les familles, les journalistes, les avocats et les organisations "
                            "partenaires peuvent nous écrire en arabe, en anglais, en français ou "
                            "en allemand.</p>"
                        ),
                    ),
                    ("heading", "Confidentialité"),
                    (
                        "paragraph",
                        (
                            "<p>Les messages concernant des personnes disparues sont traités de "
                            "manière confidentielle et ne sont pas transmis sans votre accord. "
                            "Merci de ne pas publier ce type d’informations. L’association ne "
                            "vous demandera jamais d’argent en échange d’informations.</p>"
                        ),
                    ),
                ],
            },
            "de": {
                "title": "Kontakt",
                "intro": (
                    "Sie erreichen die Vereinigung per E-Mail. Wir lesen jede Nachricht mit "
                    "Sorgfalt."
                ),
                "body": [
                    ("heading", "Schreiben Sie uns"),
                    (
                        "paragraph",
                        (
                            "<p>E-Mail: "
                            '<a href="mailto:contact@example.org">contact@example.org</a></p>'
                            "<p>Familien, Journalistinnen und Journalisten, Anwältinnen und "
                            "Anwälte sowie Partnerorganisationen können uns auf Arabisch, "
                            "Englisch, Französisch oder Deutsch schreiben.</p>"
                        ),
                    ),
                    ("heading", "Vertraulichkeit"),
                    (
                        "paragraph",
                        (
                            "<p>Nachrichten über vermisste Personen werden vertraulich behandelt "
                            "und nicht ohne Ihr Einverständnis weitergegeben. Bitte "
                            "veröffentlichen Sie solche Informationen nicht. Die Vereinigung wird "
                            "Sie niemals um Geld für Informationen bitten.</p>"
                        ),
                    ),
                ],
            },
        },
    },
]

# Labels of the main menu, per language.
NAVIGATION_LABELS = {
    "ar": {
        "memorials": "الصفحات التذكارية",
        "news": "الأخبار",
        "campaigns": "الحملات",
        "about": "من نحن",
        "support": "دعم العائلات",
        "contact": "تواصلوا معنا",
    },
    "en": {
        "memorials": "Memorials",
        "news": "News",
        "campaigns": "Campaigns",
        "about": "About us",
        "support": "Support for families",
        "contact": "Contact",
    },
    "fr": {
        "memorials": "Mémoriaux",
        "news": "Actualités",
        "campaigns": "Campagnes",
        "about": "Qui sommes-nous\u00a0?",
        "support": "Soutien aux familles",
        "contact": "Contact",
    },
    "de": {
        "memorials": "Gedenkseiten",
        "news": "Aktuelles",
        "campaigns": "Kampagnen",
        "about": "Über uns",
        "support": "Unterstützung für Familien",
        "contact": "Kontakt",
    },
}

# Organisation name and tagline, per language.
SITE_SETTINGS = {
    "ar": {
        "organisation_name": "رابطة عائلات قيصر",
        "tagline": "الحقيقة والكرامة والعدالة لضحايا الاعتقال في سوريا",
    },
    "en": {
        "organisation_name": "Association of Caesar Families",
        "tagline": "Truth, dignity and justice for the victims of detention in Syria",
    },
    "fr": {
        "organisation_name": "Association des familles de César",
        "tagline": "Vérité, dignité et justice pour les victimes de la détention en Syrie",
    },
    "de": {
        "organisation_name": "Vereinigung der Caesar-Familien",
        "tagline": "Wahrheit, Würde und Gerechtigkeit für die Opfer der Haft in Syrien",
    },
}
