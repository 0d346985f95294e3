"""Outcome sentences ready to publish: "201 placements ended in the period, of which 152 led
to employment (76%): 89 women, 63 men", with every number under 5 kept from the reader.

What is protected. Every group of people a reader could name by outcome and gender (the men
who went on to studies, those who did not get a job, the women and others together who did)
is protected when it holds 1 to 4 people: no printed number, no sum or difference of them, and
nothing the choice of what is shown implies may pin its count down. A 0 is printed: it
describes nobody, and what it could be subtracted from is a printed total of 5 or more.

How. The sentences print chains of nested totals (ended ⊇ work or education ⊇ employment;
ended ⊇ checked at 90 days ⊇ in work or studies) and split only the innermost by women and
men; the rest (other genders, those who prefer not to say) is counted in the totals, never
listed.
- Fewer than 5 ended: that is said ("fewer than 5"), and nothing more.
- An inner total of 1 to 4 is not shown; then, until nothing changes, of two shown totals
  whose difference is 1 to 4 the inner one is not shown either.
- The split by gender is shown whole or not at all: only under a shown total above 0, and
  only when women, men, the total less the women, the total less the men, and the rest are
  each 0 or at least 5.
- A percentage is shown only when both its numbers are.
An inner number that is not shown is not written "fewer than 5": telling a small number from
one withheld for its neighbour's sake gives both away (6 ended; "5 went on" withheld
because 6 - 5 = 1, "fewer than 5" meaning 1 to 4: a reader seeing "withheld" knows it is 5).
tests/domain/test_sentences.py enumerates every table of up to 9 people and checks that no
group of 1 to 4 has the same count in all tables that print the same. The two chains share
only the number ended and neither prints a total by gender, so no difference across them
names a group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from ambassador.domain import formats
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period, PlacementFact
from ambassador.domain.messages import QT_TRANSLATE_NOOP, Translate
from ambassador.domain.outcome_check import OutcomeCheckFact

SMALL_BELOW = 5
CONTEXT = "Documents"


class Shown(Enum):
    NUMBER = "number"
    FEWER_THAN_5 = "fewer"
    WITHHELD = "withheld"


@dataclass(frozen=True)
class Count:
    value: int
    shown: Shown

    @property
    def printed(self) -> bool:
        return self.shown is Shown.NUMBER


@dataclass(frozen=True)
class Chain:
    """Nested totals, outermost first, and the women and men of the innermost."""

    totals: tuple[Count, ...]
    women: Count
    men: Count


def _is_small(value: int) -> bool:
    return 0 < value < SMALL_BELOW


def protect(totals: Sequence[int], women: int, men: int) -> Chain:
    """How each number of a chain is shown; `totals` outermost first, each within the last,
    `women` and `men` within the innermost."""
    if any(inner > outer for outer, inner in zip(totals, totals[1:], strict=False)):
        raise ValueError("each total must lie within the one before")
    if women + men > totals[-1] or min(women, men, *totals) < 0:
        raise ValueError("the women and men must lie within the innermost total")
    if _is_small(totals[0]):
        return Chain(
            (Count(totals[0], Shown.FEWER_THAN_5), *(Count(v, Shown.WITHHELD) for v in totals[1:])),
            Count(women, Shown.WITHHELD),
            Count(men, Shown.WITHHELD),
        )
    shown = [Shown.WITHHELD if _is_small(value) else Shown.NUMBER for value in totals]
    changed = True
    while changed:
        changed = False
        for i, outer in enumerate(totals):
            for j in range(i + 1, len(totals)):
                both = shown[i] is Shown.NUMBER and shown[j] is Shown.NUMBER
                if both and _is_small(outer - totals[j]):
                    shown[j] = Shown.WITHHELD
                    changed = True
    innermost = totals[-1]
    split_shown = (
        shown[-1] is Shown.NUMBER
        and innermost > 0
        and not any(_is_small(v) for v in (women, men, innermost - women, innermost - men))
        and not _is_small(innermost - women - men)
    )
    split = Shown.NUMBER if split_shown else Shown.WITHHELD
    return Chain(
        tuple(Count(v, s) for v, s in zip(totals, shown, strict=True)),
        Count(women, split),
        Count(men, split),
    )


@dataclass(frozen=True)
class OutcomeSentences:
    """The period's two chains: at the end (ended ⊇ work or education ⊇ employment) and 90 days
    after (ended ⊇ checked ⊇ in work or studies, split by gender)."""

    period: Period
    at_end: Chain
    after_90: Chain

    @property
    def ended(self) -> Count:
        return self.at_end.totals[0]


def outcome_sentences(
    period: Period, placements: list[PlacementFact], checks: list[OutcomeCheckFact]
) -> OutcomeSentences:
    """The placements that ended in the period, and the recorded checks of those."""
    ended = [p for p in placements if p.ended_on is not None and period.contains(p.ended_on)]
    ended_ids = {p.placement_id for p in ended}
    onward = [p for p in ended if p.outcome is not None and p.outcome.is_work_or_education]
    employed = [
        p for p in onward if p.outcome in (Outcome.EMPLOYMENT, Outcome.SUBSIDISED_EMPLOYMENT)
    ]
    recorded = [c for c in checks if c.placement_id in ended_ids and c.result is not None]
    working = [c for c in recorded if c.result is not None and c.result.is_work_or_education]
    return OutcomeSentences(
        period,
        protect(
            [len(ended), len(onward), len(employed)],
            sum(p.gender is Gender.WOMAN for p in employed),
            sum(p.gender is Gender.MAN for p in employed),
        ),
        protect(
            [len(ended), len(recorded), len(working)],
            sum(c.gender is Gender.WOMAN for c in working),
            sum(c.gender is Gender.MAN for c in working),
        ),
    )


# The sentences, English sources in the context "Documents" (the window uses the same).
NONE_ENDED = QT_TRANSLATE_NOOP("Documents", "No placement ended in the period.")
FEW_ENDED = QT_TRANSLATE_NOOP(
    "Documents", "Fewer than 5 placements ended in the period, too few to show their outcomes."
)
EMPLOYMENT = QT_TRANSLATE_NOOP(
    "Documents",
    "{ended} placements ended in the period, of which {count} led to employment "
    "({percent}){genders}.",
)
EMPLOYMENT_WITHHELD = QT_TRANSLATE_NOOP(
    "Documents",
    "{ended} placements ended in the period; how many led to employment is not shown, to "
    "protect numbers under 5.",
)
ONWARD = QT_TRANSLATE_NOOP(
    "Documents", "{count} of the {ended} placements led to work or education ({percent})."
)
ONWARD_WITHHELD = QT_TRANSLATE_NOOP(
    "Documents",
    "How many of the {ended} placements led to work or education is not shown, to protect "
    "numbers under 5.",
)
NONE_CHECKED = QT_TRANSLATE_NOOP(
    "Documents", "No check 90 days after the end is recorded yet for these placements."
)
AFTER_90 = QT_TRANSLATE_NOOP(
    "Documents",
    "Of the {checked} checked 90 days after the end, {count} were in work or studies "
    "({percent}){genders}.",
)
AFTER_90_WITHHELD = QT_TRANSLATE_NOOP(
    "Documents",
    "{checked} were checked 90 days after the end; how many were in work or studies is not "
    "shown, to protect numbers under 5.",
)
AFTER_90_OF_ENDED = QT_TRANSLATE_NOOP(
    "Documents",
    "90 days after the end, {count} of the {ended} were in work or studies{genders}; not every "
    "check is recorded yet.",
)
AFTER_90_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Documents",
    "The results 90 days after the end are not shown, to protect numbers under 5.",
)
GENDERS = QT_TRANSLATE_NOOP("Documents", ": {women} women, {men} men")
GENDERS_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Documents", "; not shown by gender, to protect numbers under 5"
)
RULE_NOTE = QT_TRANSLATE_NOOP(
    "Documents",
    "A number under 5 is not shown, nor any number from which one could be worked out.",
)


def write_sentences(sentences: OutcomeSentences, translate: Translate, language: str) -> list[str]:
    """The sentences in the reader's language, the rule's note last when it was applied."""
    words = _Writer(translate, language)
    at_end, after_90 = sentences.at_end, sentences.after_90
    ended = at_end.totals[0]
    if ended.printed and ended.value == 0:
        return [words(NONE_ENDED)]
    if not ended.printed:
        return [words(FEW_ENDED)]
    lines = [words.employment(at_end), words.onward(at_end), words.after_90(after_90)]
    if _applied(at_end) or _applied(after_90):
        lines.append(words(RULE_NOTE))
    return lines


def _applied(chain: Chain) -> bool:
    return any(not c.printed for c in (*chain.totals, chain.women, chain.men)) and not (
        chain.totals[-1].printed and chain.totals[-1].value == 0
    )


class _Writer:
    def __init__(self, translate: Translate, language: str) -> None:
        self._translate = translate
        self._language = language

    def __call__(self, source: str, **values: object) -> str:
        return self._translate(CONTEXT, source).format(**values)

    def number(self, value: int) -> str:
        return formats.number(value, self._language)

    def percent(self, part: int, whole: int) -> str:
        return formats.whole_percent(round(100 * part / whole), self._language)

    def genders(self, chain: Chain) -> str:
        if chain.totals[-1].value == 0:
            return ""
        if chain.women.printed and chain.men.printed:
            return self(
                GENDERS, women=self.number(chain.women.value), men=self.number(chain.men.value)
            )
        return self(GENDERS_NOT_SHOWN)

    def employment(self, chain: Chain) -> str:
        ended, employed = chain.totals[0], chain.totals[2]
        if not employed.printed:
            return self(EMPLOYMENT_WITHHELD, ended=self.number(ended.value))
        return self(
            EMPLOYMENT,
            ended=self.number(ended.value),
            count=self.number(employed.value),
            percent=self.percent(employed.value, ended.value),
            genders=self.genders(chain),
        )

    def onward(self, chain: Chain) -> str:
        ended, onward = chain.totals[0], chain.totals[1]
        if not onward.printed:
            return self(ONWARD_WITHHELD, ended=self.number(ended.value))
        return self(
            ONWARD,
            ended=self.number(ended.value),
            count=self.number(onward.value),
            percent=self.percent(onward.value, ended.value),
        )

    def after_90(self, chain: Chain) -> str:
        ended, checked, working = chain.totals
        if checked.printed and checked.value == 0:
            return self(NONE_CHECKED)
        if checked.printed:
            if not working.printed:
                return self(AFTER_90_WITHHELD, checked=self.number(checked.value))
            return self(
                AFTER_90,
                checked=self.number(checked.value),
                count=self.number(working.value),
                percent=self.percent(working.value, checked.value),
                genders=self.genders(chain),
            )
        # How many are checked is not shown (a few, or a few not yet): count of the ended.
        if not working.printed:
            return self(AFTER_90_NOT_SHOWN)
        return self(
            AFTER_90_OF_ENDED,
            ended=self.number(ended.value),
            count=self.number(working.value),
            genders=self.genders(chain),
        )
