"""Text pasted from another program with invisible control characters in it (a NUL, an
escape, a bell) is saved without them, on a SQLite file and on a server alike, which refuses
a NUL in text outright: typed in a form, or read from an imported list."""

from __future__ import annotations

from pathlib import Path

from ambassador.domain.enums import ConsentScope
from ambassador.domain.exports import ListKind
from ambassador.interchange.columns import guess_mapping
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from tests.factories import make_participant, make_placement, note_fields


def test_a_note_pasted_with_control_characters_is_saved_without_them(
    services: Services,
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    fields = note_fields(
        participant_id,
        placement_id,
        services.clock.now(),
        text="\x00Handledaren\x1b[0m ringde\x07 om\x0c veckan.\n\tNästa möte på\x00 fredag.\x00",
    )
    saved = services.follow_up.add_note(fields).note
    assert saved.text == "Handledaren[0m ringde om veckan.\n\tNästa möte på fredag."
    assert services.follow_up.notes_of_placement(placement_id) == [saved]
    assert [hit.hit.record_id for hit in services.search.search("ringde")] == [saved.id]


def test_a_name_pasted_with_a_nul_is_saved_without_it(services: Services) -> None:
    participant_id = make_participant(services, first_name="An\x00na", last_name="Berg\x1b")
    participant = services.participants.get(participant_id)
    assert (participant.first_name, participant.last_name) == ("Anna", "Berg")


def test_an_imported_list_arrives_without_control_characters(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "deltagare.csv"
    path.write_bytes(
        "Förnamn;Efternamn;Språk\r\nÅsa\x1b;Är\x07lig;Sven\x0bska\r\nBo;Ek\x7f;\r\n".encode()
    )
    sheet = read_sheet(path)
    result = services.imports.commit(
        ListKind.PARTICIPANTS, sheet, guess_mapping(ListKind.PARTICIPANTS, sheet.headers)
    )
    assert result.added == 2
    people = {(p.first_name, p.last_name, p.language) for p in services.participants.page()}
    assert people == {("Åsa", "Ärlig", "Svenska"), ("Bo", "Ek", "")}


def test_a_consents_note_is_saved_without_control_characters(services: Services) -> None:
    participant_id = make_participant(services)
    services.participants.give_consent(
        participant_id,
        ConsentScope.CONTACT_REFERRAL_SOURCE,
        None,
        services.clock.today(),
        note="Muntligt\x00 vid\x1b mötet\n",
    )
    assert [c.note for c in services.participants.consents(participant_id)] == [
        "Muntligt vid mötet"
    ]
