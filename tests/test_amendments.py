"""«Сноска»/«Ескерту» notes -> Amendment records: resolution notes (P03000013S_) and code notes (УПК, УК).

The note texts of the table are copied verbatim from the seed file and from ../shared/law, except the
rows marked «made up», which cover forms those sources do not have.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzreview.corpus.amendments import (
    NOTE_START,
    is_global_note,
    normalize_note,
    parse_date,
    parse_global_note,
    parse_note,
    word_replacements,
)
from kzreview.corpus.model import LANGS, Amendment, AmendmentKind, Lang

C = AmendmentKind.CHANGED
NW = AmendmentKind.NEW_WORDING
ADD = AmendmentKind.ADDED
KO = AmendmentKind.KAZAKH_ONLY
REP = AmendmentKind.REPEALED
WR = AmendmentKind.WORDS_REPLACED
IF = AmendmentKind.IN_FORCE
OTH = AmendmentKind.OTHER

# (date, by, kind, effective_from, target)
Rec = tuple[str | None, str, AmendmentKind, str | None, str | None]


class Row(NamedTuple):
    note: str
    lang: Lang
    expected: list[Rec]


RU_10D = "вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования"
KK_10D = "алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі"

ROWS: dict[str, Row] = {
    # -- P03000013S_, Russian ------------------------------------------------------------------------
    "ru п.1: three acts": Row(
        "Сноска. Пункт 1 с изменениями, внесенными нормативными постановлениями Верховного Суда РК от "
        "25.06.2010 № 18 (порядок введения в действие см. п. 2); от 10.04.2015 № 1 (вводится в действие со дня "
        f"официального опубликования); от 11.12.2020 № 6 ({RU_10D}).",
        "ru",
        [
            ("2010-06-25", "НП № 18", C, None, "Пункт 1"),
            ("2015-04-10", "НП № 1", C, None, "Пункт 1"),
            ("2020-12-11", "НП № 6", C, None, "Пункт 1"),
        ],
    ),
    "ru п.4: changes and a Kazakh-only change": Row(
        "Сноска. Пункт 4 с изменениями, внесенными нормативными постановлениями Верховного Суда РК от "
        "25.06.2010 № 18 (порядок введения в действие см. п. 2); от 10.04.2015 № 1 (вводится в действие со дня "
        "официального опубликования); внесено изменение на казахском языке, текст на русском языке не "
        f"изменяется нормативным постановлением Верховного Суда РК от 11.12.2020 № 6 ({RU_10D}).",
        "ru",
        [
            ("2010-06-25", "НП № 18", C, None, "Пункт 4"),
            ("2015-04-10", "НП № 1", C, None, "Пункт 4"),
            ("2020-12-11", "НП № 6", KO, None, "Пункт 4"),
        ],
    ),
    "ru п.34: new wording": Row(
        "Сноска. Пункт 34 - в редакции нормативного постановления Верховного Суда РК от 10.03.2022 № 3 "
        "(вводится в действие со дня первого официального опубликования).",
        "ru",
        [("2022-03-10", "НП № 3", NW, None, "Пункт 34")],
    ),
    "ru п.21-1: added": Row(
        "Сноска. Нормативное постановление дополнено пунктом 21-1 в соответствии с нормативным постановлением "
        "Верховного Суда РК от 10.03.2022 № 3 (вводится в действие со дня первого официального опубликования).",
        "ru",
        [("2022-03-10", "НП № 3", ADD, None, "Пункт 21-1")],
    ),
    "ru preamble": Row(
        "Сноска. Преамбула с изменением, внесенным нормативным постановлением Верховного Суда РК от "
        f"11.12.2020 № 6 ({RU_10D}).",
        "ru",
        [("2020-12-11", "НП № 6", C, None, "Преамбула")],
    ),
    "ru whole text: words replaced": Row(
        'Сноска. По всему тексту:\nслова "протестам", "протест" заменены соответственно словами '
        '"ходатайствам прокурора", "ходатайство прокурора" в соответствии с нормативным постановлением '
        f"Верховного Суда РК от 11.12.2020 № 6 ({RU_10D}).",
        "ru",
        [("2020-12-11", "НП № 6", WR, None, "По всему тексту")],
    ),
    "ru (made up): paragraph repealed": Row(
        "Сноска. Пункт 5 исключен нормативным постановлением Верховного Суда РК от 31.05.2019 № 4 "
        "(вводится в действие со дня первого официального опубликования).",
        "ru",
        [("2019-05-31", "НП № 4", REP, None, "Пункт 5")],
    ),
    "ru (made up): lost force, verbal date": Row(
        "Сноска. Пункт 7 утратил силу нормативным постановлением Верховного Суда РК от 25 июня 2010 года № 18.",
        "ru",
        [("2010-06-25", "НП № 18", REP, None, "Пункт 7")],
    ),
    # -- P03000013S_, Kazakh -------------------------------------------------------------------------
    "kk 1-тармақ: two date forms": Row(
        "Ескерту. 1-тармаққа өзгерістер енгізілді - ҚР Жоғарғы Сотының 2010.06.25 N 18 (қолданысқа енгізілу "
        "тәртібін 2-т. қараңыз); 10.04.2015 N 1 (ресми жарияланған күнінен бастап қолданысқа енгізіледі); "
        "11.12.2020 № 6 (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) нормативтік "
        "қаулыларымен.",
        "kk",
        [
            ("2010-06-25", "НП № 18", C, None, "1-тармақ"),
            ("2015-04-10", "НП № 1", C, None, "1-тармақ"),
            ("2020-12-11", "НП № 6", C, None, "1-тармақ"),
        ],
    ),
    "kk 2-тармақ: misprinted verb «өзгерісnth»": Row(
        "Ескерту. 2-тармаққа өзгерісnth енгізілді - ҚР Жоғарғы Сотының 10.04.2015 N 1 (ресми жарияланған "
        "күнінен бастап қолданысқа енгізіледі); 11.12.2020 № 6 (алғашқы ресми жарияланған күнінен бастап "
        "қолданысқа енгізіледі) нормативтік қаулыларымен.",
        "kk",
        [("2015-04-10", "НП № 1", C, None, "2-тармақ"), ("2020-12-11", "НП № 6", C, None, "2-тармақ")],
    ),
    "kk 5-тармақ: act name before the parenthesis": Row(
        "Ескерту. 5-тармаққа өзгеріс енгізілді - ҚР Жоғарғы Сотының 10.04.2015 N 1 Нормативтік қаулысымен "
        "(ресми жарияланған күнінен бастап қолданысқа енгізіледі).",
        "kk",
        [("2015-04-10", "НП № 1", C, None, "5-тармақ")],
    ),
    "kk 34-тармақ: new wording, en dash": Row(
        "Ескерту. 34-тармақ жаңа редакцияда – ҚР Жоғарғы Сотының 10.03.2022 № 3 (алғашқы ресми жарияланған "
        "күнінен бастап қолданысқа енгізіледі) Нормативтік қаулысымен.",
        "kk",
        [("2022-03-10", "НП № 3", NW, None, "34-тармақ")],
    ),
    "kk 21-1-тармақ: added": Row(
        "Ескерту. 21-1-тармақпен толықтырылды – ҚР Жоғарғы Сотының 10.03.2022 № 3 (алғашқы ресми жарияланған "
        "күнінен бастап қолданысқа енгізіледі) Нормативтік қаулысымен.",
        "kk",
        [("2022-03-10", "НП № 3", ADD, None, "21-1-тармақ")],
    ),
    "kk preamble": Row(
        "Ескерту. Кіріспеге өзгеріс енгізілді - ҚР Жоғарғы Сотының 11.12.2020 № 6 (алғашқы ресми жарияланған "
        "күнінен бастап қолданысқа енгізіледі) нормативтік қаулысымен.",
        "kk",
        [("2020-12-11", "НП № 6", C, None, "Кіріспе")],
    ),
    "kk 31-тармақ: «өзгерту енгізілді»": Row(
        "Ескерту. 31-тармаққа өзгерту енгізілді - ҚР Жоғарғы Сотының 2010.06.25 N 18 (қолданысқа енгізілу "
        "тәртібін 2-т. қараңыз) Нормативтік қаулысымен.",
        "kk",
        [("2010-06-25", "НП № 18", C, None, "31-тармақ")],
    ),
    "kk (made up): paragraph repealed": Row(
        "Ескерту. 5-тармақ алып тасталды - ҚР Жоғарғы Сотының 31.05.2019 № 4 (алғашқы ресми жарияланған "
        "күнінен бастап қолданысқа енгізіледі) нормативтік қаулысымен.",
        "kk",
        [("2019-05-31", "НП № 4", REP, None, "5-тармақ")],
    ),
    "kk whole text: words replaced": Row(
        'Ескерту. Бүкіл мәтін бойынша "ҚІЖК-нің" деген сөздер "КПК-нің" деген сөздермен ауыстырылды;\n'
        'бүкіл мәтін бойынша "өндіріс", "өз өндірісіне" деген сөздер тиісінше "іс жүргізу", "өзінің іс '
        'жүргізуіне" деген сөздермен ауыстырылды - ҚР Жоғарғы Сотының 11.12.2020 № 6 (алғашқы ресми '
        "жарияланған күнінен бастап қолданысқа енгізіледі) нормативтік қаулысымен.",
        "kk",
        [("2020-12-11", "НП № 6", WR, None, "Бүкіл мәтін бойынша")],
    ),
    # -- codes, Russian (../shared/law/upk/rus, uk/rus) ---------------------------------------------
    "ru УПК 484: new wording then changes, dated entry into force": Row(
        "> *Сноска. Статья 484 в редакции Закона РК от 31.10.2015 № 378-V (вводится в действие с 01.01.2016); "
        "с изменениями, внесенными законами РК от 27.12.2021 № 88-VII (вводится в действие с 01.07.2022); от "
        "21.11.2024 № 136-VIII (вводится в действие с 01.07.2025).*",
        "ru",
        [
            ("2015-10-31", "Закон РК № 378-V", NW, "2016-01-01", "Статья 484"),
            ("2021-12-27", "Закон РК № 88-VII", C, "2022-07-01", "Статья 484"),
            ("2024-11-21", "Закон РК № 136-VIII", C, "2025-07-01", "Статья 484"),
        ],
    ),
    "ru УПК 485: entry-into-force date of an exception is not the act's": Row(
        "Сноска. Статья 485 в редакции Закона РК от 31.10.2015 № 378-V (вводится в действие с 01.01.2016); с "
        "изменениями, внесенными законами РК от 27.12.2021 № 88-VII (вводится в действие по истечении десяти "
        "календарных дней после дня его первого официального опубликования, за исключением абзаца девятого "
        "подпункта 68) пункта 2 статьи 1, который вводится в действие с 01.07.2022); от 29.12.2021 № 89-VII "
        f"({RU_10D}).",
        "ru",
        [
            ("2015-10-31", "Закон РК № 378-V", NW, "2016-01-01", "Статья 485"),
            ("2021-12-27", "Закон РК № 88-VII", C, None, "Статья 485"),
            ("2021-12-29", "Закон РК № 89-VII", C, None, "Статья 485"),
        ],
    ),
    "ru УПК 503: repealed, no blockquote": Row(
        f"*Сноска. Статья 503 исключена Законом РК от 27.12.2021 № 88-VII ({RU_10D}).*",
        "ru",
        [("2021-12-27", "Закон РК № 88-VII", REP, None, "Статья 503")],
    ),
    "ru УПК 498: heading changed": Row(
        "Сноска. Заголовок статьи 498 с изменением, внесенным Законом РК от 21.11.2024 № 136-VIII (вводится в "
        "действие с 01.07.2025).",
        "ru",
        [("2024-11-21", "Закон РК № 136-VIII", C, "2025-07-01", "Заголовок статьи 498")],
    ),
    "ru УПК: chapter 52-1 added": Row(
        "Сноска. Кодекс дополнен главой 52-1 в соответствии с Законом РК от 21.11.2024 № 136-VIII (вводится в "
        "действие с 01.07.2025).",
        "ru",
        [("2024-11-21", "Закон РК № 136-VIII", ADD, "2025-07-01", "Глава 52-1")],
    ),
    "ru УПК 504: changed twice, then new wording": Row(
        "Сноска. Статья 504 с изменением, внесенным Законом РК от 07.11.2014 № 248-V (вводится в действие с "
        "01.01.2015); от 31.10.2015 № 378-V (вводится в действие с 01.01.2016); в редакции Закона РК от "
        f"27.12.2021 № 88-VII ({RU_10D}).",
        "ru",
        [
            ("2014-11-07", "Закон РК № 248-V", C, "2015-01-01", "Статья 504"),
            ("2015-10-31", "Закон РК № 378-V", C, "2016-01-01", "Статья 504"),
            ("2021-12-27", "Закон РК № 88-VII", NW, None, "Статья 504"),
        ],
    ),
    "ru УК 47: changed, then repealed": Row(
        f"Сноска. Статья 47 с изменением, внесенным Законом РК от 03.07.2017 № 84-VI ({RU_10D}); исключена "
        f"Законом РК от 29.12.2021 № 89-VII ({RU_10D}).",
        "ru",
        [
            ("2017-07-03", "Закон РК № 84-VI", C, None, "Статья 47"),
            ("2021-12-29", "Закон РК № 89-VII", REP, None, "Статья 47"),
        ],
    ),
    "ru УК 50: Kazakh-only in the middle, Cyrillic І in the numbers": Row(
        "Сноска. Статья 50 с изменениями, внесенными Законом РК от 24.11.2015 № 422-V (вводится в действие с "
        "01.01.2016); внесено изменение на казахском языке, текст на русском языке не изменяется, Законом РК "
        f"от 12.07.2018 № 180-VІ ({RU_10D}); с изменениями, внесенными законами РК от 01.04.2019 № 240-VІ "
        f"({RU_10D}); от 03.07.2019 № 262-VІ (вводится в действие с 01.01.2020).",
        "ru",
        [
            ("2015-11-24", "Закон РК № 422-V", C, "2016-01-01", "Статья 50"),
            ("2018-07-12", "Закон РК № 180-VI", KO, None, "Статья 50"),
            ("2019-04-01", "Закон РК № 240-VI", C, None, "Статья 50"),
            ("2019-07-03", "Закон РК № 262-VI", C, "2020-01-01", "Статья 50"),
        ],
    ),
    "ru УК 87: misprinted marker «Снсока», subject after «В»": Row(
        "> *Снсока. В статью 87 внесено изменение на казахском языке, текст на русском языке не изменяется, "
        f"Законом РК от 12.07.2018 № 180-VІ ({RU_10D}).*",
        "ru",
        [("2018-07-12", "Закон РК № 180-VI", KO, None, "Статья 87")],
    ),
    "ru УПК 7: item added, note over four Markdown lines": Row(
        "> *Сноска. Статья 7 дополнена пунктом 40-1) в соответствии с Законом РК от 27.12.2021 № 88-VII (в "
        "части составления лицом, осуществляющим досудебное расследование, отчета о завершении досудебного "
        "расследования, который вводится в действие:*\n\n"
        "> *с 01.01.2022 в отношении дел об особо тяжких преступлениях;*\n\n"
        "> *с 01.01.2023 в отношении дел о коррупционных преступлениях, предусмотренных пунктом 29) статьи 3 "
        "Уголовного кодекса РК;*\n\n"
        "> *с 01.01.2026 в отношении дел об иных уголовных правонарушениях, завершенных в форме "
        "предварительного следствия).*",
        "ru",
        [("2021-12-27", "Закон РК № 88-VII", ADD, None, "Статья 7, пункт 40-1)")],
    ),
    "ru НП 2022: in force by its own paragraph": Row(
        "> *Сноска. Вводится в действие с 01.07.2022 в соответствии с пунктом 24 настоящего нормативного "
        "постановления.*",
        "ru",
        [(None, "п. 24 настоящего НП", IF, "2022-07-01", None)],
    ),
    # -- codes, Kazakh (../shared/law/upk/kaz, uk/kaz) ----------------------------------------------
    "kk ҚПК 484: new wording then changes, «бастап» dates": Row(
        "> *Ескерту. 484-бап жаңа редакцияда - ҚР 31.10.2015 № 378-V (01.01.2016 бастап қолданысқа "
        "енгізіледі); өзгерістер енгізілді – ҚР 27.12.2021 № 88-VII (01.07.2022 бастап қолданысқа енгізіледі); "
        "21.11.2024 № 136-VIII (01.07.2025 бастап қолданысқа енгізіледі) заңдарымен.*",
        "kk",
        [
            ("2015-10-31", "Закон РК № 378-V", NW, "2016-01-01", "484-бап"),
            ("2021-12-27", "Закон РК № 88-VII", C, "2022-07-01", "484-бап"),
            ("2024-11-21", "Закон РК № 136-VIII", C, "2025-07-01", "484-бап"),
        ],
    ),
    "kk ҚПК 485: the date of an exception («енгізілетін») is not the act's": Row(
        "Ескерту. 485-бап жаңа редакцияда - ҚР 31.10.2015 № 378-V (01.01.2016 бастап қолданысқа енгізіледі); "
        "өзгерістер енгізілді - ҚР 27.12.2021 № 88-VII (01.07.2022 бастап қолданысқа енгізілетін 1-баптың "
        "2-тармағының 68) тармақшасының тоғызыншы абзацын қоспағанда, алғашқы ресми жарияланған күнінен кейін "
        "күнтізбелік он күн өткен соң қолданысқа енгізіледі); 29.12.2021 № 89-VII "
        f"({KK_10D}) заңдарымен.",
        "kk",
        [
            ("2015-10-31", "Закон РК № 378-V", NW, "2016-01-01", "485-бап"),
            ("2021-12-27", "Закон РК № 88-VII", C, None, "485-бап"),
            ("2021-12-29", "Закон РК № 89-VII", C, None, "485-бап"),
        ],
    ),
    "kk ҚПК 503: repealed": Row(
        f"*Ескерту. 503-бап алып тасталды - ҚР 27.12.2021 № 88-VII ({KK_10D}) Заңымен.*",
        "kk",
        [("2021-12-27", "Закон РК № 88-VII", REP, None, "503-бап")],
    ),
    "kk ҚПК 504: Russian-only change, then change, then new wording": Row(
        "Ескерту. 504-бапқа орыс тіліндегі мәтініне өзгеріс енгізілді, қазақ тіліндегі мәтіні өзгермейді - "
        "ҚР 07.11.2014 № 248-V (01.01.2015 бастап қолданысқа енгізіледі); өзгеріс енгізілді - ҚР 31.10.2015 "
        "№ 378-V (01.01.2016 бастап қолданысқа енгізіледі); жаңа редакцияда - ҚР 27.12.2021 № 88-VII "
        f"({KK_10D}) заңдарымен.",
        "kk",
        [
            ("2014-11-07", "Закон РК № 248-V", AmendmentKind.RUSSIAN_ONLY, "2015-01-01", "504-бап"),
            ("2015-10-31", "Закон РК № 378-V", C, "2016-01-01", "504-бап"),
            ("2021-12-27", "Закон РК № 88-VII", NW, None, "504-бап"),
        ],
    ),
    "kk ҚК 47: changed, then repealed in a second clause with its own subject": Row(
        f"Ескерту. 47-бапқа өзгеріс енгізілді - ҚР 03.07.2017 № 84-VI Заңымен ({KK_10D}); 47-бап алып "
        f"тасталды - ҚР 29.12.2021 № 89-VII ({KK_10D}) Заңымен.",
        "kk",
        [
            ("2017-07-03", "Закон РК № 84-VI", C, None, "47-бап"),
            ("2021-12-29", "Закон РК № 89-VII", REP, None, "47-бап"),
        ],
    ),
    "kk ҚПК: chapter 52-1 added": Row(
        "Ескерту. Кодекс 52-1-тараумен толықтырылды - ҚР 21.11.2024 № 136-VIII (01.07.2025 бастап қолданысқа "
        "енгізіледі) Заңымен.",
        "kk",
        [("2024-11-21", "Закон РК № 136-VIII", ADD, "2025-07-01", "52-1-тарау")],
    ),
    "kk ҚПК 7: item added, unclosed first line only": Row(
        "> *Ескерту. 7-бап 40-1)-тармақпен толықтырылды - ҚР 27.12.2021 № 88-VII (мынадай:*",
        "kk",
        [("2021-12-27", "Закон РК № 88-VII", ADD, None, "7-бап, 40-1)-тармақ")],
    ),
    "kk ҚК 69: heading, no «ҚР», exception first": Row(
        "Ескерту. 69-баптың тақырыбы жаңа редакцияда - 27.12.2019 № 292-VІ (01.01.2023 бастап қолданысқа "
        "енгізілетін, қылмыстық құқық бұзушылықтар құрамдарын алқабилер қатысатын соттың қарауына жатқызу "
        "туралы ережелерді қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң "
        "қолданысқа енгізіледі) Заңымен.",
        "kk",
        [("2019-12-27", "Закон РК № 292-VI", NW, None, "69-баптың тақырыбы")],
    ),
    "kk ҚПК title": Row(
        "Ескерту. Тақырып жаңа редакцияда - ҚР 07.11.2014 № 248-V Заңымен (01.01.2015 бастап қолданысқа "
        "енгізіледі).",
        "kk",
        [("2014-11-07", "Закон РК № 248-V", NW, "2015-01-01", "Тақырып")],
    ),
    "kk НП 2022: in force by its own paragraph": Row(
        "Ескерту. 01.07.2022 бастап қолданысқа енгізіледі – осы нормативтік қаулының 24-тармағымен.",
        "kk",
        [(None, "п. 24 настоящего НП", IF, "2022-07-01", None)],
    ),
    # -- what is not a known note --------------------------------------------------------------------
    "no act named": Row("Сноска. Текст пункта приводится в редакции, действовавшей до изменений.", "ru", []),
    "(made up) an act, unknown words": Row(
        "Сноска. Пункт 3 упоминается в письме от 01.02.2020 № 5.",
        "ru",
        [("2020-02-01", "№ 5", OTH, None, None)],
    ),
}


def _rec(a: Amendment) -> Rec:
    return (
        a.date.isoformat() if a.date else None,
        a.by,
        a.kind,
        a.effective_from.isoformat() if a.effective_from else None,
        a.target,
    )


@pytest.mark.parametrize("name", list(ROWS))
def test_note_table(name: str) -> None:
    row = ROWS[name]
    records = parse_note(row.note, row.lang)
    assert [_rec(r) for r in records] == row.expected
    assert all(r.raw == normalize_note(row.note) for r in records)


def test_table_has_both_languages_and_sources() -> None:
    assert len(ROWS) >= 25
    assert {r.lang for r in ROWS.values()} == {"ru", "kk"}
    assert sum(1 for n in ROWS if "Закон" in str(ROWS[n].expected)) >= 10  # code notes
    assert sum(1 for n in ROWS if "НП №" in str(ROWS[n].expected)) >= 10  # resolution notes


def test_effective_keeps_the_notes_own_words() -> None:
    records = parse_note(ROWS["ru п.1: three acts"].note, "ru")
    assert [r.effective for r in records] == [
        "порядок введения в действие см. п. 2",
        "вводится в действие со дня официального опубликования",
        RU_10D,
    ]
    kk = parse_note(ROWS["kk 5-тармақ: act name before the parenthesis"].note, "kk")
    assert kk[0].effective == "ресми жарияланған күнінен бастап қолданысқа енгізіледі"
    # the enumerator «68)» inside the parenthesis does not close it
    ru485 = parse_note(ROWS["ru УПК 485: entry-into-force date of an exception is not the act's"].note, "ru")
    assert ru485[1].effective is not None
    assert ru485[1].effective.endswith("который вводится в действие с 01.07.2022")
    # a note over several Markdown lines: its parenthesis runs to the last line
    ru7 = parse_note(ROWS["ru УПК 7: item added, note over four Markdown lines"].note, "ru")
    assert ru7[0].effective is not None
    assert ru7[0].effective.endswith("завершенных в форме предварительного следствия")
    assert "*" not in ru7[0].raw and ">" not in ru7[0].raw


def test_raw_is_the_whole_note_on_one_line() -> None:
    note = ROWS["ru whole text: words replaced"].note
    (record,) = parse_note(note, "ru")
    assert record.raw.startswith("Сноска. По всему тексту: слова")
    assert "\n" not in record.raw and "  " not in record.raw


def test_global_notes() -> None:
    ru = ROWS["ru whole text: words replaced"].note
    kk = ROWS["kk whole text: words replaced"].note
    assert is_global_note(ru) and is_global_note(kk)
    assert not is_global_note(ROWS["ru п.1: three acts"].note)
    assert [_rec(r) for r in parse_global_note(ru, "ru")] == ROWS["ru whole text: words replaced"].expected
    assert word_replacements(ru, "ru") == [
        ("протестам", "ходатайствам прокурора"),
        ("протест", "ходатайство прокурора"),
    ]
    assert word_replacements(kk, "kk") == [
        ("ҚІЖК-нің", "КПК-нің"),
        ("өндіріс", "іс жүргізу"),
        ("өз өндірісіне", "өзінің іс жүргізуіне"),
    ]


def test_word_replacements_edge_forms() -> None:
    # a missing comma between two quoted words (P03000013S_, Kazakh, second group) does not lose a pair
    kk = '"a", "b" "c" деген сөздер тиісінше "x", "y", "z" деген сөздермен ауыстырылды'
    assert word_replacements(kk, "kk") == [("a", "x"), ("b", "y"), ("c", "z")]
    # words removed pair with ""; a group with fewer replacements keeps the pairs that line up
    assert word_replacements('По всему тексту слова "a", "b" исключены', "ru") == [("a", ""), ("b", "")]
    assert word_replacements('слова "a", "b" заменены словами "x"', "ru") == [("a", "x")]
    assert word_replacements("слова без кавычек заменены", "ru") == []


def test_a_global_note_with_another_verb_is_still_words_replaced() -> None:
    note = "Сноска. По всему тексту слова «протест» исключены нормативным постановлением от 11.12.2020 № 6."
    assert [r.kind for r in parse_global_note(note, "ru")] == [WR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("от 19 декабря 2003 года N 13", dt.date(2003, 12, 19)),
        ("2003 жылғы 19 желтоқсандағы N 13", dt.date(2003, 12, 19)),
        ("2010.06.25 N 18", dt.date(2010, 6, 25)),
        ("25.06.2010 № 18", dt.date(2010, 6, 25)),
        ("31.02.2010 № 1, then 01.03.2010", dt.date(2010, 3, 1)),
        ("no date", None),
        ("32 брюмера 2010 года", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('Сноска.Ескерту №N()-–"«»;:,* >\n0123456789абвгдӘқңIVXпунктбапот РК')),
        max_size=300,
    )
)
def test_parse_note_never_raises(text: str) -> None:
    for lang in LANGS:
        for record in parse_note(text, lang):
            assert record.by


# -- every note of ../shared/law ---------------------------------------------------------------------

#: A note of the Markdown files: a blockquote/emphasis line starting with the marker.  A note whose line
#: ends with «:*» or «;*» goes on in the next «> *» lines (УПК ст. 7, both languages).
_MD_NOTE = re.compile(r"^\s*(?:>\s*)?\*?(?=(?:Сноска|Снсока|Ескерту)\.)")


def _markdown_notes(root: Path) -> list[tuple[str, Lang, str]]:
    notes: list[tuple[str, Lang, str]] = []
    for path in sorted(root.rglob("*.md")):
        if path.name == "SOURCES.md":
            continue
        lang: Lang = "kk" if "kaz" in path.parts or path.name == "kaz.md" else "ru"
        lines = path.read_text(encoding="utf-8").split("\n")
        i = 0
        while i < len(lines):
            if not _MD_NOTE.match(lines[i]):
                i += 1
                continue
            note, i = [lines[i]], i + 1
            while note[-1].rstrip().endswith((":*", ";*")):
                while i < len(lines) and not lines[i].strip():
                    i += 1
                if i == len(lines) or not lines[i].lstrip().startswith("> *"):
                    break
                note.append(lines[i])
                i += 1
            notes.append((f"{path.relative_to(root)}:{i}", lang, "\n".join(note)))
    return notes


#: Act references a note names, counted independently of the parser: «date № number».
_REF_COUNT = re.compile(r"\d{2}\.\d{2}\.\d{4}\s*[№N]\s*\d")


@pytest.mark.sharedlaw
def test_every_note_of_shared_law_parses(shared_law: Path) -> None:
    notes = _markdown_notes(shared_law)
    assert len(notes) >= 300
    problems = []
    for where, lang, text in notes:
        assert NOTE_START.match(normalize_note(text)), where
        records = parse_note(text, lang)
        refs = len(_REF_COUNT.findall(normalize_note(text)))
        if len(records) != max(refs, 1):
            problems.append(f"{where}: {refs} act references, {len(records)} records")
        for r in records:
            if r.kind is OTH:
                problems.append(f"{where}: OTHER record for {r.by}")
            if r.kind is not IF and not re.fullmatch(
                r"(?:Конституционный )?Закон РК № \d+-[IVX]+|НП № \d+", r.by
            ):
                problems.append(f"{where}: by {r.by!r}")
            if r.target is None and r.kind is not IF:
                problems.append(f"{where}: no target")
            if r.effective is None:
                problems.append(f"{where}: no words on entry into force")
    assert problems == []


def _article_key(target: str | None) -> str:
    """«Статья 484» and «484-бап» -> «484»; headings -> «484 heading»; an addition -> the thing added."""
    nums = re.findall(r"\d+(?:-\d+)?", target or "")
    key = nums[-1] if nums else (target or "")
    return f"{key} heading" if re.search(r"Заголовок|тақырыб|Тақырып", target or "") else key


@pytest.mark.sharedlaw
def test_russian_and_kazakh_notes_of_the_codes_name_the_same_acts(shared_law: Path) -> None:
    """Per article, the acts of the Russian notes are those of the Kazakh notes — except where the sources
    themselves differ; each difference below was checked by reading both files."""
    acts: dict[tuple[str, str, Lang], set[str]] = {}
    for where, lang, text in _markdown_notes(shared_law):
        file = re.sub(r"\b(?:rus|kaz)\b", "*", where.split(":")[0])
        for r in parse_note(text, lang):
            acts.setdefault((file, _article_key(r.target), lang), set()).add(f"{r.date} {r.by}")
    differences = {
        (file, key, lang, act)
        for (file, key, lang), mine in acts.items()
        for act in mine - acts.get((file, key, "kk" if lang == "ru" else "ru"), set())
    }
    assert differences == {
        # УК: the Russian notes of articles 2 and 9 say «Статья» without its number
        ("uk/*/sec001.md", "2", "kk", "2025-07-16 Закон РК № 210-VIII"),
        ("uk/*/sec001.md", "9", "kk", "2025-07-16 Закон РК № 210-VIII"),
        ("uk/*/sec001.md", "Статья", "ru", "2025-07-16 Закон РК № 210-VIII"),
        # УПК: the Russian note under article 43 says «Статья 45»
        ("upk/*/sec001-ch004.md", "43", "kk", "2025-07-16 Закон РК № 210-VIII"),
        ("upk/*/sec001-ch004.md", "45", "ru", "2025-07-16 Закон РК № 210-VIII"),
        # УПК: only the Kazakh article 16 has a note (Law 248-V)
        ("upk/*/sec001.md", "16", "kk", "2014-11-07 Закон РК № 248-V"),
        # УПК: the Kazakh file has no table of contents, so not its note (SOURCES.md)
        ("upk/*/sec001.md", "Оглавление", "ru", "2021-06-29 Закон РК № 58-VII"),
        # УПК: the Kazakh heading note of article 507 says «Тақырып» without the article
        ("upk/*/sec010.md", "507 heading", "ru", "2014-11-07 Закон РК № 248-V"),
        ("upk/*/sec010.md", "Тақырып heading", "kk", "2014-11-07 Закон РК № 248-V"),
    }
