"""Site-wide texts: the shared site texts ("Treści wspólne witryny": organisation, footer,
EU funds, information clause) and the cookie banner."""

from ..text import T

SITE = {
    "organisation": T(
        "Fundacja „Wspólna Praca”", "Wspólna Praca Foundation", "Фонд «Wspólna Praca»"
    ),
    "address": T(
        "ul. Przykładowa 12, 00-950 Warszawa",
        "ul. Przykładowa 12, 00-950 Warsaw, Poland",
        "ul. Przykładowa 12, 00-950 Warszawa, Польща",
    ),
    "phone": "+48 22 123 45 67",
    "email": "kontakt@example.org",
    "eu_funds_statement": T(
        "Portal jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu "
        "Społecznego Plus w ramach programu Fundusze Europejskie dla Rozwoju Społecznego "
        "2021–2027.",
        "The portal is co-financed by the European Union through the European Social Fund Plus "
        "under the European Funds for Social Development Programme 2021–2027.",
        "Портал співфінансується Європейським Союзом з коштів Європейського соціального фонду+ у "
        "межах програми «Європейські фонди для соціального розвитку 2021–2027».",
    ),
    "registration_privacy_notice": T(
        "Administratorem Twoich danych jest Fundacja „Wspólna Praca”, ul. Przykładowa 12, "
        "00-950 Warszawa, e-mail: kontakt@example.org. Przetwarzamy je, aby przyjąć Twój zapis, "
        "zorganizować spotkanie i kontaktować się w jego sprawie (art. 6 ust. 1 lit. a RODO), "
        "a informacje o potrzebach dostępności – wyłącznie na podstawie Twojej wyraźnej zgody "
        "(art. 9 ust. 2 lit. a RODO).\n\n"
        "Dane widzą tylko organizatorzy spotkania. Informacje o potrzebach usuwamy dzień po "
        "spotkaniu, pozostałe dane – 180 dni po nim. Masz prawo dostępu do danych, ich "
        "sprostowania, usunięcia, ograniczenia przetwarzania, cofnięcia zgody w każdej chwili "
        "(link w e-mailu z potwierdzeniem) i skargi do Prezesa UODO.",
        "The controller of your data is the Wspólna Praca Foundation, ul. Przykładowa 12, "
        "00-950 Warsaw, email: kontakt@example.org. We process it to take your registration, "
        "organise the meeting and contact you about it (Article 6(1)(a) GDPR), and information "
        "about accessibility needs only with your explicit consent (Article 9(2)(a) GDPR).\n\n"
        "Only the meeting's organisers see the data. We delete accessibility needs the day "
        "after the meeting and the rest 180 days after it. You have the right to access, "
        "rectify and erase your data, to restrict processing, to withdraw consent at any time "
        "(link in the confirmation email) and to complain to the President of the Personal "
        "Data Protection Office (UODO).",
        "Контролер ваших даних – Фонд «Wspólna Praca», ul. Przykładowa 12, 00-950 Warszawa, "
        "e-mail: kontakt@example.org. Ми обробляємо їх, щоб прийняти вашу реєстрацію, організувати "
        "зустріч і зв’язуватися з вами щодо неї (стаття 6(1)(a) GDPR), а інформацію про потреби "
        "доступності – лише на підставі вашої явної згоди (стаття 9(2)(a) GDPR).\n\n"
        "Дані бачать лише організатори зустрічі. Інформацію про потреби ми видаляємо наступного "
        "дня після зустрічі, інші дані – через 180 днів після неї. Ви маєте право на доступ до "
        "даних, їх виправлення, видалення та обмеження обробки, право будь-коли відкликати згоду "
        "(посилання в листі з підтвердженням) і право подати скаргу Голові Управління із захисту "
        "персональних даних (UODO).",
    ),
    "training_privacy_notice": T(
        "Administratorem Twoich danych jest Fundacja „Wspólna Praca”, ul. Przykładowa 12, "
        "00-950 Warszawa, e-mail: kontakt@example.org. Przetwarzamy je, aby rozpatrzyć Twoje "
        "zgłoszenie, zorganizować szkolenie i kontaktować się w jego sprawie (art. 6 ust. 1 "
        "lit. a RODO), a informacje o potrzebach dostępności – wyłącznie na podstawie Twojej "
        "wyraźnej zgody (art. 9 ust. 2 lit. a RODO).\n\n"
        "Dane widzą organizatorzy szkolenia i koordynator Twojej organizacji partnerskiej. "
        "Informacje o potrzebach usuwamy dzień po szkoleniu (albo od razu po odrzuceniu lub "
        "wycofaniu zgłoszenia), pozostałe dane – 180 dni po szkoleniu. Masz prawo dostępu do "
        "danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, cofnięcia zgody "
        "w każdej chwili (link w e-mailu z potwierdzeniem) i skargi do Prezesa UODO.",
        "The controller of your data is the Wspólna Praca Foundation, ul. Przykładowa 12, "
        "00-950 Warsaw, email: kontakt@example.org. We process it to consider your "
        "application, organise the training and contact you about it (Article 6(1)(a) GDPR), "
        "and information about accessibility needs only with your explicit consent (Article "
        "9(2)(a) GDPR).\n\n"
        "The training's organisers and your partner organisation's coordinator see the data. "
        "We delete accessibility needs the day after the training (or as soon as the "
        "application is declined or withdrawn) and the rest 180 days after the training. You "
        "have the right to access, rectify and erase your data, to restrict processing, to "
        "withdraw consent at any time (link in the confirmation email) and to complain to the "
        "President of the Personal Data Protection Office (UODO).",
        "Контролер ваших даних – Фонд «Wspólna Praca», ul. Przykładowa 12, 00-950 Warszawa, "
        "e-mail: kontakt@example.org. Ми обробляємо їх, щоб розглянути вашу заявку, "
        "організувати навчання і зв’язуватися з вами щодо нього (стаття 6(1)(a) GDPR), а "
        "інформацію про потреби доступності – лише на підставі вашої явної згоди (стаття "
        "9(2)(a) GDPR).\n\n"
        "Дані бачать організатори навчання і координатор вашої партнерської організації. "
        "Інформацію про потреби ми видаляємо наступного дня після навчання (або одразу після "
        "відхилення чи відкликання заявки), інші дані – через 180 днів після навчання. Ви "
        "маєте право на доступ до даних, їх виправлення, видалення та обмеження обробки, "
        "право будь-коли відкликати згоду (посилання в листі з підтвердженням) і право подати "
        "скаргу Голові Управління із захисту персональних даних (UODO).",
    ),
    "footer_note": T(
        "O ile nie zaznaczono inaczej, treści portalu są udostępniane na licencji Creative "
        "Commons Uznanie autorstwa 4.0 Międzynarodowe (CC BY 4.0).",
        "Unless stated otherwise, the content of this portal is available under the Creative "
        "Commons Attribution 4.0 International licence (CC BY 4.0).",
        "Якщо не зазначено інше, матеріали порталу доступні за ліцензією Creative Commons «Із "
        "зазначенням авторства 4.0 Міжнародна» (CC BY 4.0).",
    ),
}

EU_FUNDS_LOGOS = {
    "labels": [
        "Fundusze Europejskie",
        "Rzeczpospolita Polska",
        "Dofinansowane przez Unię Europejską",
    ],
    "alt_text": T(
        "Fundusze Europejskie dla Rozwoju Społecznego, Rzeczpospolita Polska, Dofinansowane "
        "przez Unię Europejską",
        "European Funds for Social Development, Republic of Poland, Co-funded by the European "
        "Union",
        "Європейські фонди для соціального розвитку, Республіка Польща, Співфінансовано "
        "Європейським Союзом",
    ),
}

ORGANISATION_DESCRIPTION = T(
    "Fundacja „Wspólna Praca” prowadzi Portal ekonomii społecznej. Wspieramy zatrudnianie osób "
    "z niepełnosprawnościami: publikujemy badania i analizy, przygotowujemy materiały dla "
    "samorządów, warsztatów terapii zajęciowej i pracodawców, organizujemy spotkania "
    "informacyjne i współpracę międzynarodową.\n\n"
    "Żeby załatwić sprawę, napisz e-mail, zadzwoń albo przyjdź do biura w dni robocze w "
    "godzinach 9–16. Osoby głuche mogą się z nami kontaktować przez SMS i komunikator wideo z "
    "tłumaczem polskiego języka migowego.",
    "The Wspólna Praca Foundation runs the Social Economy Portal. We support the employment of "
    "people with disabilities: we publish research and analyses, prepare materials for local "
    "governments, sheltered workshops and employers, and organise information meetings and "
    "international cooperation.\n\n"
    "To get in touch, send an email, call or visit our office on working days from 9:00 to "
    "16:00. Deaf people can contact us by text message and video call with a Polish Sign "
    "Language interpreter.",
    "Фонд «Wspólna Praca» веде Портал соціальної економіки. Ми підтримуємо працевлаштування людей "
    "з інвалідністю: публікуємо дослідження та аналізи, готуємо матеріали для органів місцевого "
    "самоврядування, майстерень трудової терапії та роботодавців, організовуємо інформаційні "
    "зустрічі й міжнародну співпрацю.\n\n"
    "Щоб звернутися до нас, напишіть e-mail, зателефонуйте або приходьте до офісу в робочі дні з "
    "9:00 до 16:00. Глухі люди можуть зв’язатися з нами через SMS і відеозв’язок з перекладачем "
    "польської жестової мови.",
)

# ---------------------------------------------------------------------------------------
# Cookie banner: texts, categories and the cookies the portal really sets
# ---------------------------------------------------------------------------------------
