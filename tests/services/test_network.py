"""The employer network log: record, change with versions, follow-ups due, done, trash."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from ambassador.domain.browse import EmployerFilter, EmployerOrder
from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import ConflictError, NotFoundError, ValidationError
from ambassador.domain.network import EmployerFollowUpDue, NetworkContactFields
from ambassador.domain.timeline import PlacementEvent
from ambassador.domain.trash import TrashKind
from ambassador.services.bundle import Services
from ambassador.services.network import NetworkService
from tests.conftest import NOW
from tests.factories import make_employer, make_placement, note_fields

TODAY = NOW.date()


def _due(services: Services) -> list[EmployerFollowUpDue]:
    """The employer follow-ups Översikt lists."""
    return services.overview.overview().employer_follow_ups


def contact_fields(employer_id: int, **overrides: object) -> NetworkContactFields:
    values: dict[str, object] = {
        "employer_id": employer_id,
        "occurred_at": NOW - timedelta(hours=2),
        "kind": "Rekryteringsbesök",
        "with_whom": "HR-chefen",
        "text": "Besök om nya praktikplatser i lagret.",
        "minutes_spent": 60,
    }
    values.update(overrides)
    return NetworkContactFields(**values)  # type: ignore[arg-type]


def test_contacts_of_an_employer_newest_first(services: Services) -> None:
    employer = make_employer(services)
    other = make_employer(services, name="Bageriet AB", organisation_number=None)
    older = services.network.add(
        contact_fields(employer, occurred_at=NOW - timedelta(days=3), text="  Första \x00 ")
    )
    newer = services.network.add(contact_fields(employer))
    services.network.add(contact_fields(other))
    listed = services.network.of_employer(employer)
    assert [c.id for c in listed] == [newer.contact.id, older.contact.id]
    assert listed[1].text == "Första"
    assert older.changes.network_contacts == {older.contact.id}
    assert older.changes.employers == {employer}


def test_add_refuses_bad_fields_and_an_unknown_kind(services: Services) -> None:
    employer = make_employer(services)
    with pytest.raises(ValidationError) as error:
        services.network.add(
            contact_fields(
                employer,
                text=" ",
                minutes_spent=1441,
                follow_up_on=(NOW - timedelta(days=1)).date(),
            )
        )
    assert {p.field for p in error.value.problems} == {"text", "minutes_spent", "follow_up_on"}
    with pytest.raises(ValidationError) as error:
        services.network.add(contact_fields(employer, kind="Fika"))
    assert [p.field for p in error.value.problems] == ["kind"]
    with pytest.raises(NotFoundError):
        services.network.add(contact_fields(employer + 1000))
    assert services.network.of_employer(employer) == []


def test_update_refuses_a_stale_version(services: Services) -> None:
    employer = make_employer(services)
    contact = services.network.add(contact_fields(employer)).contact
    first = services.network.update(
        contact.id, contact_fields(employer, minutes_spent=90), expected_version=contact.version
    )
    assert first.contact.version == contact.version + 1
    assert first.contact.minutes_spent == 90
    with pytest.raises(ConflictError) as error:
        services.network.update(
            contact.id, contact_fields(employer, text="Annat"), expected_version=contact.version
        )
    assert error.value.current.minutes_spent == 90
    assert services.network.get(contact.id).text == contact.text


def test_follow_ups_due_a_week_ahead_and_past_not_done(services: Services) -> None:
    employer = make_employer(services)
    at = NOW - timedelta(days=20)
    overdue = services.network.add(
        contact_fields(employer, occurred_at=at, follow_up_on=TODAY - timedelta(days=2))
    )
    in_a_week = services.network.add(
        contact_fields(employer, follow_up_on=TODAY + timedelta(days=7))
    )
    services.network.add(contact_fields(employer, follow_up_on=TODAY + timedelta(days=8)))
    services.network.add(contact_fields(employer))  # no follow-up
    trashed = services.network.add(contact_fields(employer, follow_up_on=TODAY))
    services.network.delete(trashed.contact.id, expected_version=trashed.contact.version)
    due = _due(services)
    assert [d.contact_id for d in due] == [overdue.contact.id, in_a_week.contact.id]
    assert due[0].is_overdue(TODAY) and not due[1].is_overdue(TODAY)
    assert due[0].employer_name == "Bergströms Bygg AB"

    services.network.mark_follow_up_done(
        overdue.contact.id, expected_version=overdue.contact.version
    )
    assert [d.contact_id for d in _due(services)] == [in_a_week.contact.id]


def test_a_new_contact_completes_the_follow_up_it_answers(services: Services) -> None:
    employer = make_employer(services)
    asked = services.network.add(
        contact_fields(employer, occurred_at=NOW - timedelta(days=9), follow_up_on=TODAY)
    ).contact
    saved = services.network.add(
        contact_fields(employer), completes=asked.id, completes_version=asked.version
    )
    assert saved.changes.network_contacts == {asked.id, saved.contact.id}
    assert services.network.get(asked.id).follow_up_done
    assert _due(services) == []
    # A stale follow-up (done elsewhere since) is refused, and nothing is recorded.
    with pytest.raises(ConflictError):
        services.network.add(
            contact_fields(employer), completes=asked.id, completes_version=asked.version
        )
    assert len(services.network.of_employer(employer)) == 2


def test_a_new_follow_up_date_opens_the_follow_up_again(services: Services) -> None:
    employer = make_employer(services)
    contact = services.network.add(contact_fields(employer, follow_up_on=TODAY)).contact
    services.network.mark_follow_up_done(contact.id)
    kept = services.network.update(contact.id, contact_fields(employer, follow_up_on=TODAY))
    assert kept.contact.follow_up_done
    moved = services.network.update(
        contact.id, contact_fields(employer, follow_up_on=TODAY + timedelta(days=3))
    )
    assert not moved.contact.follow_up_done


def test_deleted_contacts_go_to_the_trash_and_come_back(services: Services) -> None:
    employer = make_employer(services)
    contact = services.network.add(contact_fields(employer)).contact
    changes = services.network.delete(contact.id, expected_version=contact.version)
    assert changes.network_contacts == {contact.id}
    assert services.network.of_employer(employer) == []
    items = [i for i in services.trash.items() if i.kind is TrashKind.NETWORK_CONTACT]
    assert [i.record_id for i in items] == [contact.id]
    restored = services.trash.restore(TrashKind.NETWORK_CONTACT, contact.id)
    assert restored.network_contacts == {contact.id}
    assert [c.id for c in services.network.of_employer(employer)] == [contact.id]


def test_the_trash_removes_a_contact_for_good_after_30_days(
    services: Services, clock: FixedClock
) -> None:
    employer = make_employer(services)
    contact = services.network.add(contact_fields(employer)).contact
    services.network.delete(contact.id)
    clock.set(NOW + timedelta(days=31))
    assert services.trash.empty_expired() == 1
    with pytest.raises(NotFoundError):
        services.trash.restore(TrashKind.NETWORK_CONTACT, contact.id)


def test_every_writing_method_is_retried() -> None:
    for name in ("add", "update", "mark_follow_up_done", "delete"):
        method = getattr(NetworkService, name)
        assert getattr(method, "__wrapped__", None) is not None, name


def test_kinds_are_the_list(services: Services) -> None:
    assert "Rekryteringsbesök" in services.network.kinds()


def test_the_employers_timeline_interleaves_contacts_and_placements(services: Services) -> None:
    employer = make_employer(services)
    placement = make_placement(services, employer_id=employer, start_date=TODAY - timedelta(days=5))
    contact = services.network.add(contact_fields(employer)).contact
    services.network.add(contact_fields(employer, occurred_at=NOW - timedelta(days=10)))
    entries = services.network.timeline(employer)
    kinds = [type(e.item).__name__ for e in entries]
    assert kinds == ["NetworkContact", "PlacementEvent", "NetworkContact"]
    assert entries[0].item == contact
    event = entries[1].item
    assert isinstance(event, PlacementEvent) and event.placement.id == placement
    assert entries[1].employer_name  # the participant's name, for the employer's timeline


def test_the_overview_lists_the_employer_follow_ups_due(services: Services) -> None:
    employer = make_employer(services)
    due = services.network.add(contact_fields(employer, follow_up_on=TODAY)).contact
    services.network.add(contact_fields(employer, follow_up_on=TODAY + timedelta(days=30)))
    overview = services.overview.overview()
    assert [f.contact_id for f in overview.employer_follow_ups] == [due.id]
    services.employers.delete(employer)
    assert services.overview.overview().employer_follow_ups == []


def test_network_contacts_stay_out_of_a_register_extract(
    services: Services, tmp_path: Path
) -> None:
    """A network contact is about the employer, not a person: the extract of someone placed
    there does not hold it."""
    from tests.factories import make_participant
    from tests.pdfs import pdf_words

    employer = make_employer(services)
    person = make_participant(services, first_name="Zeynep")
    make_placement(services, person, employer_id=employer)
    services.network.add(contact_fields(employer, text="Nätverksfrukost om lagerjobb"))
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    text = pdf_words(path)
    assert "Zeynep" in text and "Bergströms" in text
    assert "Nätverksfrukost" not in text


def test_a_network_contact_is_the_employers_last_contact_when_it_is_the_latest(
    services: Services,
) -> None:
    """In the list (sorted by it too) and in the pane: a note on a placement 5 days ago, a
    network contact 2 days ago, one in the trash yesterday (not counted)."""
    placement = make_placement(services)
    employer = services.placements.get(placement).employer_id
    person = services.placements.get(placement).participant_id
    alone = make_employer(services, name="Bageriet AB", organisation_number=None)
    services.follow_up.add_note(note_fields(person, placement, NOW - timedelta(days=5)))
    services.network.add(contact_fields(employer, occurred_at=NOW - timedelta(days=2)))
    trashed = services.network.add(contact_fields(employer, occurred_at=NOW - timedelta(days=1)))
    services.network.delete(trashed.contact.id)
    services.network.add(contact_fields(alone, occurred_at=NOW - timedelta(days=9)))

    rows = services.browse.employers(
        EmployerFilter(order=EmployerOrder.LAST_CONTACT, descending=True)
    ).rows
    assert [(r.id, r.last_contact) for r in rows] == [
        (employer, TODAY - timedelta(days=2)),
        (alone, TODAY - timedelta(days=9)),
    ]
    assert services.browse.employer(employer).last_contact == TODAY - timedelta(days=2)
    assert services.browse.employer(alone).last_contact == TODAY - timedelta(days=9)
    services.follow_up.add_note(note_fields(person, placement, NOW - timedelta(hours=1)))
    assert services.browse.employer(employer).last_contact == TODAY
