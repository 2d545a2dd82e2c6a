"""Read the «Сноска.» (Russian) / «Ескерту.» (Kazakh) notes of adilet texts as :class:`Amendment` records.

A note names one or more amending acts, each with its date, number and (in parentheses) its own words on
entry into force::

    Сноска. Пункт 1 с изменениями, внесенными нормативными постановлениями Верховного Суда РК
    от 25.06.2010 № 18 (порядок введения в действие см. п. 2); от 10.04.2015 № 1 (...).

    Ескерту. 1-тармаққа өзгерістер енгізілді - ҚР Жоғарғы Сотының 2010.06.25 N 18 (...);
    10.04.2015 N 1 (...) нормативтік қаулыларымен.

:func:`parse_note` yields one record per act named.  The note is cut at each act reference (a date
followed by a number sign); the words between two references (a *clause*) say what the act did, and a
clause without such words continues the previous one («...; от 10.04.2015 № 1 (...); от ...»).  The same
function reads the notes of the codes as the state database's Markdown files print them.

Records are language-neutral where they can be: ``by`` is always the Russian short form («НП № 18»,
«Закон РК № 378-V», Roman numerals in Latin letters) so that the records of the two languages of one
provision can be compared; ``target`` and ``effective`` keep the note's own words.

:func:`parse_global_note` and :func:`word_replacements` read the «По всему тексту: слова ... заменены ...»
/ «Бүкіл мәтін бойынша ... деген сөздер ... ауыстырылды» notes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kzreview.corpus.model import Amendment, AmendmentKind, Lang
from kzreview.corpus.months import month_number

__all__ = [
    "GLOBAL_NOTE",
    "NOTE_START",
    "RUSSIAN_ONLY",
    "is_global_note",
    "normalize_note",
    "parse_date",
    "parse_global_note",
    "parse_note",
    "word_replacements",
]

# -- dates -------------------------------------------------------------------------------------------

#: A date as the notes and requisites write it: «25.06.2010», «2010.06.25» (older Kazakh notes),
#: «19 декабря 2003 года», «2003 жылғы 19 желтоқсандағы».  Used once per pattern (named groups).
#: Does not match two-digit years («25.06.10») or a date glued to other digits.
_DATE = (
    r"(?<![\d.])(?:"
    r"(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{4})"
    r"|(?P<y2>\d{4})\.(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})"
    r"|(?P<d3>\d{1,2})\s+(?P<m3>[а-яё]+)\s+(?P<y3>\d{4})\s+года"
    r"|(?P<y4>\d{4})\s+жылғы\s+(?P<d4>\d{1,2})\s+(?P<m4>[а-яёәғқңөұүһі]+)"
    r")(?!\d)"
)
_DATE_RE = re.compile(_DATE)


def _date_of(m: re.Match[str]) -> dt.date | None:
    """The date a :data:`_DATE` match spells, or ``None`` when it is no calendar date (31.02)."""
    g = m.groupdict()
    month: int | None
    if g.get("y1"):
        year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g.get("y2"):
        year, month, day = int(g["y2"]), int(g["m2"]), int(g["d2"])
    elif g.get("y3"):
        year, month, day = int(g["y3"]), month_number(g["m3"]), int(g["d3"])
    elif g.get("y4"):
        year, month, day = int(g["y4"]), month_number(g["m4"]), int(g["d4"])
    else:
        return None
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text`` in any of the forms of :data:`_DATE`; ``None`` when there is none."""
    for m in _DATE_RE.finditer(text):
        found = _date_of(m)
        if found is not None:
            return found
    return None


# -- the note's text ---------------------------------------------------------------------------------

#: «Сноска.» / «Ескерту.» at the start of a note; «Снсока.» is a misprint of the state database (УК, ст. 87).
#: Does not match the word «Ескерту» in running text («1. Ескерту кәмелетке толмаған ...»): it needs the dot.
NOTE_START = re.compile(r"^\s*(?:Сноска|Снсока|Ескерту)\s*[.:]\s*")

#: A note about the whole text.  Does not match «по всему тексту» in the middle of a note.
GLOBAL_NOTE = re.compile(
    r"^\s*(?:(?:Сноска|Снсока|Ескерту)\s*[.:]\s*)?(?:По всему тексту|Бүкіл мәтін бойынша)", re.I
)

#: A change to the Russian text only, as a Kazakh note says it: :attr:`AmendmentKind.RUSSIAN_ONLY`.
RUSSIAN_ONLY = re.compile(
    r"на\s+русском\s+языке,\s+текст\s+на\s+казахском|қазақ\s+тіліндегі\s+мәтін\w*\s+өзгермейді", re.I
)

# «> *Сноска. ...*» — the Markdown wrapper of the state database's files, one per physical line.
# Does not strip an asterisk inside the text.
_MD_WRAPPER = re.compile(r"^\s*(?:>\s*)*\**\s*|\s*\**\s*$")

# A quoted word or phrase: masked before the note is read, so the replaced words of a «По всему тексту»
# note cannot look like an act or a verb.  Does not match an unclosed quote.
_QUOTED = re.compile(r'"[^"]*"|«[^»]*»|“[^”]*”')


def normalize_note(text: str) -> str:
    """One line, single spaces, without the Markdown wrapper ``> *...*`` of any of its physical lines."""
    lines = (_MD_WRAPPER.sub("", line) for line in text.splitlines())
    return " ".join(" ".join(lines).split())


def is_global_note(text: str) -> bool:
    """Whether a note is about the whole text («По всему тексту» / «Бүкіл мәтін бойынша»)."""
    return GLOBAL_NOTE.match(normalize_note(text)) is not None


def _mask_quotes(text: str) -> str:
    """``text`` with the inside of every quotation replaced by «_», offsets unchanged."""
    return _QUOTED.sub(lambda m: m.group()[0] + "_" * (len(m.group()) - 2) + m.group()[-1], text)


# -- act references and their parentheses ------------------------------------------------------------

#: An amending act: a date, then «№»/«N» and the act's number («18», «378-V», «292-VІ» with a Cyrillic І).
#: Does not match a date without a number («вводится в действие с 01.01.2016») nor a number without a
#: date («пункт 2»), so the dates inside the parentheses on entry into force are never taken for acts.
_ACT_REF = re.compile(_DATE + r"\s*(?:года\s*|г\.\s*)?[№N]\s*(?P<num>\d+(?:-[IVXLCІХС]+)?)")

# What may stand between an act reference and its parenthesis: Kazakh puts the act's name after the
# number («10.04.2015 N 1 Нормативтік қаулысымен (...)», «... № 378-V Заңымен (...)»).
_BEFORE_PAREN = re.compile(r"\s*(?:(?:[Нн]ормативтік\s+)?қаулы\w*|[Зз]аң\w*|[Жж]арлығ\w*)?\s*(?=\()")

# An enumerator inside a parenthesis («подпункта 68) пункта 2», «2) тармақшасының»): a closing bracket
# right after digits and followed by a word.  Does not match «(... см. п. 2);», which closes.
_ENUMERATOR = re.compile(r"(?<=\d)\)(?=\s+[^\W\d_])")

_ROMAN_LOOKALIKES = str.maketrans({"І": "I", "Х": "X", "С": "C"})

#: What kind of act a clause names; the first rule that matches wins (a constitutional law is a law).
#: «законодательств» is not a law; «заңнама» (legislation) is not a law.
_ACT_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Конституционный закон РК", re.compile(r"[Кк]онституционн\w*\s+[Зз]акон|[Кк]онституциялық\s+[Зз]аң")),
    ("Закон РК", re.compile(r"\b[Зз]акон(?!одат)|\b[Зз]аң(?!нам)")),
    ("Указ Президента РК", re.compile(r"\b[Уу]каз|\b[Жж]арлығ")),
    ("НП", re.compile(r"постановлени|\bқаулы|Верховного\s+[Сс]уда|Жоғарғы\s+Сот")),
)


def _paren_end(text: str, start: int) -> int | None:
    """Index of the bracket that closes ``text[start] == "("``; ``None`` when none does."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")" and not _ENUMERATOR.match(text, i):
            depth -= 1
            if depth == 0:
                return i
    return None


@dataclass(frozen=True)
class _Ref:
    """One act reference of a note: the clause before it, the reference, its parenthesis."""

    clause: str  # masked text from the end of the previous reference's parenthesis to this reference
    date: dt.date | None
    num: str
    act_words: str  # the Kazakh act name between the reference and its parenthesis
    effective: str | None


def _refs(body: str, masked: str) -> tuple[list[_Ref], str]:
    """The act references of a note, and the masked text after the last one."""
    refs: list[_Ref] = []
    pos = 0
    for m in _ACT_REF.finditer(masked):
        if m.start() < pos:  # a date inside the previous reference's parenthesis
            continue
        end = m.end()
        between = _BEFORE_PAREN.match(masked, end)
        effective = None
        if between is not None:
            close = _paren_end(masked, between.end())
            inner_end = close if close is not None else len(body)
            effective = body[between.end() + 1 : inner_end].strip() or None
            end = close + 1 if close is not None else len(body)
        refs.append(
            _Ref(
                clause=masked[pos : m.start()],
                date=_date_of(m),
                num=m.group("num").translate(_ROMAN_LOOKALIKES),
                act_words=between.group().strip() if between is not None else "",
                effective=effective,
            )
        )
        pos = end
    return refs, masked[pos:]


def _act_type(text: str) -> str | None:
    """«Закон РК», «НП», ... as the words of ``text`` name the act; ``None`` when they do not."""
    return next((name for name, rx in _ACT_TYPES if rx.search(text)), None)


def _law_by_number(num: str) -> str | None:
    """A number with the convocation in Roman numerals («88-VII») is a law's, when nothing else says."""
    return "Закон РК" if "-" in num else None


# -- what the act did --------------------------------------------------------------------------------

#: Clause words -> kind, in priority order: «внесено изменение на казахском языке» is a change, but only of
#: the Kazakh text; «заменены» words are a change, but of words throughout.  The clauses never include the
#: parentheses on entry into force; still, «исключен» does not match «за исключением», and «в редакции»
#: does not match «редакционн».
_KIND_RULES: tuple[tuple[AmendmentKind, re.Pattern[str]], ...] = (
    (
        AmendmentKind.KAZAKH_ONLY,
        re.compile(
            r"на\s+казахском\s+языке,\s+текст\s+на\s+русском|орыс\s+тіліндегі\s+мәтін\w*\s+өзгермейді", re.I
        ),
    ),
    (AmendmentKind.RUSSIAN_ONLY, RUSSIAN_ONLY),
    (AmendmentKind.WORDS_REPLACED, re.compile(r"\bзамен(?:ен|ить)\w*|ауыстырыл", re.I)),
    (
        AmendmentKind.NEW_WORDING,
        re.compile(r"\bв\s+редакции\b|\bизложен\w*\s+в\s+новой|жаңа\s+редакция", re.I),
    ),
    (AmendmentKind.ADDED, re.compile(r"\bдополн\w+|толықтырыл", re.I)),
    (
        AmendmentKind.REPEALED,
        re.compile(
            r"(?<!за\s)\bисключ(?:ен[аоы]?\b|ить)|утрати\w*\s+силу|алып\s+тасталды|күші\s+жойыл", re.I
        ),
    ),
    (AmendmentKind.CHANGED, re.compile(r"изменени|\bвнесен|өзгер\w*\s+енгізіл|өзгерт\w*\s+енгізіл", re.I)),
    (AmendmentKind.IN_FORCE, re.compile(r"\bвво(?:дится|дятся)\s+в\s+действие|қолданысқа\s+енгізіл", re.I)),
)

# Where the predicate of a clause starts: the subject («Пункт 1», «9-бапқа», «Заголовок статьи 75»)
# is what comes before.  A dash counts only with spaces around it («Пункт 34 - в редакции»), so the
# hyphen of «21-1» or «1-тармаққа» does not.
_PREDICATE = re.compile(
    r"(?:^|\s)(?:[-–—]\s|с\s+изменени|в\s+редакции|дополн|исключ|утрати|внесен|замен|изложен|вво[дя]|"
    r"өзгер|жаңа\s+редакция|толықтырыл|алып\s+тасталды|күші\s+жойыл|орыс\s+тіл|қазақ\s+тіл|ауыстырыл)",
    re.I,
)

# The thing an addition adds: Russian «дополнен пунктом 21-1», Kazakh «21-1-тармақпен толықтырылды».
# Does not match an addition without a number («дополнен примечанием»): the target is then the subject.
_ADDED_RU = re.compile(
    r"дополн\w+\s+(?P<noun>подпункт|пункт|стать|глав|раздел|част|абзац|параграф)\w*"
    r"\s+(?P<num>\d+(?:-\d+)*\)?)"
)
_ADDED_KK = re.compile(
    r"(?P<num>\d+(?:-\d+)*\)?)-(?P<noun>тармақша|тармақ|бап|тарау|бөлім|бөлік|абзац|параграф)\w*\s*$"
)
_KK_ADDED_VERB = re.compile(r"толықтырыл")
_RU_NOMINATIVE = {"стать": "статья", "глав": "глава", "част": "часть"}

# Kazakh subjects stand in the dative («1-тармаққа», «9-бапқа», «Кіріспеге», «тақырыбына»).  Only these
# known nouns lose their case ending; anything else is kept as written.
_KK_DATIVE = re.compile(
    r"(тармақша|тармақ|бап|тарау|бөлім|бөлік|абзац|кіріспе|тақырыбы)(?:ға|ге|қа|ке|на|не)$", re.I
)

# «В статью 87 внесено изменение»: the subject in the accusative after «В»; only these nouns are put back
# in the nominative.
_RU_INTO_NOUNS = {
    "статью": "Статья",
    "главу": "Глава",
    "часть": "Часть",
    "пункт": "Пункт",
    "раздел": "Раздел",
}
_RU_INTO = re.compile(r"^Во?\s+(статью|главу|часть|пункт|раздел)(?=\s|$)", re.I)

# A subject that is the whole act: for an addition the target is then the thing added.
_WHOLE_ACT = re.compile(
    r"^(?:Нормативное постановление|Постановление|Кодекс|Закон|Нормативтік қаулы|Заң)\w*$", re.I
)

_GLOBAL_TARGET = re.compile(r"^\s*(По всему тексту|Бүкіл мәтін бойынша)", re.I)

# Leftovers at the start of a clause: separators, the act name of the previous Kazakh reference.
_CLAUSE_LEAD = re.compile(r"^[\s;,.)]*(?:(?:[Нн]ормативтік\s+)?қаулы\w*|[Зз]аң\w*)?[\s;,.]*")


def _kind(clause: str) -> AmendmentKind | None:
    """What a clause says the act did; ``None`` when it says nothing (a bare «; от 10.04.2015 № 1»)."""
    return next((kind for kind, rx in _KIND_RULES if rx.search(clause)), None)


def _added_object(clause: str, lang: Lang) -> tuple[str, str] | None:
    """(subject without the added thing, the added thing) of an addition clause, when it names one."""
    if lang == "kk":
        verb = _KK_ADDED_VERB.search(clause)
        head = clause[: verb.start()] if verb else clause
        m = _ADDED_KK.search(head)
        if m is None:
            return None
        return head[: m.start()].strip(), f"{m['num']}-{m['noun']}"
    m = _ADDED_RU.search(clause)
    if m is None:
        return None
    noun = _RU_NOMINATIVE.get(m["noun"], m["noun"])
    pred = _PREDICATE.search(clause)
    subject = clause[: pred.start()] if pred else ""
    return subject.strip(), f"{noun} {m['num']}"


def _subject(clause: str) -> str:
    """The words before the predicate, in the nominative where the note has a known case form."""
    pred = _PREDICATE.search(clause)
    subject = clause[: pred.start()] if pred else ""
    subject = " ".join(subject.split()).strip(" ,:-–—")
    subject = _RU_INTO.sub(lambda m: _RU_INTO_NOUNS[m[1].lower()], subject)
    words = subject.split(" ")
    words[-1] = _KK_DATIVE.sub(r"\1", words[-1])
    return " ".join(words)


def _target(clause: str, kind: AmendmentKind, lang: Lang) -> str | None:
    """What the clause says was amended, in the note's words; ``None`` when it does not say."""
    clause = _CLAUSE_LEAD.sub("", clause)
    if g := _GLOBAL_TARGET.match(clause):
        return g.group(1)
    if kind is AmendmentKind.ADDED and (added := _added_object(clause, lang)) is not None:
        subject, thing = added
        subject = _KK_DATIVE.sub(r"\1", subject)
        if not subject or _WHOLE_ACT.match(subject):
            return thing[:1].upper() + thing[1:]
        return f"{subject}, {thing}"
    subject = _subject(clause)
    if not subject or len(subject) > 80 or "_" in subject:
        return None
    return subject


# -- entry into force --------------------------------------------------------------------------------

#: «вводится в действие с 01.07.2025» at the start of the parenthesis: the main rule.  Does not match
#: «..., за исключением ..., который вводится в действие с 01.01.2023» — a date of an exception only.
_RU_FROM = re.compile(
    r"^(?:вводится|вводятся|вступает|вступают)\s+в\s+(?:действие|силу)\s+с\s+" + _DATE, re.I
)

#: «01.07.2025 бастап қолданысқа енгізіледі» — the finite verb of the main rule.  Does not match the
#: participle of an exception («01.03.2018 бастап қолданысқа енгізілетін ... қоспағанда, ...»).
_KK_FROM = re.compile(_DATE + r"\s+бастап\s+қолданысқа\s+енгізіледі")


def _effective_from(text: str | None) -> dt.date | None:
    """The date the act's main rule enters into force, when its parenthesis dates it."""
    if not text:
        return None
    m = _RU_FROM.search(text)
    if m is None:
        found = list(_KK_FROM.finditer(text))
        m = found[-1] if found else None
    return _date_of(m) if m is not None else None


# «в соответствии с пунктом 24 настоящего нормативного постановления» / «осы нормативтік қаулының
# 24-тармағымен»: the resolution itself sets its entry into force.
_SELF_REF = re.compile(
    r"пункт\w*\s+(?P<ru>\d+(?:-\d+)?)\s+настоящего\s+нормативного"
    r"|осы\s+нормативтік\s+қаулының\s+(?P<kk>\d+(?:-\d+)?)-тармағ"
)
_SELF = re.compile(r"настоящ\w+\s+нормативн\w+\s+постановлени|осы\s+нормативтік\s+қаулы", re.I)


def _in_force_note(body: str, raw: str) -> list[Amendment]:
    """A note without an act reference: a record only when it puts the resolution itself into force."""
    if _kind(body) is not AmendmentKind.IN_FORCE or not _SELF.search(body):
        return []
    ref = _SELF_REF.search(body)
    by = f"п. {ref['ru'] or ref['kk']} настоящего НП" if ref else "настоящее НП"
    effective = body.rstrip(" .")
    return [
        Amendment(
            date=None,
            by=by,
            kind=AmendmentKind.IN_FORCE,
            effective=effective,
            effective_from=_effective_from(effective),
            target=None,
            raw=raw,
        )
    ]


# -- the public functions ----------------------------------------------------------------------------


def _records(body: str, raw: str, lang: Lang) -> Iterator[Amendment]:
    """One record per act reference; kind, act type and target carry over to the bare references after."""
    masked = _mask_quotes(body)
    refs, rest = _refs(body, masked)
    outside = " ".join(r.clause + " " + r.act_words for r in refs) + " " + rest
    note_act = _act_type(outside)
    kind: AmendmentKind | None = None
    act: str | None = None
    target: str | None = None
    for i, ref in enumerate(refs):
        clause_kind = _kind(ref.clause)
        kind = clause_kind or kind or (_kind(rest) if i == 0 else None) or AmendmentKind.OTHER
        act = _act_type(ref.clause + " " + ref.act_words) or act or note_act or _law_by_number(ref.num)
        if clause_kind is not None or i == 0:
            target = _target(ref.clause, kind, lang) or target
        yield Amendment(
            date=ref.date,
            by=f"{act} № {ref.num}" if act else f"№ {ref.num}",
            kind=kind,
            effective=ref.effective,
            effective_from=_effective_from(ref.effective),
            target=target,
            raw=raw,
        )


def parse_note(text: str, lang: Lang) -> list[Amendment]:
    """The amendment records of one «Сноска.»/«Ескерту.» note: one per amending act it names.

    ``text`` may carry the marker or not, span several lines, and keep the Markdown wrapper
    (``> *...*``) of the state database's files.  Never raises: a clause whose words are not known
    gives a record of kind :attr:`AmendmentKind.OTHER`; a note that names no act gives ``[]`` (except a
    note putting the resolution itself into force, which gives one :attr:`AmendmentKind.IN_FORCE` record).
    """
    raw = normalize_note(text)
    body = NOTE_START.sub("", raw, count=1)
    records = list(_records(body, raw, lang))
    return records or _in_force_note(body, raw)


def parse_global_note(text: str, lang: Lang) -> list[Amendment]:
    """The records of a «По всему тексту» / «Бүкіл мәтін бойынша» note: kind WORDS_REPLACED, one per act.

    The replaced words themselves are in :func:`word_replacements` (of the same text, or of ``raw``).
    """
    return [
        r
        if r.kind is AmendmentKind.WORDS_REPLACED
        else r.model_copy(update={"kind": AmendmentKind.WORDS_REPLACED})
        for r in parse_note(text, lang)
    ]


_Q = r'(?:"[^"]*"|«[^»]*»|“[^”]*”)'
_QLIST = rf"(?:{_Q}(?:\s*,\s*|\s+и\s+|\s*)?)+"

#: Russian: «слова "a", "b" заменены (соответственно) словами "x", "y"» and «слова "a" исключены».
#: Does not match a replacement whose words are not quoted («слово протест заменено словом ...»).
_RU_REPLACE = re.compile(
    rf"(?:слов[оа]|цифр[аыу]?|знак\w*)\s+(?P<old>{_QLIST})\s*"
    rf"(?:замен\w+\s+(?:соответственно\s+)?(?:слов\w*|цифр\w*|знак\w*)\s+(?P<new>{_QLIST})|исключ\w+)",
    re.I,
)
#: Kazakh: «"a", "b" деген сөздер (тиісінше) "x", "y" деген сөздермен ауыстырылды» and «... алып тасталды».
_KK_REPLACE = re.compile(
    rf"(?P<old>{_QLIST})\s*деген\s+(?:сөз|цифр|белгі)\w*\s+"
    rf"(?:(?:тиісінше\s+)?(?P<new>{_QLIST})\s*деген\s+(?:сөз|цифр|белгі)\w*\s+ауыстырыл\w*|алып\s+тасталды)",
    re.I,
)


def _quoted(text: str | None) -> list[str]:
    """The quoted words of a list, without their quotes."""
    return [q[1:-1] for q in re.findall(_Q, text or "")]


def word_replacements(text: str, lang: Lang) -> list[tuple[str, str]]:
    """The (replaced, replacement) word pairs of a «По всему тексту» note, in the note's order.

    Words removed without replacement pair with ``""``.  When a group lists more replaced words than
    replacements (a defect of the note) only the pairs that line up are returned.
    """
    rx = _KK_REPLACE if lang == "kk" else _RU_REPLACE
    pairs: list[tuple[str, str]] = []
    for m in rx.finditer(normalize_note(text)):
        old = _quoted(m["old"])
        new = _quoted(m["new"]) if m["new"] is not None else [""] * len(old)
        pairs.extend(zip(old, new, strict=False))
    return pairs
