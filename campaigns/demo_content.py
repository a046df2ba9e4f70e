"""Demo campaigns in four languages, written for this project from the association's aims
in the brief. No quotes and no words put in anyone's mouth: the letters are drafts that a
visitor sends, if they wish, in their own name."""

NBSP = "\u00a0"

INDEX = {
    "en": {
        "title": "Campaigns",
        "intro": (
            "The families campaign for the truth about the missing, the return of their remains "
            "and justice. Sign, write to those who decide, and share."
        ),
    },
    "ar": {
        "title": "الحملات",
        "slug": "campaigns",
        "intro": (
            "تناضل العائلات من أجل معرفة الحقيقة عن المفقودين، واستعادة رفاتهم، وتحقيق العدالة. "
            "وقّعوا، واكتبوا إلى أصحاب القرار، وانشروا الحملات."
        ),
    },
    "fr": {
        "title": "Campagnes",
        "slug": "campagnes",
        "intro": (
            "Les familles se mobilisent pour la vérité sur les disparus, la restitution de leurs "
            "dépouilles et la justice. Signez, écrivez aux décideurs et partagez."
        ),
    },
    "de": {
        "title": "Kampagnen",
        "slug": "kampagnen",
        "intro": (
            "Die Familien setzen sich für die Wahrheit über die Verschwundenen, die Rückgabe "
            "ihrer sterblichen Überreste und Gerechtigkeit ein. Unterschreiben Sie, schreiben "
            "Sie an Entscheidungsträger und teilen Sie."
        ),
    },
}

# Each campaign: its settings, then per language the page text and the calls to action.
CAMPAIGNS = [
    {
        "slug": "truth-about-the-missing",
        "featured": True,
        "goal": 10000,
        "text": {
            "en": {
                "title": "The truth about the missing, and the return of their remains",
                "demand": (
                    "Open the records of the detention centres, tell every family what happened "
                    "to their relative, and return the remains of the dead so that they can be "
                    "buried with dignity."
                ),
                "body": [
                    "More than 150,000 people are reported missing in Syria. Behind each number "
                    "is a family that still does not know whether their relative is alive, where "
                    "they died, or where they are buried.",
                    "Many of our families recognised their sons, brothers and fathers among the "
                    "photographs smuggled out of Syria by the military photographer known as "
                    "“Caesar”. Recognition did not end their search: they still have no death "
                    "certificate they can trust, no grave and no answer.",
                    "We ask the authorities in Syria, and the states that support the search for "
                    "the missing, to open the records of the prisons and detention centres, to "
                    "protect mass grave sites, and to identify the remains with the families’ "
                    "consent, so that every victim can be buried with dignity and according to "
                    "their family’s rites.",
                ],
                "petition": (
                    "Add your name to the families’ demand. We will present the signatures to the "
                    "governments and international bodies that work on the missing."
                ),
                "recipient": "your country’s Minister of Foreign Affairs",
                "subject": "Support the search for Syria’s missing and the return of their remains",
                "letter": (
                    "Dear Minister,\n\n"
                    "More than 150,000 people are reported missing in Syria. Their families, "
                    "among them families who recognised their relatives in the Caesar "
                    "photographs, still do not know what happened to them or where they lie.\n\n"
                    "I ask you to use the voice of our country so that:\n"
                    "- the records of Syria’s prisons and detention centres are opened and "
                    "preserved;\n"
                    "- mass grave sites are protected and investigated to international "
                    "standards;\n"
                    "- remains are identified with the consent of the families and returned to "
                    "them for a dignified burial;\n"
                    "- the international bodies that search for missing persons receive the "
                    "political and financial support they need.\n\n"
                    "The families have waited long enough for the truth.\n\n"
                    "Yours sincerely,\n"
                    "[Your name]"
                ),
                "share": (
                    "The families of Syria’s missing ask for the truth and for the remains of "
                    "their loved ones. Sign with them:"
                ),
            },
            "ar": {
                "title": "الحقيقة عن المفقودين واستعادة رفاتهم",
                "demand": (
                    "افتحوا سجلات مراكز الاحتجاز، وأخبروا كل عائلة بمصير فقيدها، وأعيدوا رفات "
                    "الضحايا كي يُدفنوا بكرامة."
                ),
                "body": [
                    "يُقدَّر عدد المفقودين في سوريا بأكثر من 150 ألف شخص. وخلف كل رقم عائلةٌ ما "
                    "زالت لا تعرف إن كان قريبها حيًّا، أو أين مات، أو أين دُفن.",
                    "تعرّفت كثير من عائلاتنا على أبنائها وإخوتها وآبائها بين الصور التي هرّبها من "
                    "سوريا المصوّر العسكري المعروف باسم «قيصر». لكن التعرّف لم يُنهِ البحث: فما "
                    "زالت العائلات بلا شهادة وفاة موثوقة، وبلا قبر، وبلا جواب.",
                    "نطالب السلطات في سوريا والدولَ الداعمة للبحث عن المفقودين بفتح سجلات السجون "
                    "ومراكز الاحتجاز، وحماية مواقع المقابر الجماعية، والتعرّف على الرفات بموافقة "
                    "العائلات، كي يُدفن كل ضحية بكرامة ووفق شعائر عائلته.",
                ],
                "petition": (
                    "أضيفوا أسماءكم إلى مطلب العائلات. سنقدّم التواقيع إلى الحكومات والهيئات "
                    "الدولية المعنية بملف المفقودين."
                ),
                "recipient": "وزير خارجية بلدكم",
                "subject": "ادعموا البحث عن المفقودين في سوريا وإعادة رفاتهم",
                "letter": (
                    "السيد الوزير / السيدة الوزيرة،\n\n"
                    "يُقدَّر عدد المفقودين في سوريا بأكثر من 150 ألف شخص. وما زالت عائلاتهم، ومنها "
                    "عائلات تعرّفت على أحبّتها في صور قيصر، لا تعرف ما حلّ بهم ولا أين يرقدون.\n\n"
                    "أطلب منكم أن تستخدموا صوت بلدنا من أجل:\n"
                    "- فتح سجلات السجون ومراكز الاحتجاز في سوريا وحفظها؛\n"
                    "- حماية مواقع المقابر الجماعية والتحقيق فيها وفق المعايير الدولية؛\n"
                    "- التعرّف على الرفات بموافقة العائلات وإعادتها إليها لدفنها بكرامة؛\n"
                    "- تقديم الدعم السياسي والمالي اللازم للهيئات الدولية التي تبحث عن "
                    "المفقودين.\n\n"
                    "لقد انتظرت العائلات الحقيقة طويلًا بما يكفي.\n\n"
                    "مع فائق الاحترام،\n"
                    "[اسمكم]"
                ),
                "share": (
                    "عائلات المفقودين في سوريا تطالب بالحقيقة وباستعادة رفات أحبّتها. وقّعوا معها:"
                ),
            },
            "fr": {
                "title": "La vérité sur les disparus et la restitution de leurs dépouilles",
                "demand": (
                    "Ouvrez les registres des centres de détention, dites à chaque famille ce "
                    "qu’il est advenu de son proche et restituez les dépouilles des victimes pour "
                    "qu’elles soient inhumées dignement."
                ),
                "body": [
                    f"Plus de 150{NBSP}000 personnes sont portées disparues en Syrie. Derrière "
                    "chaque chiffre, il y a une famille qui ignore encore si son proche est "
                    "vivant, où il est mort et où il est enterré.",
                    "Beaucoup de nos familles ont reconnu leurs fils, leurs frères et leurs pères "
                    "sur les photographies sorties clandestinement de Syrie par le photographe "
                    f"militaire connu sous le nom de «{NBSP}César{NBSP}». Les reconnaître n’a pas "
                    f"mis fin à leur recherche{NBSP}: elles n’ont toujours ni acte de décès "
                    "fiable, ni tombe, ni réponse.",
                    "Nous demandons aux autorités syriennes et aux États qui soutiennent la "
                    "recherche des disparus d’ouvrir les registres des prisons et des centres de "
                    "détention, de protéger les sites de fosses communes et d’identifier les "
                    "dépouilles avec l’accord des familles, afin que chaque victime soit inhumée "
                    "dignement, selon les rites de sa famille.",
                ],
                "petition": (
                    "Joignez votre nom à la demande des familles. Nous remettrons les signatures "
                    "aux gouvernements et aux organismes internationaux qui travaillent sur les "
                    "disparitions."
                ),
                "recipient": "la ou le ministre des Affaires étrangères de votre pays",
                "subject": (
                    "Soutenez la recherche des disparus de Syrie et la restitution de leurs "
                    "dépouilles"
                ),
                "letter": (
                    "Madame la Ministre, Monsieur le Ministre,\n\n"
                    f"Plus de 150{NBSP}000 personnes sont portées disparues en Syrie. Leurs "
                    "familles, dont certaines ont reconnu leurs proches sur les photographies de "
                    f"«{NBSP}César{NBSP}», ne savent toujours pas ce qu’il leur est arrivé ni où "
                    "ils reposent.\n\n"
                    f"Je vous demande de faire entendre la voix de notre pays pour que{NBSP}:\n"
                    "- les registres des prisons et des centres de détention syriens soient "
                    f"ouverts et préservés{NBSP};\n"
                    "- les sites de fosses communes soient protégés et examinés selon les normes "
                    f"internationales{NBSP};\n"
                    "- les dépouilles soient identifiées avec l’accord des familles et leur "
                    f"soient restituées pour une inhumation digne{NBSP};\n"
                    "- les organismes internationaux qui recherchent les personnes disparues "
                    "reçoivent le soutien politique et financier dont ils ont besoin.\n\n"
                    "Les familles attendent la vérité depuis trop longtemps.\n\n"
                    "Veuillez agréer, Madame la Ministre, Monsieur le Ministre, l’expression de "
                    "ma haute considération.\n\n"
                    "[Votre nom]"
                ),
                "share": (
                    "Les familles des disparus de Syrie demandent la vérité et les dépouilles de "
                    f"leurs proches. Signez avec elles{NBSP}:"
                ),
            },
            "de": {
                "title": (
                    "Die Wahrheit über die Verschwundenen und die Rückgabe ihrer sterblichen "
                    "Überreste"
                ),
                "demand": (
                    "Öffnet die Akten der Haftanstalten, sagt jeder Familie, was mit ihrem "
                    "Angehörigen geschehen ist, und gebt die sterblichen Überreste der Opfer "
                    "zurück, damit sie in Würde bestattet werden können."
                ),
                "body": [
                    "Mehr als 150.000 Menschen gelten in Syrien als vermisst. Hinter jeder Zahl "
                    "steht eine Familie, die noch immer nicht weiß, ob ihr Angehöriger lebt, wo "
                    "er gestorben ist und wo er begraben liegt.",
                    "Viele unserer Familien haben ihre Söhne, Brüder und Väter auf den Fotos "
                    "erkannt, die der als „Caesar“ bekannte Militärfotograf aus Syrien "
                    "geschmuggelt hat. Damit war ihre Suche nicht zu Ende: Sie haben bis heute "
                    "keine verlässliche Sterbeurkunde, kein Grab und keine Antwort.",
                    "Wir fordern die Behörden in Syrien und die Staaten, die die Suche nach "
                    "Vermissten unterstützen, auf, die Akten der Gefängnisse und Haftanstalten "
                    "zu öffnen, Massengräber zu schützen und die sterblichen Überreste mit "
                    "Zustimmung der Familien zu identifizieren, damit jedes Opfer in Würde und "
                    "nach den Riten seiner Familie bestattet werden kann.",
                ],
                "petition": (
                    "Setzen Sie Ihren Namen unter die Forderung der Familien. Wir übergeben die "
                    "Unterschriften den Regierungen und internationalen Stellen, die sich mit "
                    "dem Schicksal der Vermissten befassen."
                ),
                "recipient": "die Außenministerin oder den Außenminister Ihres Landes",
                "subject": (
                    "Unterstützen Sie die Suche nach den Vermissten Syriens und die Rückgabe "
                    "ihrer sterblichen Überreste"
                ),
                "letter": (
                    "Sehr geehrte Frau Ministerin, sehr geehrter Herr Minister,\n\n"
                    "mehr als 150.000 Menschen gelten in Syrien als vermisst. Ihre Familien, "
                    "darunter jene, die ihre Angehörigen auf den „Caesar“-Fotos erkannt haben, "
                    "wissen noch immer nicht, was mit ihnen geschehen ist und wo sie liegen.\n\n"
                    "Ich bitte Sie, die Stimme unseres Landes dafür einzusetzen, dass\n"
                    "- die Akten der syrischen Gefängnisse und Haftanstalten geöffnet und "
                    "gesichert werden;\n"
                    "- Massengräber geschützt und nach internationalen Standards untersucht "
                    "werden;\n"
                    "- sterbliche Überreste mit Zustimmung der Familien identifiziert und ihnen "
                    "für eine würdige Bestattung übergeben werden;\n"
                    "- die internationalen Stellen, die nach Vermissten suchen, die politische "
                    "und finanzielle Unterstützung erhalten, die sie brauchen.\n\n"
                    "Die Familien warten schon viel zu lange auf die Wahrheit.\n\n"
                    "Mit freundlichen Grüßen\n"
                    "[Ihr Name]"
                ),
                "share": (
                    "Die Familien der Verschwundenen in Syrien fordern die Wahrheit und die "
                    "sterblichen Überreste ihrer Angehörigen. Unterschreiben Sie mit ihnen:"
                ),
            },
        },
    },
    {
        "slug": "special-tribunal",
        "featured": False,
        "goal": 5000,
        "text": {
            "en": {
                "title": "A special tribunal for crimes against humanity in Syria",
                "demand": (
                    "Establish a special court to try those responsible for torture, enforced "
                    "disappearance and death in Syria’s detention centres."
                ),
                "body": [
                    "Thousands of detainees died under torture in the prisons of the former "
                    "government. The photographs smuggled out of Syria document at least 6,786 "
                    "people who died in custody. Almost none of those responsible has faced a "
                    "judge.",
                    "Trials held before European courts under universal jurisdiction have shown "
                    "that justice is possible. They remain rare, however, and reach only the "
                    "few suspects who live in those countries.",
                    "We ask for a special tribunal with the mandate, the means and the "
                    "independence to try the war crimes and crimes against humanity committed "
                    "in Syria, with the participation of victims and their families, as part of "
                    "a transitional-justice process built on fairness and accountability.",
                ],
                "petition": (
                    "Sign to support a special tribunal. The signatures will accompany the "
                    "association’s delegations when they meet governments and international "
                    "institutions."
                ),
                "recipient": "your member of parliament",
                "subject": "Support a special tribunal for the crimes committed in Syria",
                "letter": (
                    "Dear Member of Parliament,\n\n"
                    "Thousands of people died under torture in Syria’s detention centres. Their "
                    "families have documented their deaths, and some have recognised their "
                    "relatives in the photographs smuggled out of the country. Yet those "
                    "responsible remain unpunished.\n\n"
                    "I ask you to support, in parliament and with the government, the creation "
                    "of a special tribunal for the war crimes and crimes against humanity "
                    "committed in Syria, and to make sure that victims and their families can "
                    "take part in its work.\n\n"
                    "Justice for the dead is also protection for the living.\n\n"
                    "Yours sincerely,\n"
                    "[Your name]"
                ),
                "share": (
                    "Families of Syrian detainees who died under torture call for a special "
                    "tribunal. Sign with them:"
                ),
            },
            "ar": {
                "title": "محكمة خاصة للجرائم ضد الإنسانية في سوريا",
                "demand": (
                    "أنشئوا محكمة خاصة تحاكم المسؤولين عن التعذيب والإخفاء القسري والموت في مراكز "
                    "الاحتجاز السورية."
                ),
                "body": [
                    "قضى آلاف المعتقلين تحت التعذيب في سجون النظام السابق. وتوثّق الصور التي "
                    "هُرّبت من سوريا ما لا يقل عن 6786 شخصًا ماتوا في الاحتجاز. ولم يمثل أمام "
                    "القضاء أحدٌ تقريبًا من المسؤولين عن ذلك.",
                    "أثبتت المحاكمات التي جرت أمام محاكم أوروبية بموجب الولاية القضائية العالمية "
                    "أن العدالة ممكنة. غير أنها تبقى نادرة، ولا تطال إلا قلة من المشتبه بهم "
                    "المقيمين في تلك البلدان.",
                    "نطالب بمحكمة خاصة تملك الولاية والوسائل والاستقلالية لمحاكمة جرائم الحرب "
                    "والجرائم ضد الإنسانية المرتكبة في سوريا، بمشاركة الضحايا وعائلاتهم، في إطار "
                    "مسار للعدالة الانتقالية يقوم على الإنصاف والمساءلة.",
                ],
                "petition": (
                    "وقّعوا دعمًا لإنشاء محكمة خاصة. سترافق التواقيع وفود الرابطة في لقاءاتها مع "
                    "الحكومات والمؤسسات الدولية."
                ),
                "recipient": "نائبكم في البرلمان",
                "subject": "ادعموا إنشاء محكمة خاصة للجرائم المرتكبة في سوريا",
                "letter": (
                    "حضرة النائب المحترم / حضرة النائبة المحترمة،\n\n"
                    "قضى آلاف الأشخاص تحت التعذيب في مراكز الاحتجاز السورية. وقد وثّقت عائلاتهم "
                    "وفاتهم، وتعرّف بعضها على أحبّته في الصور التي هُرّبت من البلاد. ومع ذلك ما "
                    "زال المسؤولون بلا عقاب.\n\n"
                    "أطلب منكم أن تدعموا، في البرلمان ولدى الحكومة، إنشاء محكمة خاصة لجرائم الحرب "
                    "والجرائم ضد الإنسانية المرتكبة في سوريا، وأن تضمنوا مشاركة الضحايا وعائلاتهم "
                    "في عملها.\n\n"
                    "إن العدالة للموتى حمايةٌ للأحياء أيضًا.\n\n"
                    "مع فائق الاحترام،\n"
                    "[اسمكم]"
                ),
                "share": "عائلات معتقلين سوريين قضوا تحت التعذيب تطالب بمحكمة خاصة. وقّعوا معها:",
            },
            "fr": {
                "title": "Un tribunal spécial pour les crimes contre l’humanité commis en Syrie",
                "demand": (
                    "Créez un tribunal spécial pour juger les responsables de la torture, des "
                    "disparitions forcées et des morts dans les centres de détention syriens."
                ),
                "body": [
                    "Des milliers de détenus sont morts sous la torture dans les prisons de "
                    "l’ancien régime. Les photographies sorties de Syrie documentent au moins "
                    "6\u202f786 personnes mortes en détention. Presque aucun des responsables n’a "
                    "été jugé.",
                    "Les procès tenus devant des tribunaux européens au titre de la compétence "
                    "universelle ont montré que la justice est possible. Ils restent pourtant "
                    "rares et n’atteignent que les quelques suspects qui vivent dans ces pays.",
                    "Nous demandons un tribunal spécial doté du mandat, des moyens et de "
                    "l’indépendance nécessaires pour juger les crimes de guerre et les crimes "
                    "contre l’humanité commis en Syrie, avec la participation des victimes et "
                    "de leurs familles, dans le cadre d’une justice transitionnelle fondée sur "
                    "l’équité et la responsabilité.",
                ],
                "petition": (
                    "Signez pour soutenir un tribunal spécial. Les signatures accompagneront les "
                    "délégations de l’association lors de leurs rencontres avec les "
                    "gouvernements et les institutions internationales."
                ),
                "recipient": "votre députée ou votre député",
                "subject": "Soutenez un tribunal spécial pour les crimes commis en Syrie",
                "letter": (
                    "Madame la Députée, Monsieur le Député,\n\n"
                    "Des milliers de personnes sont mortes sous la torture dans les centres de "
                    "détention syriens. Leurs familles ont documenté leur mort, et certaines ont "
                    "reconnu leurs proches sur les photographies sorties clandestinement du "
                    "pays. Pourtant, les responsables restent impunis.\n\n"
                    "Je vous demande de soutenir, au Parlement et auprès du gouvernement, la "
                    "création d’un tribunal spécial pour les crimes de guerre et les crimes "
                    "contre l’humanité commis en Syrie, et de veiller à ce que les victimes et "
                    "leurs familles puissent participer à ses travaux.\n\n"
                    "Rendre justice aux morts, c’est aussi protéger les vivants.\n\n"
                    "Veuillez agréer, Madame la Députée, Monsieur le Député, l’expression de mes "
                    "salutations distinguées.\n\n"
                    "[Votre nom]"
                ),
                "share": (
                    "Des familles de détenus syriens morts sous la torture demandent un tribunal "
                    f"spécial. Signez avec elles{NBSP}:"
                ),
            },
            "de": {
                "title": "Ein Sondertribunal für Verbrechen gegen die Menschlichkeit in Syrien",
                "demand": (
                    "Richtet ein Sondergericht ein, das die Verantwortlichen für Folter, "
                    "Verschwindenlassen und Tod in den syrischen Haftanstalten zur Rechenschaft "
                    "zieht."
                ),
                "body": [
                    "Tausende Gefangene sind in den Gefängnissen der früheren Regierung unter "
                    "Folter gestorben. Die aus Syrien geschmuggelten Fotos dokumentieren "
                    "mindestens 6.786 Menschen, die in Haft ums Leben kamen. Kaum einer der "
                    "Verantwortlichen stand je vor Gericht.",
                    "Prozesse vor europäischen Gerichten nach dem Weltrechtsprinzip haben "
                    "gezeigt, dass Gerechtigkeit möglich ist. Sie bleiben jedoch selten und "
                    "erreichen nur die wenigen Verdächtigen, die in diesen Ländern leben.",
                    "Wir fordern ein Sondertribunal mit dem Mandat, den Mitteln und der "
                    "Unabhängigkeit, die in Syrien begangenen Kriegsverbrechen und Verbrechen "
                    "gegen die Menschlichkeit zu verhandeln, unter Beteiligung der Opfer und "
                    "ihrer Familien und als Teil einer Übergangsjustiz, die auf Fairness und "
                    "Rechenschaft beruht.",
                ],
                "petition": (
                    "Unterschreiben Sie für ein Sondertribunal. Die Unterschriften begleiten die "
                    "Delegationen des Vereins bei ihren Gesprächen mit Regierungen und "
                    "internationalen Institutionen."
                ),
                "recipient": "Ihre Abgeordnete oder Ihren Abgeordneten",
                "subject": (
                    "Unterstützen Sie ein Sondertribunal für die in Syrien begangenen Verbrechen"
                ),
                "letter": (
                    "Sehr geehrte Abgeordnete, sehr geehrter Abgeordneter,\n\n"
                    "Tausende Menschen sind in syrischen Haftanstalten unter Folter gestorben. "
                    "Ihre Familien haben ihren Tod dokumentiert, und einige haben ihre "
                    "Angehörigen auf den aus dem Land geschmuggelten Fotos erkannt. Dennoch "
                    "bleiben die Verantwortlichen straflos.\n\n"
                    "Ich bitte Sie, sich im Parlament und gegenüber der Regierung für ein "
                    "Sondertribunal für die in Syrien begangenen Kriegsverbrechen und Verbrechen "
                    "gegen die Menschlichkeit einzusetzen und dafür zu sorgen, dass die Opfer und "
                    "ihre Familien sich an seiner Arbeit beteiligen können.\n\n"
                    "Gerechtigkeit für die Toten schützt auch die Lebenden.\n\n"
                    "Mit freundlichen Grüßen\n"
                    "[Ihr Name]"
                ),
                "share": (
                    "Familien syrischer Häftlinge, die unter Folter starben, fordern ein "
                    "Sondertribunal. Unterschreiben Sie mit ihnen:"
                ),
            },
        },
    },
]
