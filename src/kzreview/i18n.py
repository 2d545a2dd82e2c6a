"""Interface labels in Russian and Kazakh (the law's own words come from the texts, not from here)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "paragraph": {"ru": "Пункт", "kk": "Тармақ"},
    "preamble": {"ru": "Преамбула", "kk": "Кіріспе"},
    "amendments": {"ru": "Изменения", "kk": "Өзгерістер"},
    "citations": {"ru": "Ссылки", "kk": "Сілтемелер"},
    "citation": {"ru": "Ссылка", "kk": "Сілтеме"},
    "text": {"ru": "Текст", "kk": "Мәтін"},
    "date": {"ru": "Дата", "kk": "Күні"},
    "by": {"ru": "Акт", "kk": "Акт"},
    "kind": {"ru": "Вид", "kk": "Түрі"},
    "effective": {"ru": "Введение в действие", "kk": "Қолданысқа енгізілуі"},
    "score": {"ru": "Оценка", "kk": "Баға"},
    "document": {"ru": "Документ", "kk": "Құжат"},
    "fragment": {"ru": "Фрагмент", "kk": "Үзінді"},
    "search": {"ru": "Поиск", "kk": "Іздеу"},
    "results": {"ru": "Результаты поиска", "kk": "Іздеу нәтижелері"},
    "nothing_found": {"ru": "Ничего не найдено", "kk": "Ештеңе табылмады"},
    "only_ru": {"ru": "Только в русском тексте", "kk": "Тек орыс тіліндегі мәтінде"},
    "only_kk": {"ru": "Только в казахском тексте", "kk": "Тек қазақ тіліндегі мәтінде"},
    "no_differences": {"ru": "Расхождений в ссылках нет", "kk": "Сілтемелерде айырмашылық жоқ"},
    "article": {"ru": "Статья", "kk": "Бап"},
    "part": {"ru": "Часть", "kk": "Бөлік"},
    "item": {"ru": "Пункт", "kk": "Тармақ"},
    "wording_of": {"ru": "Редакция на", "kk": "Редакциясы"},
    "in_force": {"ru": "Действует", "kk": "Қолданыста"},
    "not_in_force": {"ru": "Не действует", "kk": "Қолданыста емес"},
    "in_force_then": {"ru": "В тот день действовал(и)", "kk": "Сол күні қолданыста болған"},
    "later_amendments": {
        "ru": "Изменения, вступившие в силу после этой даты (хранимая редакция может отличаться)",
        "kk": "Осы күннен кейін күшіне енген өзгерістер (сақталған редакция өзгеше болуы мүмкін)",
    },
    "official_text": {
        "ru": "Официальный текст на adilet.zan.kz",
        "kk": "adilet.zan.kz сайтындағы ресми мәтін",
    },
    "not_stored": {"ru": "текст не загружен", "kk": "мәтін жүктелмеген"},
    "kind:changed": {"ru": "изменения", "kk": "өзгерістер"},
    "kind:new wording": {"ru": "новая редакция", "kk": "жаңа редакция"},
    "kind:added": {"ru": "дополнено", "kk": "толықтырылды"},
    "kind:kazakh only": {
        "ru": "изменение только казахского текста",
        "kk": "тек қазақ тіліндегі мәтін өзгерді",
    },
    "kind:russian only": {"ru": "изменение только русского текста", "kk": "тек орыс тіліндегі мәтін өзгерді"},
    "kind:repealed": {"ru": "исключено", "kk": "алып тасталды"},
    "kind:words replaced": {
        "ru": "замена слов по всему тексту",
        "kk": "бүкіл мәтін бойынша сөздер ауыстырылды",
    },
    "kind:in force": {"ru": "введение в действие", "kk": "қолданысқа енгізу"},
    "kind:other": {"ru": "иное", "kk": "басқа"},
}


def t(key: str, lang: str) -> str:
    """The label ``key`` in ``lang`` (``ru`` when the language has none)."""
    entry = LABELS[key]
    return entry.get(lang) or entry["ru"]


#: How the acts are named in Kazakh text (JSON keeps the contract's codes: «УПК», «УК», «НП»).
_KK_ACTS = (("Закон РК", "ҚР Заңы"), ("УПК", "ҚПК"), ("УК", "ҚК"), ("НП", "НҚ"))


def act_label(text: str, lang: str) -> str:
    """A short citation or amending act as a reader of ``lang`` expects it: «УПК 489.1.1» → «ҚПК 489.1.1»."""
    if lang != "kk":
        return text
    for ru, kk in _KK_ACTS:
        if text.startswith(ru + " ") or text == ru:
            text = kk + text[len(ru) :]
            break
    return text.replace(" п.", " т.")
