"""What the employer's papers may contain, decided before anything is rendered."""

from __future__ import annotations

import base64
import itertools
from datetime import date, datetime, timedelta

from ambassador.domain import documents
from ambassador.domain.documents import Letterhead
from ambassador.domain.employer import Employer
from ambassador.domain.enums import CheckInStatus, ConsentScope, Respondent, WithWhom
from ambassador.domain.followup import CheckIn, Feedback, Note
from ambassador.domain.participant import Consent, Participant
from ambassador.domain.placement import Placement
from ambassador.domain.settings import Settings

NOW = datetime(2026, 11, 24, 9, 0)
TODAY = NOW.date()
EMPLOYER = 7
PLACEMENT = 3
IDS = itertools.count(100)


def participant() -> Participant:
    return Participant(
        id=1,
        first_name="Ada",
        last_name="Exempel",
        personal_identity_number="19850312-0000",
        needs_and_adaptations="Behöver korta pauser",
        created_at=NOW,
        updated_at=NOW,
    )


def employer() -> Employer:
    return Employer(id=EMPLOYER, name="Bageriet AB", created_at=NOW, updated_at=NOW)


def placement() -> Placement:
    return Placement(
        id=PLACEMENT,
        participant_id=1,
        employer_id=EMPLOYER,
        placement_type="Arbetsträning",
        start_date=date(2026, 9, 1),
        support="Handledare en timme om dagen",
        created_at=NOW,
        updated_at=NOW,
    )


def consent(
    scope: ConsentScope = ConsentScope.SHARE_NEEDS_WITH_EMPLOYER,
    employer_id: int = EMPLOYER,
    withdrawn_on: date | None = None,
) -> Consent:
    return Consent(
        id=1,
        participant_id=1,
        scope=scope,
        employer_id=employer_id,
        given_on=date(2026, 9, 1),
        withdrawn_on=withdrawn_on,
    )


def terms(*consents: Consent) -> documents.PlacementTerms:
    return documents.placement_terms(placement(), participant(), employer(), None, consents, TODAY)


def note(
    at: datetime,
    text: str,
    *,
    with_whom: WithWhom = WithWhom.SUPERVISOR,
    shareable: bool = False,
    placement_id: int = PLACEMENT,
    deleted: bool = False,
) -> Note:
    return Note(
        id=next(IDS),
        participant_id=1,
        placement_id=placement_id,
        occurred_at=at,
        kind="Besök",
        with_whom=with_whom,
        text=text,
        shareable=shareable,
        created_at=at,
        deleted_at=NOW if deleted else None,
    )


def check_in(
    at: datetime, status: CheckInStatus, note_id: int | None = None, placement_id: int = PLACEMENT
) -> CheckIn:
    return CheckIn(
        id=next(IDS),
        placement_id=placement_id,
        scheduled_at=at,
        kind="Telefon",
        status=status,
        note_id=note_id,
    )


def feedback(
    feedback_id: int,
    given_on: date,
    respondent: Respondent = Respondent.EMPLOYER,
    *,
    deleted: bool = False,
    placement_id: int = PLACEMENT,
) -> Feedback:
    return Feedback(
        id=feedback_id,
        placement_id=placement_id,
        given_on=given_on,
        respondent=respondent,
        attendance=4,
        created_at=NOW,
        deleted_at=NOW if deleted else None,
    )


def test_needs_and_support_withheld_without_consent_to_share_them() -> None:
    assert terms().support is None and terms().adaptations is None
    others = terms(consent(employer_id=EMPLOYER + 1))
    assert others.support is None and others.adaptations is None
    withdrawn = terms(consent(withdrawn_on=date(2026, 10, 1)))
    assert withdrawn.support is None
    wrong_scope = terms(consent(ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER))
    assert wrong_scope.adaptations is None


def test_needs_and_support_shared_with_the_employer_consented_to() -> None:
    shared = terms(consent())
    assert shared.support == "Handledare en timme om dagen"
    assert shared.adaptations == "Behöver korta pauser"
    assert shared.participant_name == "Ada Exempel"
    assert "19850312" not in repr(shared)


def test_summary_keeps_contacts_without_content_and_only_shareable_notes() -> None:
    day = datetime(2026, 10, 1, 10, 0)
    notes = [
        note(day, "Internt: oro för ekonomin", with_whom=WithWhom.PARTICIPANT),
        note(day + timedelta(days=1), "Delbar: bra start", shareable=True),
        note(day + timedelta(days=2), "Samtal med handläggare", with_whom=WithWhom.AUTHORITY),
        note(day + timedelta(days=3), "Raderad", shareable=True, deleted=True),
        note(day + timedelta(days=4), "Annan placering", shareable=True, placement_id=99),
        note(NOW + timedelta(days=1), "Framtida", shareable=True),
    ]
    summary = documents.employer_summary(Letterhead("Kommunen"), terms(), notes, [], [], NOW)
    assert [e.at for e in summary.history] == [day, day + timedelta(days=1)]
    assert all(not hasattr(e, "text") for e in summary.history)
    assert [n.text for n in summary.shared_notes] == ["Delbar: bra start", "Framtida"]
    assert summary.printed_on == TODAY


def test_done_check_in_without_its_own_note_counts_as_contact() -> None:
    done = datetime(2026, 10, 5, 13, 0)
    check_ins = [
        check_in(done, CheckInStatus.DONE),
        check_in(done + timedelta(days=1), CheckInStatus.DONE, note_id=5),
        check_in(done + timedelta(days=2), CheckInStatus.MISSED),
        check_in(done + timedelta(days=3), CheckInStatus.DONE, placement_id=99),
    ]
    summary = documents.employer_summary(Letterhead("K"), terms(), [], check_ins, [], NOW)
    assert [(e.at, e.with_whom) for e in summary.history] == [(done, None)]


def test_next_check_in_is_the_soonest_planned_from_now() -> None:
    later = check_in(NOW + timedelta(days=9), CheckInStatus.PLANNED)
    soon = check_in(NOW + timedelta(days=2), CheckInStatus.PLANNED)
    overdue = check_in(NOW - timedelta(days=2), CheckInStatus.PLANNED)
    summary = documents.employer_summary(
        Letterhead("K"), terms(), [], [later, overdue, soon], [], NOW
    )
    assert summary.next_check_in == soon
    nothing = documents.employer_summary(Letterhead("K"), terms(), [], [overdue], [], NOW)
    assert nothing.next_check_in is None


def test_summary_feedback_is_the_employers_own_oldest_first() -> None:
    answers = [
        feedback(2, date(2026, 11, 1)),
        feedback(1, date(2026, 10, 1)),
        feedback(3, date(2026, 10, 15), Respondent.PARTICIPANT),
        feedback(4, date(2026, 10, 20), deleted=True),
        feedback(5, date(2026, 10, 20), placement_id=99),
    ]
    summary = documents.employer_summary(Letterhead("K"), terms(), [], [], answers, NOW)
    assert [f.id for f in summary.feedback] == [1, 2]


def test_agreement_lists_the_first_planned_check_ins_of_its_placement() -> None:
    planned = [
        check_in(NOW + timedelta(days=14 * i), CheckInStatus.PLANNED) for i in range(8, 0, -1)
    ]
    others = [
        check_in(NOW - timedelta(days=30), CheckInStatus.DONE),
        check_in(NOW + timedelta(hours=1), CheckInStatus.PLANNED, placement_id=99),
    ]
    agreement = documents.placement_agreement(Letterhead("K"), terms(), planned + others, NOW)
    assert len(agreement.planned_check_ins) == documents.AGREEMENT_CHECK_INS
    assert agreement.planned_check_ins[0].scheduled_at == NOW + timedelta(days=14)
    assert agreement.printed_on == TODAY


def test_letterhead_from_settings_decodes_the_logo_and_drops_a_damaged_one() -> None:
    png = b"\x89PNG\r\n\x1a\nrest"
    good = Settings(
        organisation_name="Exempelby kommun",
        coordinator_name="Maria",
        coordinator_phone="010-000 00 00",
        coordinator_email="maria@example.se",
        logo_png=base64.b64encode(png).decode("ascii"),
    )
    letterhead = Letterhead.from_settings(good)
    assert letterhead.logo_png == png
    assert letterhead.coordinator_email == "maria@example.se"
    damaged = Letterhead.from_settings(Settings(organisation_name="K", logo_png="inte base64!"))
    assert damaged.logo_png is None
    assert Letterhead.from_settings(Settings()).logo_png is None
