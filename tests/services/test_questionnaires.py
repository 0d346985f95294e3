"""QuestionnaireService: a printed questionnaire is issued, written and logged together; its
answers are keyed back by code as the placement's feedback in one transaction; a refusal
changes nothing."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from ambassador import paths
from ambassador.catalog import Catalogs
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Respondent
from ambassador.domain.errors import NotFoundError, StorageError, ValidationError
from ambassador.domain.figures import Period
from ambassador.domain.questionnaire import (
    ALREADY_ANSWERED,
    BAD_CODE,
    MISTYPED_CODE,
    UNKNOWN_CODE,
    QuestionnaireAnswers,
    ResponseFigures,
)
from ambassador.domain.validation import RATING_RANGE
from ambassador.services.bundle import Services
from ambassador.services.questionnaires import QUESTIONNAIRE, QuestionnaireService
from ambassador.storage.database import Database
from tests.factories import make_employer, make_placement, make_supervisor
from tests.pdfs import pdf_words
from tests.peek import table

# The first code drawn from the counting draw: A C D E F are 0 1 2 3 4, weighted
# 6*0 + 5*1 + 4*2 + 3*3 + 2*4 = 30, and -30 mod 23 = 16 = X.
FIRST = "ACDEFX"


def counting_draw():  # type: ignore[no-untyped-def]
    """Each code drawn from the next five characters of the alphabet in turn."""
    counter = itertools.count()
    return lambda bound: next(counter) % bound


@pytest.fixture
def questionnaires(database: Database, clock: FixedClock) -> QuestionnaireService:
    return QuestionnaireService(
        database, clock, Catalogs(paths.translations_dir()), draw=counting_draw()
    )


def export_log(database: Database) -> list[tuple[object, ...]]:
    return table(database, "SELECT kind, subject_kind, subject_ids, file_path FROM export_log")


def test_printed_questionnaire_issued_written_and_logged(
    services: Services,
    questionnaires: QuestionnaireService,
    database: Database,
    tmp_path: Path,
) -> None:
    placement_id = make_placement(services)
    path = tmp_path / "enkat.pdf"
    issued = questionnaires.write(placement_id, Respondent.EMPLOYER, path)
    assert issued.questionnaire.code == FIRST
    assert issued.questionnaire.sent_on == date(2026, 11, 24)  # the clock's today
    assert issued.questionnaire.answered_on is None
    assert issued.written.subject_id == placement_id and path.read_bytes().startswith(b"%PDF-")
    assert "ACD-EFX" in pdf_words(path)
    assert export_log(database) == [(QUESTIONNAIRE, "placement", str(placement_id), str(path))]
    assert questionnaires.of_placement(placement_id) == [issued.questionnaire]


def test_printed_again_the_same_day_keeps_its_code(
    services: Services, questionnaires: QuestionnaireService, tmp_path: Path
) -> None:
    placement_id = make_placement(services)
    first = questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")
    again = questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "b.pdf")
    other = questionnaires.write(placement_id, Respondent.PARTICIPANT, tmp_path / "c.pdf")
    assert again.questionnaire == first.questionnaire
    assert other.questionnaire.code != first.questionnaire.code
    assert len(questionnaires.of_placement(placement_id)) == 2


def test_taken_code_drawn_again(
    services: Services, database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    placement_id = make_placement(services)
    # Both services draw ACDEF first: the second finds ACDEFX taken and draws again.
    first = QuestionnaireService(
        database, clock, Catalogs(paths.translations_dir()), draw=counting_draw()
    )
    second = QuestionnaireService(
        database, clock, Catalogs(paths.translations_dir()), draw=counting_draw()
    )
    a = first.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf").questionnaire
    b = second.write(placement_id, Respondent.PARTICIPANT, tmp_path / "b.pdf").questionnaire
    assert a.code == FIRST and b.code not in ("", FIRST)


def test_unwritable_file_leaves_no_questionnaire_and_no_log(
    services: Services,
    questionnaires: QuestionnaireService,
    database: Database,
    tmp_path: Path,
) -> None:
    placement_id = make_placement(services)
    with pytest.raises(StorageError):
        questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "none" / "a.pdf")
    assert questionnaires.of_placement(placement_id) == []
    assert export_log(database) == []


def test_unknown_placement_refused(questionnaires: QuestionnaireService, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        questionnaires.write(999, Respondent.EMPLOYER, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def answers(**overrides: object) -> QuestionnaireAnswers:
    base = QuestionnaireAnswers.from_ratings(
        date(2026, 11, 24), (4, 5, 3, 5, 4), True, "Noggrann", "Tempot"
    )
    return QuestionnaireAnswers(**{**base.__dict__, **overrides})  # type: ignore[arg-type]


def test_answers_keyed_by_code_are_the_placements_feedback(
    services: Services, questionnaires: QuestionnaireService, tmp_path: Path
) -> None:
    employer_id = make_employer(services, organisation_number=None, name="Lindqvists Café")
    supervisor_id = make_supervisor(services, employer_id)
    placement_id = make_placement(services, employer_id=employer_id, supervisor_id=supervisor_id)
    questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")

    found = questionnaires.find(" acd efx ")
    assert found.questionnaire.code == FIRST
    assert (found.employer_name, found.supervisor_name) == ("Lindqvists Café", "Kerstin Lind")
    assert found.participant_name == "Åsa Öberg"

    saved = questionnaires.enter_answers("acd-efx", answers())
    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert feedback == saved.feedback
    assert feedback.given_on == date(2026, 11, 24) and feedback.respondent is Respondent.EMPLOYER
    assert feedback.contact_id == supervisor_id  # the questionnaire went to the supervisor
    assert (feedback.felt_supported, feedback.could_consider_hiring) == (4, True)
    assert saved.questionnaire.answered_on == date(2026, 11, 24)
    assert saved.questionnaire.feedback_id == feedback.id
    assert saved.changes.placements == {placement_id} and saved.changes.feedback == {feedback.id}


@pytest.mark.parametrize(
    ("typed", "problem"),
    [("ACD-EF", BAD_CODE), ("ACD-EFY", MISTYPED_CODE), ("AAA-AAA", UNKNOWN_CODE)],
)
def test_bad_code_refused_and_nothing_recorded(
    services: Services,
    questionnaires: QuestionnaireService,
    tmp_path: Path,
    typed: str,
    problem: str,
) -> None:
    placement_id = make_placement(services)
    questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")
    with pytest.raises(ValidationError) as refused:
        questionnaires.enter_answers(typed, answers())
    assert [(p.field, p.message) for p in refused.value.problems] == [("code", problem)]
    assert services.follow_up.feedback_of_placement(placement_id) == []
    with pytest.raises(ValidationError):
        questionnaires.find(typed)


def test_unknown_code_named_in_the_message(questionnaires: QuestionnaireService) -> None:
    with pytest.raises(ValidationError) as refused:
        questionnaires.find("aaaaaa")
    assert refused.value.problems[0].render() == "No questionnaire has the code AAA-AAA."


def test_second_answer_to_one_questionnaire_refused(
    services: Services, questionnaires: QuestionnaireService, tmp_path: Path
) -> None:
    placement_id = make_placement(services)
    questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")
    questionnaires.enter_answers(FIRST, answers())
    with pytest.raises(ValidationError) as refused:
        questionnaires.enter_answers(FIRST, answers(felt_supported=1))
    [problem] = refused.value.problems
    assert problem.message == ALREADY_ANSWERED
    assert problem.render() == (
        "The questionnaire ACD-EFX was already answered on 2026-11-24; its answers are saved."
    )
    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert feedback.felt_supported == 4


def test_refused_answers_change_nothing(
    services: Services,
    questionnaires: QuestionnaireService,
    database: Database,
    tmp_path: Path,
) -> None:
    placement_id = make_placement(services)
    questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")
    with pytest.raises(ValidationError) as refused:
        questionnaires.enter_answers(FIRST, answers(attendance=6))
    assert [p.message for p in refused.value.problems] == [RATING_RANGE]
    assert table(database, "SELECT count(*) FROM feedback") == [(0,)]
    assert table(database, "SELECT answered_on, feedback_id FROM questionnaires") == [(None, None)]


def test_answering_is_one_transaction(
    services: Services,
    questionnaires: QuestionnaireService,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure after the feedback row is written, marking the questionnaire, takes the
    feedback away with it."""
    from ambassador.storage.questionnaires import QuestionnaireRepository

    placement_id = make_placement(services)
    questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")

    def fail(*_args: object) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(QuestionnaireRepository, "mark_answered", fail)
    with pytest.raises(StorageError):
        questionnaires.enter_answers(FIRST, answers())
    assert table(database, "SELECT count(*) FROM feedback") == [(0,)]
    assert table(database, "SELECT answered_on FROM questionnaires") == [(None,)]


def test_figures_of_the_period(
    services: Services, questionnaires: QuestionnaireService, tmp_path: Path
) -> None:
    # Four placements: three employer questionnaires and one participant questionnaire sent
    # today; two employers answer, rating support 5 and 3; the participant does not answer.
    placements = [make_placement(services) for _ in range(3)]
    codes = [
        questionnaires.write(p, Respondent.EMPLOYER, tmp_path / f"{p}.pdf").questionnaire.code
        for p in placements
    ]
    questionnaires.write(placements[0], Respondent.PARTICIPANT, tmp_path / "p.pdf")
    questionnaires.enter_answers(codes[0], answers(answered_on=date(2026, 11, 24)))
    questionnaires.enter_answers(
        codes[1], answers(answered_on=date(2026, 11, 24), felt_supported=3)
    )
    # A placement in the trash takes its questionnaire out of the figures.
    services.placements.delete(placements[2])

    employers, participants = questionnaires.figures(Period(date(2026, 1, 1), date(2026, 12, 31)))
    assert employers == ResponseFigures(Respondent.EMPLOYER, 2, 2, 2, 1)  # 1 of 2 felt supported
    assert participants == ResponseFigures(Respondent.PARTICIPANT, 1, 0, 0, 0)
    # Sent in 2026, so nothing in 2025.
    nothing, _ = questionnaires.figures(Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert nothing.sent == 0
    # The answered questionnaire's answer counts among the key figures' feedback as well.
    key = services.overview.key_figures(Period(date(2026, 1, 1), date(2026, 12, 31)))
    assert (key.employers_felt_supported.part.total, key.employers_felt_supported.whole.total) == (
        1,
        2,
    )


def test_statistics_report_carries_the_figures(
    services: Services, questionnaires: QuestionnaireService, tmp_path: Path
) -> None:
    placement_id = make_placement(services)
    questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "a.pdf")
    questionnaires.enter_answers(FIRST, answers())
    path = tmp_path / "stats.pdf"
    services.documents.write_statistics(
        Period(date(2026, 1, 1), date(2026, 12, 31)), path, language="en"
    )
    # One sent, one answered, felt supported 4: 100 % (1/1).
    assert "Employers 1 1 1 100% (1/1)" in pdf_words(path).replace("\u00a0", " ")


def test_sample_data_has_questionnaires_out_and_back(
    services: Services, database: Database, clock: FixedClock
) -> None:
    from ambassador.services.sample_data import SampleDataService, Size

    SampleDataService(database, clock).generate(Size.SMALL, seed=1)
    employers, participants = services.questionnaires.figures(Period.year_of(clock.today()))
    # Some came back, some are still out, for both kinds of respondent.
    assert 0 < employers.answered < employers.sent
    assert 0 < participants.answered <= participants.sent
    # Every answered questionnaire is its placement's feedback of the day it was answered.
    mismatched = table(
        database,
        "SELECT q.id FROM questionnaires q JOIN feedback f ON f.id = q.feedback_id"
        " WHERE f.placement_id != q.placement_id OR f.given_on != q.answered_on"
        " OR f.respondent != q.respondent OR q.answered_on < q.sent_on",
    )
    assert mismatched == []
    assert table(
        database,
        "SELECT count(*) FROM questionnaires WHERE answered_on IS NOT NULL AND feedback_id IS NULL",
    ) == [(0,)]
