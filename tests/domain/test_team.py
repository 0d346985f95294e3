"""Who may be a team's user, and what the signed-in identity lets the program offer."""

from __future__ import annotations

import pytest

from ambassador.domain.team import GROUP_ROLES, Identity, StaffRole, is_role_name, is_unit_name


@pytest.mark.parametrize("name", ["anna", "anna.berg", "anna-berg", "a1_b2", "a" * 63])
def test_a_plain_login_name_is_a_role_name(name: str) -> None:
    assert is_role_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Anna",
        "anna berg",
        "1anna",
        "_anna",
        "a" * 64,
        'anna"',
        "anna;",
        "pg_monitor",
        "public",
        "session_user",
        *GROUP_ROLES.values(),
    ],
)
def test_anything_else_is_not(name: str) -> None:
    assert not is_role_name(name)


@pytest.mark.parametrize(
    ("name", "ok"),
    [("Norr", True), ("", False), (" Norr", False), ("x" * 100, True), ("x" * 101, False)],
)
def test_a_units_name(name: str, ok: bool) -> None:
    assert is_unit_name(name) is ok


def test_a_file_has_one_person_who_may_do_everything() -> None:
    one = Identity.single("anna")
    assert (one.user, one.role, one.unit) == ("anna", StaffRole.ADMIN, None)
    assert one.single_user and one.is_admin and one.sees_people and not one.is_manager


@pytest.mark.parametrize(
    ("role", "owner", "admin", "manager", "people"),
    [
        (StaffRole.COORDINATOR, False, False, False, True),
        (StaffRole.ADMIN, False, True, False, True),
        (StaffRole.MANAGER, False, False, True, False),
        (None, False, False, False, False),
        (None, True, True, False, True),
    ],
)
def test_on_a_server_the_role_decides(
    role: StaffRole | None, owner: bool, admin: bool, manager: bool, people: bool
) -> None:
    who = Identity("anna", role, unit_id=1, unit="Norr", on_server=True, owner=owner)
    assert not who.single_user
    assert (who.is_admin, who.is_manager, who.sees_people) == (admin, manager, people)
