"""The printed questionnaire, read back from the PDF: one page, its code, its questions in
the reader's language, the person by name only."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Respondent
from ambassador.domain.questionnaire import (
    COMMENTS,
    HIRING_QUESTION,
    QUESTIONS,
    QuestionnaireSheet,
)
from ambassador.reporting.questionnaire import render_questionnaire
from ambassador.reporting.words import Words
from ambassador.services.bundle import Services
from tests.factories import (
    make_identity_number,
    make_participant,
    make_placement,
    note_fields,
)
from tests.pdfs import pdf_text

LETTERHEAD = Letterhead(
    "Arbetsmarknadsenheten, Storkyrka kommun",
    "Maria Ambassadör",
    "070-123 45 67",
    "maria.ambassador@storkyrka.se",
)
LONG_NAME = "Nguyễn Thị Minh Khai-Hämäläinen Pietikäinen-Väisänen"
LONG_EMPLOYER = "Kommunens tekniska förvaltning, park- och gatuavdelningen, Östra depån"

# The Swedish wording of the questions, as the translation gives them (context Labels).
SWEDISH = {
    QUESTIONS[Respondent.EMPLOYER][0].text: "Deltagaren har kommit som överenskommet",
    QUESTIONS[Respondent.EMPLOYER][1].text: "Deltagaren klarar arbetsuppgifterna",
    QUESTIONS[Respondent.EMPLOYER][2].text: "Samarbetet med deltagaren fungerar",
    QUESTIONS[Respondent.EMPLOYER][3].text: "Deltagaren har utvecklats under placeringen",
    QUESTIONS[Respondent.EMPLOYER][4].text: "Jag har känt mig stöttad av ambassadören",
    QUESTIONS[Respondent.PARTICIPANT][0].text: "Jag har kunnat vara på arbetsplatsen som planerat",
    QUESTIONS[Respondent.PARTICIPANT][1].text: "Jag klarar arbetsuppgifterna",
    QUESTIONS[Respondent.PARTICIPANT][2].text: "Jag trivs med arbetskamrater och handledare",
    QUESTIONS[Respondent.PARTICIPANT][3].text: "Jag har lärt mig nya saker",
    QUESTIONS[Respondent.PARTICIPANT][4].text: ("Jag har fått det stöd jag behövt av ambassadören"),
    HIRING_QUESTION: "Skulle ni kunna tänka er att anställa deltagaren?",
}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sheet(respondent: Respondent, *, long: bool = False) -> QuestionnaireSheet:
    return QuestionnaireSheet(
        code="ACDEFX",
        respondent=respondent,
        participant_name=LONG_NAME if long else "Åsa Öberg",
        employer_name=LONG_EMPLOYER if long else "Café Ängen",
        supervisor_name="Jörgen Ek",
        start_date=date(2026, 9, 1),
        planned_end_date=None if long else date(2027, 2, 28),
    )


def render(respondent: Respondent, words: Words, *, long: bool = False) -> PdfReader:
    pdf = render_questionnaire(sheet(respondent, long=long), LETTERHEAD, words, date(2026, 11, 24))
    return PdfReader(io.BytesIO(pdf))


def english() -> Words:
    return Words(Catalog("en"), "en")


def swedish() -> Words:
    singles = {("Labels", source): text for source, text in SWEDISH.items()}
    singles[("Documents", "Questionnaire for the employer")] = "Enkät till arbetsgivaren"
    return Words(Catalog("sv", singles), "sv")


@pytest.mark.parametrize("respondent", list(Respondent))
@pytest.mark.parametrize("long", [False, True])
@pytest.mark.parametrize("make_words", [english, swedish])
def test_one_page_with_the_code_and_the_five_questions(
    respondent: Respondent, long: bool, make_words: object
) -> None:
    words = make_words()  # type: ignore[operator]
    reader = render(respondent, words, long=long)
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert "ACD-EFX" in text
    assert flat(LONG_NAME if long else "Åsa Öberg") in text
    for question in QUESTIONS[respondent]:
        expected = SWEDISH[question.text] if words.language == "sv" else question.text
        assert flat(expected) in text
    hiring = SWEDISH[HIRING_QUESTION] if words.language == "sv" else HIRING_QUESTION
    assert (flat(hiring) in text) is (respondent is Respondent.EMPLOYER)
    for comment in COMMENTS[respondent]:
        assert flat(comment) in text  # untranslated in the stub: the English source
    assert flat("Maria Ambassadör") in text and flat("070-123 45 67") in text


def test_title_names_the_respondent() -> None:
    text = render(Respondent.EMPLOYER, swedish()).pages[0].extract_text()
    assert "Enkät till arbetsgivaren" in text
    text = render(Respondent.PARTICIPANT, english()).pages[0].extract_text()
    assert "Questionnaire for the participant" in text


def test_written_questionnaire_has_no_identity_number_and_no_notes(
    services: Services, tmp_path: Path
) -> None:
    number = make_identity_number(date(1985, 3, 12))
    participant_id = make_participant(
        services, first_name="Ayşe", last_name="Łukasiewicz", personal_identity_number=number
    )
    placement_id = make_placement(services, participant_id)
    services.follow_up.add_note(
        note_fields(
            participant_id,
            placement_id,
            services.clock.now(),
            text="Delad anteckning om schemat",
            shareable=True,
        )
    )
    path = tmp_path / "q.pdf"
    services.questionnaires.write(placement_id, Respondent.EMPLOYER, path, language="en")
    text = pdf_text(path)
    digits = number.replace("-", "")
    for form in (number, digits, f"{digits[2:8]}-{digits[8:]}", digits[2:]):
        assert form not in flat(text)
    assert "Ayşe Łukasiewicz" in text
    assert "schemat" not in text
    info = PdfReader(path).metadata
    assert info is not None and "Ayşe" not in str(info.title)


def test_statistics_report_shows_the_response_figures() -> None:
    from ambassador.domain.figures import Period
    from ambassador.domain.questionnaire import ResponseFigures
    from ambassador.domain.statistics import StatisticsReport, compute_statistics
    from ambassador.reporting.statistics import render_statistics

    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    report = StatisticsReport(
        LETTERHEAD,
        compute_statistics(period, [], []),
        date(2026, 11, 24),
        (
            # 14 sent, 10 answered, 8 of the 10 felt supported: 80 % (8/10).
            ResponseFigures(Respondent.EMPLOYER, 14, 10, 10, 8),
            ResponseFigures(Respondent.PARTICIPANT, 3, 0, 0, 0),
        ),
    )
    text = " ".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(render_statistics(report, english()))).pages
    )
    words = re.sub(r"\s+", " ", text)
    assert "Questionnaires" in words
    assert "Employers 14 10 8 80% (8/10)" in words.replace("\u00a0", " ")
    assert "Participants 3 0 0 –" in words


def test_statistics_report_without_questionnaires_says_so() -> None:
    from ambassador.domain.figures import Period
    from ambassador.domain.statistics import StatisticsReport, compute_statistics
    from ambassador.reporting.statistics import render_statistics

    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    report = StatisticsReport(LETTERHEAD, compute_statistics(period, [], []), date(2026, 11, 24))
    pdf = render_statistics(report, english())
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "No questionnaire was sent in the period." in text
