"""The follow-up plan column read back: the export's words in either language, a number of
days as older lists had it, none, or the plan the placement's type proposes."""

from __future__ import annotations

import pytest

from ambassador.domain.plan import DEFAULT_PLAN, FollowUpPlan, Phase, describe_plan
from ambassador.interchange import values
from ambassador.interchange.records import _plan, plan_from_words

PROPOSED = FollowUpPlan((Phase(7, 2, 10), Phase(30, None, 35)))


def english(_context: str, source: str, _n: int | None = None) -> str:
    return source


@pytest.mark.parametrize(
    "text",
    [
        describe_plan(DEFAULT_PLAN, english, with_silence=True),
        "Var 7:e dag i 4 veckor, tyst efter 10 dagar; sedan var 14:e dag i 8 veckor, "
        "tyst efter 18 dagar; sedan var 30:e dag, tyst efter 35 dagar",
    ],
)
def test_the_exports_words_read_back_as_the_plan(text: str) -> None:
    assert plan_from_words(text, 14) == DEFAULT_PLAN


def test_words_without_silence_take_the_files_threshold_never_below_the_interval() -> None:
    assert plan_from_words("varje dag i 1 vecka, sedan var 21:a dag", 14) == FollowUpPlan(
        (Phase(1, 1, 14), Phase(21, None, 21))
    )


@pytest.mark.parametrize(
    "text, plan",
    [
        ("", PROPOSED),  # nothing written: the type's plan
        ("14", FollowUpPlan((Phase(14, None, 21),))),  # as lists before plans tapered
        ("0", None),
        ("Ingen planerad uppföljning", None),
        ("No planned follow-up", None),
    ],
)
def test_a_plan_cell(text: str, plan: FollowUpPlan | None) -> None:
    assert _plan(PROPOSED, 21)(text) == plan


def test_a_cell_that_is_no_plan_is_refused() -> None:
    with pytest.raises(values.BadValueError):
        _plan(PROPOSED, 21)("när det behövs")
