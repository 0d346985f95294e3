"""Outcome sentences: the suppression rule proven on every small table, hand-computed
examples, and the sentences as written in English and Swedish."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period, PlacementFact
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheckFact
from ambassador.domain.sentences import (
    Chain,
    Count,
    Shown,
    outcome_sentences,
    protect,
    write_sentences,
)

N, F, X = Shown.NUMBER, Shown.FEWER_THAN_5, Shown.WITHHELD
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def english(context: str, source: str, n: int | None = None) -> str:
    return source


def shown(chain: Chain) -> tuple[tuple[Shown, ...], Shown, Shown]:
    return tuple(c.shown for c in chain.totals), chain.women.shown, chain.men.shown


# The proof: every table of a chain of three totals with at most LIMIT people -------------
#
# A table: three rows (outside the middle total; in the middle but not the inner; the inner)
# by three genders (women, men, the rest). What a reader sees is protect()'s output; the
# tables a reader cannot tell apart are those with the same output. A group of people is any
# set of rows by any set of genders. The rule holds when no group of 1 to 4 people has the
# same count in every table that looks the same: nothing printed, summed, subtracted or
# bounded by "fewer than 5" pins it down.

LIMIT = 9
ROW_SETS = [s for r in range(1, 4) for s in itertools.combinations(range(3), r)]
GENDER_SETS = ROW_SETS


def tables(limit: int) -> list[tuple[int, ...]]:
    """Every 3x3 table of non-negative counts (row by row) summing to at most `limit`."""
    result: list[tuple[int, ...]] = []

    def fill(prefix: tuple[int, ...], left: int) -> None:
        if len(prefix) == 9:
            result.append(prefix)
            return
        for value in range(left + 1):
            fill((*prefix, value), left - value)

    fill((), limit)
    return result


def output(table: tuple[int, ...]) -> tuple[object, ...]:
    rows = [table[0:3], table[3:6], table[6:9]]
    inner = sum(rows[2])
    middle = inner + sum(rows[1])
    total = middle + sum(rows[0])
    chain = protect([total, middle, inner], rows[2][0], rows[2][1])
    counts = [*chain.totals, chain.women, chain.men]
    return tuple((c.shown, c.value if c.shown is Shown.NUMBER else None) for c in counts)


def group_counts(table: tuple[int, ...]) -> list[int]:
    by_row = [[sum(table[3 * r + g] for g in genders) for genders in GENDER_SETS] for r in range(3)]
    return [
        sum(by_row[r][index] for r in rows)
        for rows in ROW_SETS
        for index in range(len(GENDER_SETS))
    ]


def test_no_printed_numbers_reveal_a_group_under_5() -> None:
    lowest: dict[tuple[object, ...], list[int]] = {}
    highest: dict[tuple[object, ...], list[int]] = {}
    for table in tables(LIMIT):
        seen = output(table)
        counts = group_counts(table)
        low, high = lowest.get(seen), highest.get(seen)
        if low is None or high is None:
            lowest[seen], highest[seen] = counts, list(counts)
            continue
        for index, value in enumerate(counts):
            if value < low[index]:
                low[index] = value
            if value > high[index]:
                high[index] = value
    revealed = [
        (seen, index, low[index])
        for seen, low in lowest.items()
        for index, value in enumerate(low)
        if 0 < value < 5 and highest[seen][index] == value
    ]
    assert revealed == []


def test_the_proof_covers_tables_where_suppression_decides() -> None:
    # The enumeration is not vacuous: it meets each kind of outcome the rule can give.
    kinds = {tuple(shown_value for shown_value, _value in output(t)) for t in tables(LIMIT)}
    assert (N, N, N, N, N) in kinds  # everything printed
    assert (N, N, X, X, X) in kinds  # an inner total withheld
    assert (N, X, N, X, X) in kinds  # a middle total withheld, the inner one printed
    assert (N, N, N, X, X) in kinds  # the split withheld
    assert (F, X, X, X, X) in kinds  # too few to say more


@given(
    st.integers(0, 400),
    st.integers(0, 400),
    st.integers(0, 400),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_large_tables_print_no_difference_under_5(
    rest: int, middle_only: int, others: int, women: int, men: int
) -> None:
    """Any two printed numbers of the chain that are nested differ by 0 or at least 5."""
    inner = women + men + others
    middle = inner + middle_only
    total = middle + rest
    chain = protect([total, middle, inner], women, men)
    printed = [c.value for c in chain.totals if c.printed]
    for outer, nested in itertools.combinations(printed, 2):
        assert not 0 < outer - nested < 5
    assert chain.women.printed == chain.men.printed
    if chain.women.printed:
        for value in (women, men, inner - women, inner - men, others):
            assert not 0 < value < 5


# Hand-computed examples -------------------------------------------------------------------


def test_large_numbers_are_all_printed() -> None:
    # 201 ended, 170 to work or education, 152 employed (89 women, 63 men, 0 others):
    # differences 31, 49, 18; 152-89 = 63, 152-63 = 89, 152-89-63 = 0. Nothing under 5.
    chain = protect([201, 170, 152], 89, 63)
    assert shown(chain) == ((N, N, N), N, N)


def test_twelve_ended_nine_employed_withholds_the_employed() -> None:
    # 12 ended, 9 employed (6 women, 3 men), no one to studies: 9 to work or education.
    # 12 - 9 = 3 did not go on: printing 12 and 9 would reveal those 3, so the inner totals
    # (9 to work or education, 9 employed) are withheld; the headline 12 stays. With the
    # employed withheld there is nothing to split: men 3 is not shown, nor women 6 (9 - 6
    # would give the 3 men back had the 9 been printed).
    chain = protect([12, 9, 9], 6, 3)
    assert shown(chain) == ((N, X, X), X, X)


def test_a_small_gender_takes_the_split_with_it() -> None:
    # 20 ended, 9 employed (6 women, 3 men), 9 to work or education: 20 - 9 = 11 and
    # 9 - 9 = 0, so the totals are printed. Men 3 is under 5, and women 6 would give it back
    # (9 - 6 = 3): the split is not shown at all.
    chain = protect([20, 9, 9], 6, 3)
    assert shown(chain) == ((N, N, N), X, X)


def test_a_few_others_take_the_split_with_them() -> None:
    # 30 employed: 15 women, 12 men, 3 who are another gender or prefer not to say.
    # 30 - 15 - 12 = 3 would reveal them: no split.
    chain = protect([40, 30, 30], 15, 12)
    assert shown(chain) == ((N, N, N), X, X)


def test_a_small_middle_total_keeps_the_inner_one() -> None:
    # 30 ended, 27 to work or education, 20 employed (10 women, 10 men): 30 - 27 = 3 hides
    # the 27; 30 - 20 = 10 and the split leave nothing under 5, so they are printed.
    chain = protect([30, 27, 20], 10, 10)
    assert shown(chain) == ((N, X, N), N, N)


def test_zero_is_printed() -> None:
    # 7 ended, none employed: "0 led to employment" is about all 7, a group of 5 or more.
    chain = protect([7, 0, 0], 0, 0)
    assert shown(chain) == ((N, N, N), X, X)  # no split of nobody


def test_under_5_ended_says_nothing_more() -> None:
    chain = protect([4, 2, 1], 1, 0)
    assert shown(chain) == ((F, X, X), X, X)


def test_nested_totals_are_checked() -> None:
    with pytest.raises(ValueError):
        protect([5, 6, 1], 0, 0)
    with pytest.raises(ValueError):
        protect([5, 5, 1], 1, 1)


# From placements to words -----------------------------------------------------------------


def placement(
    placement_id: int, gender: Gender, outcome: Outcome, ended: date = date(2026, 6, 1)
) -> PlacementFact:
    return PlacementFact(placement_id, gender, date(2026, 1, 10), ended, outcome)


def check(
    fact: PlacementFact, result: FollowUpResult | None, due: date = date(2026, 8, 30)
) -> OutcomeCheckFact:
    assert fact.ended_on is not None and fact.outcome is not None
    recorded = None if result is None else due
    return OutcomeCheckFact(
        fact.placement_id, fact.gender, fact.ended_on, fact.outcome, due, result, recorded
    )


def many(start: int, count: int, gender: Gender, outcome: Outcome) -> list[PlacementFact]:
    return [placement(start + i, gender, outcome) for i in range(count)]


W, M = Gender.WOMAN, Gender.MAN
E, SE, S, R = (
    Outcome.EMPLOYMENT,
    Outcome.SUBSIDISED_EMPLOYMENT,
    Outcome.STUDIES,
    Outcome.NO_OCCUPATION,
)
# 201 ended: employed 89 women + 63 men = 152 (some subsidised), 18 to studies, 31 not.
REGION = [
    *many(1, 80, W, E),
    *many(100, 9, W, SE),
    *many(200, 63, M, E),
    *many(300, 18, W, S),
    *many(400, 31, M, R),
]


def test_the_regional_programme_sentence() -> None:
    sentences = outcome_sentences(YEAR, REGION, [])
    lines = write_sentences(sentences, english, "en")
    assert lines[0] == (
        "201 placements ended in the period, of which 152 led to employment (76%): "
        "89 women, 63 men."
    )
    # 152 + 18 = 170 of 201 = 84.6 %
    assert lines[1] == "170 of the 201 placements led to work or education (85%)."
    assert lines[2] == "No check 90 days after the end is recorded yet for these placements."
    assert len(lines) == 3  # nothing was suppressed: no note on the rule


def test_ninety_days_and_the_note_on_the_rule() -> None:
    # 20 ended: 9 employed (6 women, 3 men), 11 not. All checked: 10 in work (5 women, 5 men).
    facts = [*many(1, 6, W, E), *many(10, 3, M, E), *many(20, 11, M, R)]
    results = [FollowUpResult.WORK] * 5 + [FollowUpResult.NONE] + [FollowUpResult.WORK] * 5
    results += [FollowUpResult.NONE] * 9
    checks = [check(f, r) for f, r in zip(facts, results, strict=True)]
    lines = write_sentences(outcome_sentences(YEAR, facts, checks), english, "en")
    assert lines == [
        # men 3: no split.
        "20 placements ended in the period, of which 9 led to employment (45%); "
        "not shown by gender, to protect numbers under 5.",
        "9 of the 20 placements led to work or education (45%).",
        # 20 checked, 10 in work: 5 women, 5 men, 0 others: 10 - 5 = 5 each, all shown.
        "Of the 20 checked 90 days after the end, 10 were in work or studies (50%): "
        "5 women, 5 men.",
        "A number under 5 is not shown, nor any number from which one could be worked out.",
    ]


def test_checks_not_yet_recorded_keep_the_count_checked_back() -> None:
    # 20 ended and 17 checked: 20 - 17 = 3 not yet checked would show, so "17" is withheld
    # and the sentence counts the 10 in work of the 20 ended (10 women, 0 men: 10 - 10 = 0,
    # 10 - 0 = 10, no others).
    facts = [*many(1, 10, W, E), *many(20, 10, M, R)]
    checks = [check(f, FollowUpResult.WORK) for f in facts[:10]]
    checks += [check(f, FollowUpResult.NONE) for f in facts[10:17]]
    checks += [check(f, None) for f in facts[17:]]
    lines = write_sentences(outcome_sentences(YEAR, facts, checks), english, "en")
    assert lines[2] == (
        "90 days after the end, 10 of the 20 were in work or studies: 10 women, 0 men; "
        "not every check is recorded yet."
    )


def test_placements_ended_outside_the_period_do_not_count() -> None:
    facts = [*many(1, 5, W, E), placement(9, M, E, ended=date(2025, 12, 31))]
    sentences = outcome_sentences(YEAR, facts, [])
    assert sentences.ended == Count(5, N)


def test_no_and_few_endings() -> None:
    assert write_sentences(outcome_sentences(YEAR, [], []), english, "en") == [
        "No placement ended in the period."
    ]
    assert write_sentences(outcome_sentences(YEAR, many(1, 3, W, E), []), english, "en") == [
        "Fewer than 5 placements ended in the period, too few to show their outcomes."
    ]


SWEDISH = {
    "{ended} placements ended in the period, of which {count} led to employment "
    "({percent}){genders}.": "{ended} placeringar avslutades under perioden, varav {count} "
    "ledde till anställning ({percent}){genders}.",
    ": {women} women, {men} men": ": {women} kvinnor, {men} män",
}


def swedish(context: str, source: str, n: int | None = None) -> str:
    return SWEDISH.get(source, source)


def test_swedish_numbers_as_swedes_write_them() -> None:
    # 1 200 ended, 1 100 employed: a narrow no-break space between thousands, "92 %".
    facts = [*many(1, 600, W, E), *many(1000, 500, M, E), *many(2000, 100, M, R)]
    line = write_sentences(outcome_sentences(YEAR, facts, []), swedish, "sv")[0]
    assert line == (
        "1\u202f200 placeringar avslutades under perioden, varav 1\u202f100 ledde till "
        "anställning (92\u00a0%): 600 kvinnor, 500 män."
    )


def test_none_employed_and_a_few_in_work_at_90_days() -> None:
    # 10 ended, none employed or onward: "0 led to employment (0%)" with no split of nobody.
    # All 10 checked, 3 in work: 3 is under 5, so only the 10 checked is told.
    facts = many(1, 10, M, R)
    results = [FollowUpResult.WORK] * 3 + [FollowUpResult.NONE] * 7
    checks = [check(f, r) for f, r in zip(facts, results, strict=True)]
    lines = write_sentences(outcome_sentences(YEAR, facts, checks), english, "en")
    assert lines[0] == "10 placements ended in the period, of which 0 led to employment (0%)."
    assert lines[2] == (
        "10 were checked 90 days after the end; how many were in work or studies is not "
        "shown, to protect numbers under 5."
    )


def test_six_ended_five_employed_withholds_all_but_the_six() -> None:
    # 6 ended, 5 employed (women), 1 ended early. 6 - 5 = 1: the 5 employed and the 5 onward
    # are withheld. 5 checked (6 - 5 = 1 not): withheld; 5 in work (6 - 5 = 1): withheld.
    facts = [*many(1, 5, W, E), placement(9, M, Outcome.ENDED_EARLY)]
    checks = [check(f, FollowUpResult.WORK) for f in facts[:5]] + [check(facts[5], None)]
    lines = write_sentences(outcome_sentences(YEAR, facts, checks), english, "en")
    assert lines == [
        "6 placements ended in the period; how many led to employment is not shown, to "
        "protect numbers under 5.",
        "How many of the 6 placements led to work or education is not shown, to protect "
        "numbers under 5.",
        "The results 90 days after the end are not shown, to protect numbers under 5.",
        "A number under 5 is not shown, nor any number from which one could be worked out.",
    ]
