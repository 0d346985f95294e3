"""The printed questionnaire: its questions for each respondent, its short code, the answers
keyed back from paper, and how many came back and felt supported.

The questionnaire is the feedback form on paper: its five questions are the five ratings of
`FeedbackFields`, worded for the one who answers, so a keyed-in answer is a feedback answer
and the timeline and key figures see it as such.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ambassador.domain import documents
from ambassador.domain.enums import Respondent
from ambassador.domain.errors import Problem, ValidationError
from ambassador.domain.figures import SUPPORTED_AT_LEAST, Period
from ambassador.domain.followup import RATING_FIELDS, FeedbackFields, validate_feedback
from ambassador.domain.messages import QT_TRANSLATE_NOOP

# The kind of document, as the export log records a printed questionnaire.
DOCUMENT_KIND = documents.QUESTIONNAIRE

# Letters and digits that cannot be read as one another in print or handwriting: no 0/O/Q,
# 1/I/L, 2/Z, 5/S, 6/G, 8/B. Kept in this order: a code's check character depends on it.
ALPHABET = "ACDEFHJKMNPRTUVWXY3479"
DATA_LENGTH = 5
CODE_LENGTH = DATA_LENGTH + 1  # and a check character
# The check is a weighted sum modulo 23, a prime, so every single wrong character and every
# swap of two neighbours changes it; the weights are distinct and not zero modulo 23.
_MODULUS = 23
_WEIGHTS = (6, 5, 4, 3, 2, 1)
_SEPARATORS = " -\u2010\u2011\u2012\u2013\u2014\u2212_.\t"

BAD_CODE = QT_TRANSLATE_NOOP(
    "Messages", "A questionnaire code is six letters and digits, for example K7M-2QX."
)
MISTYPED_CODE = QT_TRANSLATE_NOOP(
    "Messages", "{code} is not a questionnaire code: check it for a mistyped character."
)
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Messages", "No questionnaire has the code {code}.")
ALREADY_ANSWERED = QT_TRANSLATE_NOOP(
    "Messages", "The questionnaire {code} was already answered on {day}; its answers are saved."
)
ANSWERED_BEFORE_SENT = QT_TRANSLATE_NOOP(
    "Messages", "The answers cannot be dated before the questionnaire was sent, {day}."
)
ANSWERED_IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "The answers cannot be dated later than today.")
NO_HIRING_QUESTION = QT_TRANSLATE_NOOP(
    "Messages", "Only the employer's questionnaire asks about hiring."
)
BAD_RATINGS = QT_TRANSLATE_NOOP(
    "Messages",
    "Give the five answers as digits 1 to 5, a dash for a question left blank, for example 45-54.",
)


@dataclass(frozen=True)
class Question:
    field: str  # the rating of FeedbackFields it fills
    text: str  # English source, context "Labels"


QUESTIONS: dict[Respondent, tuple[Question, ...]] = {
    Respondent.EMPLOYER: (
        Question(
            "attendance",
            QT_TRANSLATE_NOOP("Labels", "The participant comes to work as agreed."),
        ),
        Question(
            "performance",
            QT_TRANSLATE_NOOP("Labels", "The participant manages the work tasks."),
        ),
        Question(
            "cooperation",
            QT_TRANSLATE_NOOP("Labels", "Working together with the participant goes well."),
        ),
        Question(
            "development",
            QT_TRANSLATE_NOOP("Labels", "The participant has developed during the placement."),
        ),
        Question(
            "felt_supported",
            QT_TRANSLATE_NOOP("Labels", "I have felt supported by the ambassador."),
        ),
    ),
    Respondent.PARTICIPANT: (
        Question(
            "attendance",
            QT_TRANSLATE_NOOP("Labels", "I have been able to be at the workplace as planned."),
        ),
        Question("performance", QT_TRANSLATE_NOOP("Labels", "I manage the work tasks.")),
        Question(
            "cooperation",
            QT_TRANSLATE_NOOP("Labels", "I get on well with my workmates and supervisor."),
        ),
        Question("development", QT_TRANSLATE_NOOP("Labels", "I have learned new things.")),
        Question(
            "felt_supported",
            QT_TRANSLATE_NOOP("Labels", "I have had the support I needed from the ambassador."),
        ),
    ),
}

SCALE_LOW = QT_TRANSLATE_NOOP("Labels", "Do not agree at all")
SCALE_HIGH = QT_TRANSLATE_NOOP("Labels", "Fully agree")
HIRING_QUESTION = QT_TRANSLATE_NOOP("Labels", "Could you consider hiring the participant?")
HIRING_YES = QT_TRANSLATE_NOOP("Labels", "Yes")
HIRING_NO = QT_TRANSLATE_NOOP("Labels", "No")
HIRING_UNSURE = QT_TRANSLATE_NOOP("Labels", "Don't know")
# The two comment boxes fill the feedback's strengths and areas to develop.
COMMENTS: dict[Respondent, tuple[str, str]] = {
    Respondent.EMPLOYER: (
        QT_TRANSLATE_NOOP("Labels", "The participant's strengths"),
        QT_TRANSLATE_NOOP("Labels", "What the participant could develop"),
    ),
    Respondent.PARTICIPANT: (
        QT_TRANSLATE_NOOP("Labels", "What has gone well"),
        QT_TRANSLATE_NOOP("Labels", "What could be better"),
    ),
}

# How the response figures read, in the window and in the statistics report.
FIGURES_SUPPORTED = QT_TRANSLATE_NOOP(
    "Labels", "{supported} of {rated} respondents ({percent}) felt supported"
)
FIGURES_RETURNED = QT_TRANSLATE_NOOP("Labels", "{answered} answers of {sent} sent")
FIGURES_NONE_SENT = QT_TRANSLATE_NOOP("Labels", "No questionnaire sent in the period")
FIGURES_NONE_ANSWERED = QT_TRANSLATE_NOOP("Labels", "No answer about the support yet")


# The code ----------------------------------------------------------------------------------

Draw = Callable[[int], int]  # a whole number from 0 up to (not including) its argument


def _check_value(values: Sequence[int]) -> int:
    return -sum(w * v for w, v in zip(_WEIGHTS, values, strict=False)) % _MODULUS


def new_code(draw: Draw) -> str:
    """A fresh code of five characters and a check character, from `draw` (secrets.randbelow
    in use, a fixed sequence in tests). Drawn again in the one case of 23 whose check value
    has no character."""
    while True:
        values = [draw(len(ALPHABET)) for _ in range(DATA_LENGTH)]
        check = _check_value(values)
        if check < len(ALPHABET):
            return "".join(ALPHABET[v] for v in [*values, check])


def normalise_code(text: str) -> str:
    """What the person typed as the stored code: upper case, without spaces and dashes.
    Raises ValidationError when it is not a code or fails its check character."""
    code = "".join(ch for ch in text.upper() if ch not in _SEPARATORS)
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        raise ValidationError.single("code", BAD_CODE)
    if not is_valid_code(code):
        raise ValidationError.single("code", MISTYPED_CODE, code=display_code(code))
    return code


def is_valid_code(code: str) -> bool:
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return False
    values = [ALPHABET.index(ch) for ch in code]
    return sum(w * v for w, v in zip(_WEIGHTS, values, strict=True)) % _MODULUS == 0


def display_code(code: str) -> str:
    """In two groups of three, as printed and read aloud: K7M-2QX."""
    return f"{code[:3]}-{code[3:]}" if len(code) == CODE_LENGTH else code


# The record and its answers -------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Questionnaire:
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    code: str
    placement_id: int
    respondent: Respondent
    sent_on: date
    answered_on: date | None = None
    feedback_id: int | None = None
    created_at: datetime


@dataclass(frozen=True)
class QuestionnaireSheet:
    """What the printed questionnaire says: the person by name only, never their identity
    number, and nothing of the notes."""

    code: str
    respondent: Respondent
    participant_name: str
    employer_name: str
    supervisor_name: str
    start_date: date
    planned_end_date: date | None


@dataclass(frozen=True)
class QuestionnaireAnswers:
    """The answers as keyed in from the paper; None is a question left blank."""

    answered_on: date
    attendance: int | None = None
    performance: int | None = None
    cooperation: int | None = None
    development: int | None = None
    felt_supported: int | None = None
    could_consider_hiring: bool | None = None
    strengths: str = ""
    areas_to_develop: str = ""

    @classmethod
    def from_ratings(
        cls,
        answered_on: date,
        ratings: Sequence[int | None],
        could_consider_hiring: bool | None = None,
        strengths: str = "",
        areas_to_develop: str = "",
    ) -> QuestionnaireAnswers:
        """`ratings` in the order of the questions (RATING_FIELDS)."""
        attendance, performance, cooperation, development, felt_supported = ratings
        return cls(
            answered_on,
            attendance,
            performance,
            cooperation,
            development,
            felt_supported,
            could_consider_hiring,
            strengths,
            areas_to_develop,
        )


def parse_ratings(text: str) -> tuple[int | None, ...]:
    """Five answers keyed as digits, in question order: "45354"; "-", "0" or "x" for a
    question left blank; spaces ignored. Raises ValidationError."""
    keys = [ch for ch in text.strip().lower() if not ch.isspace()]
    if len(keys) != len(RATING_FIELDS) or any(k not in "12345-0x" for k in keys):
        raise ValidationError.single("ratings", BAD_RATINGS)
    return tuple(int(k) if k in "12345" else None for k in keys)


def answers_to_feedback(
    questionnaire: Questionnaire,
    answers: QuestionnaireAnswers,
    today: date,
    contact_id: int | None,
) -> FeedbackFields:
    """The feedback the answers record, checked as any feedback is, and against the
    questionnaire: dated between its sending and today, hiring asked of the employer only."""
    problems: list[Problem] = []
    if answers.answered_on < questionnaire.sent_on:
        problems.append(
            Problem("answered_on", ANSWERED_BEFORE_SENT, {"day": questionnaire.sent_on})
        )
    if answers.answered_on > today:
        problems.append(Problem("answered_on", ANSWERED_IN_FUTURE))
    employer = questionnaire.respondent is Respondent.EMPLOYER
    if not employer and answers.could_consider_hiring is not None:
        problems.append(Problem("could_consider_hiring", NO_HIRING_QUESTION))
    fields = FeedbackFields(
        placement_id=questionnaire.placement_id,
        given_on=answers.answered_on,
        respondent=questionnaire.respondent,
        contact_id=contact_id if employer else None,
        attendance=answers.attendance,
        performance=answers.performance,
        cooperation=answers.cooperation,
        development=answers.development,
        felt_supported=answers.felt_supported,
        could_consider_hiring=answers.could_consider_hiring,
        strengths=answers.strengths,
        areas_to_develop=answers.areas_to_develop,
    )
    try:
        fields = validate_feedback(fields)
    except ValidationError as error:
        problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return fields


# The figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionnaireFact:
    respondent: Respondent
    sent_on: date
    answered: bool
    felt_supported: int | None  # the answer's rating, None when left blank or unanswered


@dataclass(frozen=True)
class ResponseFigures:
    """Of the questionnaires sent in a period to one kind of respondent: how many came back,
    how many of those rated the support, and how many of those felt supported (4 or 5)."""

    respondent: Respondent
    sent: int
    answered: int
    rated_support: int
    felt_supported: int

    @property
    def ratio(self) -> float | None:
        return None if self.rated_support == 0 else self.felt_supported / self.rated_support

    @property
    def response_rate(self) -> float | None:
        return None if self.sent == 0 else self.answered / self.sent


def compute_response_figures(
    period: Period, facts: Sequence[QuestionnaireFact]
) -> tuple[ResponseFigures, ResponseFigures]:
    """The employers' figures, then the participants'. A questionnaire counts in the period
    it was sent in, and as answered whenever its answers came back."""

    def figures(who: Respondent) -> ResponseFigures:
        sent = [f for f in facts if f.respondent is who and period.contains(f.sent_on)]
        answered = [f for f in sent if f.answered]
        rated = [f for f in answered if f.felt_supported is not None]
        supported = [f for f in rated if (f.felt_supported or 0) >= SUPPORTED_AT_LEAST]
        return ResponseFigures(who, len(sent), len(answered), len(rated), len(supported))

    return figures(Respondent.EMPLOYER), figures(Respondent.PARTICIPANT)


def figures_parts(
    figures: ResponseFigures, percent: Callable[[float | None], str]
) -> list[tuple[str, dict[str, object]]]:
    """The figures as sentences to translate (context "Labels") and fill in: "8 of 10
    respondents (80 %) felt supported", "10 answers of 14 sent"."""
    if figures.sent == 0:
        return [(FIGURES_NONE_SENT, {})]
    returned: tuple[str, dict[str, object]] = (
        FIGURES_RETURNED,
        {"answered": figures.answered, "sent": figures.sent},
    )
    if figures.rated_support == 0:
        return [(FIGURES_NONE_ANSWERED, {}), returned]
    supported = (
        FIGURES_SUPPORTED,
        {
            "supported": figures.felt_supported,
            "rated": figures.rated_support,
            "percent": percent(figures.ratio),
        },
    )
    return [supported, returned]
