"""Drafts: kept and replaced under their key, let go, and gone with the person they are about
when the person is erased, purged by retention or emptied from the trash."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ambassador.domain.clock import FixedClock
from ambassador.domain.drafts import note_key
from ambassador.domain.retention import ErasureBasis
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_placement
from tests.peek import table, traces
from tests.services.test_retention import OLD_MARKER, closed_case, with_retention

DRAFT_MARKER = "Utkastmarkör"


def test_a_draft_is_kept_replaced_and_let_go(services: Services, clock: FixedClock) -> None:
    placement = make_placement(services)
    person = services.placements.get(placement).participant_id
    key = note_key(participant_id=person, placement_id=placement)
    assert key == f"note:placement:{placement}"
    assert services.drafts.get(key) is None
    services.drafts.keep(key, person, placement, {"text": "Ringde handledaren", "kind": "Samtal"})
    clock.set(clock.now() + timedelta(minutes=3))
    services.drafts.keep(key, person, placement, {"text": "Ringde handledaren två gånger"})
    draft = services.drafts.get(key)
    assert draft is not None
    assert dict(draft.fields) == {"text": "Ringde handledaren två gånger"}
    assert draft.updated_at == clock.now()
    assert services.drafts.get(note_key(participant_id=person)) is None  # another form's
    services.drafts.discard(key)
    assert services.drafts.get(key) is None


def test_keys_tell_a_check_in_a_placement_and_a_person_apart() -> None:
    assert note_key(participant_id=4, placement_id=7, check_in_id=9) == "note:check_in:9"
    assert note_key(participant_id=4, placement_id=7) == "note:placement:7"
    assert note_key(participant_id=4) == "note:participant:4"


def test_an_erased_persons_drafts_leave_no_trace_in_the_database(
    services: Services, database: Database, clock: FixedClock
) -> None:
    person = closed_case(services, clock, OLD_MARKER, date(1980, 1, 1))
    placement = services.placements.of_participant(person)[0].id
    for key, placement_id in (
        (note_key(participant_id=person), None),
        (note_key(participant_id=person, placement_id=placement), placement),
    ):
        services.drafts.keep(key, person, placement_id, {"text": f"{DRAFT_MARKER} {key}"})
    services.retention.erase(person, ErasureBasis.DATA_SUBJECT_REQUEST, "Dnr 2026/117")
    assert services.drafts.get(note_key(participant_id=person)) is None
    assert traces(database, DRAFT_MARKER) == set()
    assert table(database, "SELECT count(*) FROM drafts") == [(0,)]


def test_a_placement_emptied_from_the_trash_takes_its_draft(
    services: Services, clock: FixedClock
) -> None:
    placement = make_placement(services)
    person = services.placements.get(placement).participant_id
    key = note_key(participant_id=person, placement_id=placement)
    services.drafts.keep(key, person, placement, {"text": DRAFT_MARKER})
    services.placements.delete(placement)
    clock.set(clock.now() + timedelta(days=31))
    assert services.trash.empty_expired() == 1
    assert services.drafts.get(key) is None
    assert services.trash.items() == []


def test_retention_keeps_a_case_with_a_note_being_typed_and_purges_an_old_draft(
    services: Services, clock: FixedClock
) -> None:
    """A draft typed recently is work on the case: the case is not closed. A draft as old as
    the rest of the case goes with it in the purge."""
    typing = closed_case(services, clock, "Skrivs", date(1980, 1, 1))
    forgotten = closed_case(services, clock, "Glömd", date(1981, 2, 2))
    services.drafts.keep(note_key(participant_id=typing), typing, None, {"text": "Pågår"})
    now = clock.now()
    clock.set(datetime(2022, 3, 2, 9))
    services.drafts.keep(note_key(participant_id=forgotten), forgotten, None, {"text": "Gammal"})
    clock.set(now)
    with_retention(services, cases=24)
    assert services.retention.preview().participant_ids == (forgotten,)
    services.retention.purge()
    assert services.drafts.get(note_key(participant_id=forgotten)) is None
    assert services.drafts.get(note_key(participant_id=typing)) is not None
