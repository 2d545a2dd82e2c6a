"""Russian and Kazakh names of the vocabularies of §3, in the words the Code itself uses.

Kazakh follows the official Kazakh text of the ҚПК (e.g. «сотталған адам», «жәбірленуші», «Бас Прокурор»).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kzreview.domain.enums import Actor, Category, DocumentKind, Form, Outcome, Role

ROLE: dict[Role, tuple[str, str]] = {
    Role.convicted: ("осуждённый", "сотталған адам"),
    Role.acquitted: ("оправданный", "ақталған адам"),
    Role.defender: ("защитник", "қорғаушы"),
    Role.legal_representative: ("законный представитель", "заңды өкіл"),
    Role.victim: ("потерпевший", "жәбірленуші"),
    Role.victim_representative: ("представитель потерпевшего", "жәбірленушінің өкілі"),
    Role.private_prosecutor: ("частный обвинитель", "жекеше айыптаушы"),
    Role.civil_plaintiff: ("гражданский истец", "азаматтық талапкер"),
    Role.civil_defendant: ("гражданский ответчик", "азаматтық жауапкер"),
    Role.civil_party_representative: (
        "представитель гражданского истца (ответчика)",
        "азаматтық талапкердің (жауапкердің) өкілі",
    ),
    Role.interested_person: ("заинтересованное лицо", "мүдделі адам"),
    Role.state_prosecutor: ("государственный обвинитель", "мемлекеттік айыптаушы"),
    Role.prosecutor_general: ("Генеральный Прокурор", "Бас Прокурор"),
    Role.deputy_prosecutor_general: ("заместитель Генерального Прокурора", "Бас Прокурордың орынбасары"),
    Role.chief_military_prosecutor: ("Главный военный прокурор", "Бас әскери прокурор"),
    Role.chief_transport_prosecutor: ("Главный транспортный прокурор", "Бас көлік прокуроры"),
    Role.regional_prosecutor: ("прокурор области", "облыс прокуроры"),
    Role.district_prosecutor: ("прокурор района", "аудан прокуроры"),
    Role.regional_court_chairman: ("председатель областного суда", "облыстық сот төрағасы"),
    Role.other: ("иное лицо", "өзге адам"),
}

DOCUMENT: dict[DocumentKind, tuple[str, str]] = {
    DocumentKind.complaint: ("кассационная жалоба", "кассациялық шағым"),
    DocumentKind.protest: ("протест", "наразылық"),
    DocumentKind.submission: ("представление", "ұсыну"),
    DocumentKind.private_complaint: ("частная жалоба", "жекеше шағым"),
    DocumentKind.prosecutor_motion: (
        "апелляционное ходатайство прокурора",
        "прокурордың апелляциялық өтінішхаты",
    ),
}

CATEGORY: dict[Category, tuple[str, str]] = {
    Category.misdemeanour: ("уголовный проступок", "қылмыстық теріс қылық"),
    Category.minor: ("преступление небольшой тяжести", "онша ауыр емес қылмыс"),
    Category.medium: ("преступление средней тяжести", "ауырлығы орташа қылмыс"),
    Category.grave: ("тяжкое преступление", "ауыр қылмыс"),
    Category.especially_grave: ("особо тяжкое преступление", "аса ауыр қылмыс"),
}

OUTCOME: dict[Outcome, tuple[str, str]] = {
    Outcome.accept: ("принять к производству", "іс жүргізуге қабылдау"),
    Outcome.return_: ("вернуть без рассмотрения", "қарамай қайтару"),
    Outcome.return_for_correction: ("вернуть для дооформления", "ресімдеу үшін қайтару"),
    Outcome.leave_without_consideration: ("оставить без рассмотрения", "қараусыз қалдыру"),
    Outcome.restoration_hearing: (
        "рассмотреть ходатайство о восстановлении срока",
        "мерзімді қалпына келтіру туралы өтінішхатты қарау",
    ),
    Outcome.terminate_proceedings: ("прекратить производство", "іс жүргізуді тоқтату"),
}

FORM: dict[Form, tuple[str, str]] = {
    Form.letter: ("письмом судьи", "судьяның хатымен"),
    Form.ruling: ("постановлением суда", "сот қаулысымен"),
}

ACTOR: dict[Actor, tuple[str, str]] = {
    Actor.first_instance_court: ("суд первой инстанции", "бірінші сатыдағы сот"),
    Actor.appeal_court: ("суд апелляционной инстанции", "апелляциялық сатыдағы сот"),
    Actor.cassation_judge: ("судья кассационного суда", "кассациялық соттың судьясы"),
    Actor.cassation_court: ("кассационный суд", "кассациялық сот"),
}


def label(table: Mapping[Any, tuple[str, str]], key: object, lang: str) -> str:
    """The Russian (``ru``) or Kazakh (``kk``) label of ``key``; ``—`` when ``key`` is ``None``."""
    if key is None:
        return "—"
    ru, kk = table[key]
    return kk if lang == "kk" else ru
