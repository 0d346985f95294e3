"""Search everywhere: names and note text through FTS5, kept in step with every change."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from ambassador.domain.clock import FixedClock
from ambassador.domain.search import MATCH_END, MATCH_START, HitKind
from ambassador.services import search as search_service
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.search_index import to_match_query
from tests.factories import (
    make_employer,
    make_identity_number,
    make_participant,
    make_placement,
    note_fields,
)


def add_note(services: Services, clock: FixedClock, text: str) -> int:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    return services.follow_up.add_note(
        note_fields(participant_id, placement_id, clock.now(), text=text)
    ).note.id


def test_search_finds_note_text_and_marks_the_words(services: Services, clock: FixedClock) -> None:
    note_id = add_note(services, clock, "Har tagit truckkort och trivs på lagret.")
    (result,) = services.search.search("truckkort")
    assert result.hit.kind is HitKind.NOTE and result.hit.record_id == note_id
    assert f"{MATCH_START}truckkort{MATCH_END}" in result.hit.snippet
    assert result.title.startswith("Åsa Öberg, ")


def test_search_matches_prefix_and_ignores_diacritics(services: Services) -> None:
    participant_id = make_participant(services, first_name="Nguyễn", last_name="Đặng")
    make_employer(services, name="Kvarnens Café")
    assert [r.participant_id for r in services.search.search("nguy")] == [participant_id]
    assert [r.title for r in services.search.search("cafe")] == ["Kvarnens Café"]


def test_search_follows_edits_and_trash(services: Services, clock: FixedClock) -> None:
    participant_id = make_participant(services, first_name="Łukasz")
    assert len(services.search.search("Łukasz")) == 1
    services.participants.update(
        participant_id,
        services.participants.get(participant_id).__class__.__mro__[1](
            first_name="Lukas", last_name="Öberg"
        ),
    )
    assert services.search.search("Łukasz") == []
    assert len(services.search.search("Lukas")) == 1
    services.participants.delete(participant_id)
    assert services.search.search("Lukas") == []
    services.trash.restore(services.trash.items()[0].kind, participant_id)
    assert len(services.search.search("Lukas")) == 1


def test_search_treats_query_syntax_as_text(services: Services, clock: FixedClock) -> None:
    add_note(services, clock, 'Sa "NOT" och AND * -- (hej)')
    for text in ['"', "AND", "NOT OR", "*", "-", "NEAR(", "'; DROP TABLE notes; --"]:
        services.search.search(text)  # must not raise
    assert to_match_query("  ") is None
    assert to_match_query('hej "du') == '"hej" "du"*'


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_search_accepts_anything_a_person_can_type(services: Services, text: str) -> None:
    """FTS5 syntax, quotes and symbols are only text: never an error. The database is empty
    and search only reads, so one database serves every example."""
    assert services.search.search(text) == []


def test_names_come_first_ranked_then_notes_newest_first(
    services: Services, clock: FixedClock
) -> None:
    """A name is what a person usually looks for; among notes, the latest matters most."""
    older = add_note(services, clock, "Samtal om Lindberg och schemat.")
    newer = add_note(services, clock, "Lindberg ringde om sjukskrivning.")
    person = make_participant(services, first_name="Eva", last_name="Lindberg")
    kinds = [(r.hit.kind, r.hit.record_id) for r in services.search.search("lindberg")]
    assert kinds == [
        (HitKind.PARTICIPANT, person),
        (HitKind.NOTE, newer),
        (HitKind.NOTE, older),
    ]


def test_names_starting_with_what_was_typed_come_first_then_in_swedish_order(
    services: Services,
) -> None:
    """The first word typed starting a name's first word, then any of its words (a hyphen
    parts words), then the rest (found with accents ignored); each group alphabetical."""

    def person(first: str, last: str) -> tuple[HitKind, int]:
        return HitKind.PARTICIPANT, make_participant(services, first_name=first, last_name=last)

    ange = person("Ånge", "Ek")
    johan = person("Johan", "Andersson")
    anna = person("Anna", "Öberg")
    ella = person("Ella", "Ängvall")
    hodan = person("Hodan", "Al-Anwar")
    shop = HitKind.EMPLOYER, make_employer(services, name="Antikhallen AB")
    andreas = person("ANDREAS", "Berg")
    person("Sara", "Lindberg")
    builder = HitKind.EMPLOYER, make_employer(services, name="Berg & Andersson Bygg")
    found = [(r.hit.kind, r.hit.record_id) for r in services.search.search("berg an")]
    assert found == [builder, andreas]
    found = [(r.hit.kind, r.hit.record_id) for r in services.search.search("an")]
    assert found == [andreas, anna, shop, builder, hodan, johan, ella, ange]


@pytest.mark.parametrize(
    ("country", "order"),
    [("se", ["Zander", "Åberg", "Ærø", "Øster"]), ("dk", ["Zander", "Ærø", "Øster", "Åberg"])],
)
def test_names_found_are_in_the_organisations_alphabetical_order(
    services: Services, country: str, order: list[str]
) -> None:
    """Within a group, a Danish organisation's names come a-z, æ, ø, å, as its lists do."""
    services.settings.set_country(country)
    for first in ("Øster", "Åberg", "Zander", "Ærø"):
        # The participant's own number in the organisation's country, or none.
        make_participant(services, first_name=first, last_name="Bo", personal_identity_number=None)
    found = [r.title.split()[0] for r in services.search.search("bo")]
    assert found == order


def test_a_common_word_brings_the_newest_notes_up_to_the_limit(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    ids = [
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), text=f"Veckan gick bra {n}.")
        ).note.id
        for n in range(7)
    ]
    found = services.search.search("veckan", limit=5)
    assert [r.hit.record_id for r in found] == sorted(ids, reverse=True)[:5]


def test_search_counts_every_match_beyond_the_limit(services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    for n in range(7):
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), text=f"Veckan gick bra {n}.")
        )
    outcome = services.search.search_counted("veckan", limit=5)
    assert (len(outcome.results), outcome.total, outcome.complete) == (5, 7, False)
    outcome = services.search.search_counted("veckan", limit=10)
    assert (len(outcome.results), outcome.total, outcome.complete) == (7, 7, True)
    assert services.search.search_counted("", limit=5).total == 0


def test_matches_past_the_cap_are_counted_to_it_and_no_further(
    services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_service, "COUNT_CAP", 5)
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    for n in range(9):
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), text=f"Veckan gick bra {n}.")
        )
        if n == 4:  # five: at the cap, counted exactly
            outcome = services.search.search_counted("veckan", limit=3)
            assert (outcome.total, outcome.cap, outcome.past_cap) == (5, 5, False)
    outcome = services.search.search_counted("veckan", limit=3)
    assert (len(outcome.results), outcome.total, outcome.cap) == (3, 6, 5)
    assert outcome.past_cap and not outcome.complete
    # More shown than the cap: counted one past what is shown, so "more" is still known.
    outcome = services.search.search_counted("veckan", limit=7)
    assert (len(outcome.results), outcome.total, outcome.past_cap) == (7, 8, True)
    assert not outcome.complete
    outcome = services.search.search_counted("veckan", limit=9)
    assert (len(outcome.results), outcome.total, outcome.complete) == (9, 9, True)
    assert services.search.search_counted("zebrafink", limit=3).total == 0


def test_first_letters_find_their_words(services: Services, clock: FixedClock) -> None:
    note_id = add_note(services, clock, "Arbetsträning på förskolan.")
    for typed in ("a", "ar", "arb", "arbetstr"):
        assert note_id in [r.hit.record_id for r in services.search.search(typed)], typed


def test_results_are_named_in_a_few_queries_however_many_hits(
    services: Services, clock: FixedClock, database: Database
) -> None:
    """Fifty hits of every kind: one query finds them and three name them (people, employers,
    notes with their people), not two per hit; one more reads the organisation's country,
    whose alphabet orders the names."""
    for n in range(25):
        add_note(services, clock, f"Handledaren nöjd, vecka {n}.")
        make_employer(services, name=f"Handel och lager {n}")
    for letter in "ABCDEFGHIJ":
        # Before the employers: names are ordered by their first word (storage/name_ranking.py).
        make_participant(services, first_name="Handan", last_name=f"Handberg-{letter}")
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        found = services.search.search("hand", limit=25)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert len(found) == 50
    assert {r.hit.kind for r in found} == set(HitKind)
    assert all(r.title for r in found)
    queries = [s for s in statements if s.strip().upper() != "BEGIN"]
    assert len(queries) <= 5, queries


def test_people_of_the_same_name_are_told_apart_by_their_masked_number(
    services: Services,
) -> None:
    first = make_participant(
        services,
        first_name="Kerstin",
        last_name="Ahmadi",
        personal_identity_number=make_identity_number(date(1985, 3, 12), woman=True),
    )
    second = make_participant(
        services,
        first_name="Kerstin",
        last_name="Ahmadi",
        personal_identity_number=make_identity_number(date(1991, 7, 30), woman=True),
    )
    make_participant(services, first_name="Kerstin", last_name="Berg")
    titles = {r.participant_id: r.title for r in services.search.search("kerstin")}
    assert titles[first] == "Kerstin Ahmadi (19850312-****)"
    assert titles[second] == "Kerstin Ahmadi (19910730-****)"
    assert "Kerstin Berg" in titles.values()  # a name of its own needs nothing more
