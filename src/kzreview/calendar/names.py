"""Names of days in Russian and Kazakh, and the reading of the ``holidays`` package's Kazakh labels.

The ``holidays`` package (0.109) names Kazakhstan's days off in Kazakh only (its ``KZ`` locales are
``kk``, ``en_US``, ``uk``); the Russian names below are the official Russian names of the holidays in
the Law «О праздниках в Республике Казахстан».  A label is one of:

* ``«Наурыз мейрамы»`` — the holiday itself;
* ``«Наурыз мейрамы (қайта белгіленген демалыс)»`` — a day off given because the holiday fell on a
  Saturday or Sunday (the next working day is a day off);
* ``«Құрбан айт (бағаланған)»`` — the date is the package's estimate (Islamic calendar);
* ``«Демалыс күні (05.01.2025 бастап ауыстырылды)»`` — a day off moved from another date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

WEEKDAYS_RU = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
WEEKDAYS_KK = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")

#: Genitive names of the measures named by УПК 48.2, 48.4, 48.5: «срок содержания под стражей».
MEASURE_RU = {
    "detention": "задержания",
    "custody": "содержания под стражей",
    "house_arrest": "домашнего ареста",
    "special_institution": "нахождения в медицинском учреждении или организации образования с особым "
    "режимом содержания",
}
MEASURE_KK = {
    "detention": "ұстап алудың",
    "custody": "күзетпен ұстаудың",
    "house_arrest": "үйқамақтың",
    "special_institution": "медициналық мекемеде немесе ерекше режиммен ұстайтын білім беру ұйымында болудың",
}

MEASURE_KK_NOM = {
    "detention": "ұстап алу",
    "custody": "күзетпен ұстау",
    "house_arrest": "үйқамақ",
    "special_institution": "медициналық мекемеде немесе ерекше режиммен ұстайтын білім беру ұйымында болу",
}

#: Kazakh name in the ``holidays`` package -> Russian name.
HOLIDAY_NAMES_RU: dict[str, str] = {
    "Жаңа жыл": "Новый год",
    "Православиелік Рождество": "Православное Рождество",
    "Халықаралық әйелдер күні": "Международный женский день",
    "Наурыз мейрамы": "Наурыз мейрамы",
    "Қазақстан халқының бірлігі мерекесі": "Праздник единства народа Казахстана",
    "Отан Қорғаушы күні": "День защитника Отечества",
    "Жеңіс күні": "День Победы",
    "Астана күні": "День столицы",
    "Қазақстан Республикасының Конституциясы күні": "День Конституции Республики Казахстан",
    "Республика күні": "День Республики",
    "Қазақстан Республикасы күні": "День Республики Казахстан",
    "Қазақстан Республикасының Тұңғыш Президенті күні": "День Первого Президента Республики Казахстан",
    "Тәуелсіздік күні": "День Независимости",
    "Құрбан айт": "Курбан айт",
}

_OBSERVED = " (қайта белгіленген демалыс)"
_ESTIMATED = " (бағаланған)"
_OBSERVED_ESTIMATED = " (қайта белгіленген демалыс, бағаланған)"
# Deliberately matches only the package's own format "%d.%m.%Y"; any other label is a holiday name.
_SUBSTITUTED = re.compile(r"^Демалыс күні \((\d{2}\.\d{2}\.\d{4}) бастап ауыстырылды\)$")


@dataclass(frozen=True)
class PackageLabel:
    """One label of the ``holidays`` package, read.

    ``kind`` is ``holiday`` (the holiday itself), ``observed`` (a day off for a holiday that fell on a
    weekend) or ``substituted`` (a day off moved from ``moved_from``).
    """

    kind: str
    name_kk: str
    name_ru: str
    estimated: bool = False
    moved_from: date | None = None


def read_label(label: str) -> PackageLabel:
    """Read one Kazakh label of the ``holidays`` package.

    >>> read_label("Наурыз мейрамы (қайта белгіленген демалыс)").kind
    'observed'
    >>> read_label("Демалыс күні (05.01.2025 бастап ауыстырылды)").moved_from
    datetime.date(2025, 1, 5)
    """
    m = _SUBSTITUTED.match(label)
    if m:
        moved_from = datetime.strptime(m.group(1), "%d.%m.%Y").date()
        return PackageLabel("substituted", "Демалыс күні", "выходной день", moved_from=moved_from)
    kind, estimated, name = "holiday", False, label
    for suffix, k, est in (
        (_OBSERVED_ESTIMATED, "observed", True),
        (_OBSERVED, "observed", False),
        (_ESTIMATED, "holiday", True),
    ):
        if label.endswith(suffix):
            kind, estimated, name = k, est, label[: -len(suffix)]
            break
    # An unknown name is shown as it is rather than dropped: the day is still a day off.
    return PackageLabel(kind, name, HOLIDAY_NAMES_RU.get(name, name), estimated=estimated)


def fmt(d: date) -> str:
    """``DD.MM.YYYY``, the date format of Kazakh procedural documents."""
    return d.strftime("%d.%m.%Y")
