"""Meeting a time limit (УПК 49) and what follows from missing it (УПК 50).

УПК 49.1: «Срок не считается пропущенным, если жалоба, ходатайство или иной документ сданы до
истечения срока на почту, переданы или заявлены лицу, уполномоченному их принять, а для лиц,
содержащихся под стражей либо помещенных в медицинскую организацию, – если жалоба или иной документ
сданы до истечения срока администрации места содержания под стражей или медицинской организации.»
The time of handing in is shown by the postmark, or by the mark of the office or officials.

So the arithmetic is the same for every channel — handed in no later than the end (24:00) of the
due day — and the channel decides only what proves the time.  Art. 49.1 does not name electronic
filing; a document filed through the court's information system (УПК 42-1.1: proceedings are «в
бумажном и (или) электронном форматах») is treated as handed to the person authorised to accept it
at the time the system records — an interpretation, cited as such.

Extension (49.3) and restoration (50.2–50.4) are decisions of a court or official, not arithmetic:
they are given as :data:`AFTER_DEADLINE_NOTES`, data with their provisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, get_args

from kzreview.calendar import law
from kzreview.calendar.names import fmt
from kzreview.calendar.periods import Deadline
from kzreview.citations.model import Citation
from kzreview.errors import InvalidValue

Via = Literal["court", "post", "custody_administration", "electronic"]
VIAS: tuple[str, ...] = get_args(Via)

_CHANNEL_RU = {
    "court": "Документ сдан лицу, уполномоченному его принять (канцелярия суда),",
    "post": "Документ сдан на почту",
    "custody_administration": "Документ сдан администрации места содержания под стражей (медицинской организации)",
    "electronic": "Документ подан в электронной форме",
}
_CHANNEL_KK = {
    "court": "Құжат оны қабылдауға уәкілетті тұлғаға (сот кеңсесіне)",
    "post": "Құжат поштаға",
    "custody_administration": "Құжат күзетпен ұстау орнының (медициналық ұйымның) әкімшілігіне",
    "electronic": "Құжат электрондық нысанда",
}
_PROOF_RU = {
    "court": "по отметке канцелярии или должностного лица",
    "post": "по почтовому штемпелю",
    "custody_administration": "по отметке администрации места содержания под стражей или медицинской организации",
    "electronic": "по времени поступления, зафиксированному информационной системой суда",
}
_PROOF_KK = {
    "court": "кеңсенің немесе лауазымды адамның белгісі бойынша",
    "post": "пошта мөртабаны бойынша",
    "custody_administration": "күзетпен ұстау орны немесе медициналық ұйым әкімшілігінің белгісі бойынша",
    "electronic": "соттың ақпараттық жүйесі тіркеген түсу уақыты бойынша",
}


@dataclass(frozen=True)
class Note:
    """A consequence or a possibility the law attaches to a time limit, with who decides it.

    ``decided_by`` is ``law`` when it follows without a decision, ``court_or_official`` when a
    ruling (постановление) of the judge or official handling the case is needed.
    """

    code: str
    decided_by: Literal["law", "court_or_official"]
    text_ru: str
    text_kk: str
    citation: Citation


AFTER_DEADLINE_NOTES: tuple[Note, ...] = (
    Note(
        "late_act_invalid",
        "law",
        "процессуальное действие, совершённое по истечении срока, недействительно",
        "мерзім аяқталғаннан кейін жасалған процестік әрекет жарамсыз",
        law.ART50_P1.citation,
    ),
    Note(
        "restoration_on_petition",
        "court_or_official",
        "срок, пропущенный по уважительной причине, может быть восстановлен по ходатайству "
        "заинтересованного лица постановлением судьи (дознавателя, следователя, прокурора), в "
        "производстве которого находится дело, — только для лица, его пропустившего",
        "дәлелді себеппен өткізіп алынған мерзім мүдделі тұлғаның өтінішхаты бойынша іс жүргізуінде іс "
        "жатқан судьяның (анықтаушының, тергеушінің, прокурордың) қаулысымен қалпына келтірілуі мүмкін – "
        "тек оны өткізіп алған тұлға үшін",
        law.ART50_P2.citation,
    ),
    Note(
        "execution_suspension",
        "court_or_official",
        "по ходатайству исполнение решения, обжалованного с пропуском срока, может быть приостановлено "
        "до разрешения вопроса о восстановлении срока",
        "өтінішхат бойынша мерзімі өткізіліп шағым жасалған шешімді орындау мерзімді қалпына келтіру "
        "туралы мәселе шешілгенге дейін тоқтатыла тұруы мүмкін",
        law.ART50_P3.citation,
    ),
    Note(
        "refusal_appealable",
        "law",
        "отказ в восстановлении срока может быть обжалован, пересмотрен по ходатайству прокурора",
        "мерзімді қалпына келтіруден бас тартуға шағым жасалуы, ол прокурордың өтінішхаты бойынша қайта "
        "қаралуы мүмкін",
        law.ART50_P4.citation,
    ),
    Note(
        "extension_only_by_code",
        "court_or_official",
        "процессуальный срок продлевается лишь в случаях и порядке, установленных УПК",
        "процестік мерзім ҚПК-де белгіленген жағдайларда және тәртіппен ғана ұзартылады",
        law.ART49_P3.citation,
    ),
)


@dataclass(frozen=True)
class FilingCheck:
    """Whether a filing met its time limit (УПК 49.1), why, and what follows if it did not."""

    in_time: bool
    via: Via
    filed_on: date
    due: date
    ends_at: str
    proof_ru: str
    proof_kk: str
    text_ru: str
    text_kk: str
    citations: tuple[Citation, ...]
    notes: tuple[Note, ...] = ()


def _due_parts(due: date | Deadline) -> tuple[date, str, datetime | None]:
    if isinstance(due, Deadline):
        return due.due, due.ends_at, due.expires_at
    if isinstance(due, datetime) or not isinstance(due, date):
        raise InvalidValue("due", due, "a date (YYYY-MM-DD) or a computed Deadline")
    return due, "24:00", None


def check_filing(filed_on: date | datetime, due: date | Deadline, *, via: Via) -> FilingCheck:
    """Decide whether a document handed in on ``filed_on`` through ``via`` met ``due`` (УПК 49.1).

    A document handed in on the due day is in time (the period ends at 24:00).  For a ``Deadline``
    that ends at an hour other than 24:00, ``filed_on`` must be a ``datetime``.
    """
    if via not in VIAS:
        raise InvalidValue("via", via, VIAS)
    due_day, ends_at, expires_at = _due_parts(due)
    if isinstance(filed_on, datetime):
        in_time = filed_on < expires_at if expires_at is not None else filed_on.date() <= due_day
        filed_day = filed_on.date()
    elif isinstance(filed_on, date):
        if ends_at != "24:00" and filed_on == due_day:
            raise InvalidValue(
                "filed_on", filed_on.isoformat(), f"a date and time: the period ends at {ends_at}"
            )
        in_time, filed_day = filed_on <= due_day, filed_on
    else:
        raise InvalidValue("filed_on", filed_on, "a date (YYYY-MM-DD) or a date and time")
    citations = [law.ART49_P1.citation]
    if via == "electronic":
        citations.append(law.ART42_1_P1.citation)
    end_ru, end_kk = f"{ends_at} {fmt(due_day)}", f"{fmt(due_day)}, сағат {ends_at}"
    p49 = law.ref_ru(law.ART49_P1.citation)
    p49_kk = law.ref_kk(law.ART49_P1.citation)
    head_ru = f"{_CHANNEL_RU[via]} {fmt(filed_day)}"
    head_kk = f"{_CHANNEL_KK[via]} {fmt(filed_day)} тапсырылды"
    proof_ru = f"время сдачи определяется {_PROOF_RU[via]}"
    proof_kk = f"тапсыру уақыты {_PROOF_KK[via]} айқындалады"
    notes: tuple[Note, ...] = ()
    if in_time:
        text_ru = f"{head_ru} — до истечения срока ({end_ru}); срок не пропущен ({p49}); {proof_ru}."
        text_kk = (
            f"{head_kk} – мерзім аяқталғанға дейін ({end_kk}); мерзім өткізіп алынған жоқ ({p49_kk}); "
            f"{proof_kk}."
        )
    else:
        notes = AFTER_DEADLINE_NOTES[:2]
        citations += [n.citation for n in notes]
        text_ru = (
            f"{head_ru} — после истечения срока ({end_ru}); срок пропущен ({p49}): "
            f"{notes[0].text_ru} ({law.ref_ru(notes[0].citation)}), если срок не восстановлен; "
            f"{notes[1].text_ru} ({law.ref_ru(notes[1].citation)})."
        )
        text_kk = (
            f"{head_kk} – мерзім аяқталғаннан кейін ({end_kk}); мерзім өткізіп алынды ({p49_kk}): "
            f"мерзім қалпына келтірілмесе, {notes[0].text_kk} ({law.ref_kk(notes[0].citation)}); "
            f"{notes[1].text_kk} ({law.ref_kk(notes[1].citation)})."
        )
    return FilingCheck(
        in_time=in_time,
        via=via,
        filed_on=filed_day,
        due=due_day,
        ends_at=ends_at,
        proof_ru=proof_ru,
        proof_kk=proof_kk,
        text_ru=text_ru,
        text_kk=text_kk,
        citations=tuple(citations),
        notes=notes,
    )


def filed_in_time(filed_on: date | datetime, due: date | Deadline, *, via: Via) -> bool:
    """``True`` if the document was handed in before the period ran out (УПК 49.1).

    >>> filed_in_time(date(2026, 3, 18), date(2026, 3, 18), via="post")
    True
    """
    return check_filing(filed_on, due, via=via).in_time
