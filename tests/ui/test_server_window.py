"""The window on a database on a PostgreSQL server: signing in (a password asked, refused and
asked again, remembered in the keyring if the person wishes; Cancel opens nothing), a server
that cannot be reached or a database too old said in one sentence, the title and Datasäkerhet
naming the server and the connection, and nothing of a file's own (backups, encryption at
rest, the lock) offered."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ambassador import app, paths
from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.services.connection import ConnectionService, ServerState
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.migrate import HEAD_REVISION, known_revisions
from ambassador.storage.server import create_server_engine
from ambassador.ui import startup
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.erasure_dialog import ErasureDialog
from ambassador.ui.safety.screen import SafetyScreen
from ambassador.ui.safety.server_tab import ServerTab
from ambassador.ui.safety.sign_in_dialog import SignInDialog
from tests.factories import make_participant
from tests.keyrings import MemoryKeyring, in_memory
from tests.ui.driving import RecordingNavigator, finish_work

REFUSED = "The database server refused the sign-in: the user name or password is wrong"
FILE_ONLY_WORDS = ("back up", "backup", "restore", "encrypt", "passphrase", "copies")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with in_memory() as memory:
        yield memory


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append((title, text)))
    return errors


def _password(address: ServerAddress) -> str:
    """The test role's password, from the password file libpq reads (host:port:db:user:pw)."""
    for line in Path(os.environ["PGPASSFILE"]).read_text().splitlines():
        fields = line.split(":")
        if len(fields) == 5 and fields[3] in ("*", address.user):
            return fields[4]
    raise AssertionError("the test server's password file names no password for its role")


@pytest.fixture
def password_asked(server_address: ServerAddress, monkeypatch: pytest.MonkeyPatch) -> str:
    """The server asks for the password: libpq finds none in a password file."""
    password = _password(server_address)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    return password


def _state(*, tls: bool) -> ServerState:
    address = ServerAddress(database="ambassador", host="db.kommun.local", user=None)
    return ServerState(address, "anna", "15.8", tls, HEAD_REVISION)


# Without a server -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tls", "said"), [(True, "encrypted connection"), (False, "unencrypted connection")]
)
def test_the_title_names_the_server_the_user_and_the_connection(
    qtbot: QtBot, english: None, tls: bool, said: str
) -> None:
    window = MainWindow("db.kommun.local/ambassador")
    qtbot.addWidget(window)
    window.show_server(_state(tls=tls))
    assert window.windowTitle() == f"Ambassador – anna@db.kommun.local/ambassador ({said})"
    assert window.menus.safety_action.text() == "&Data safety"  # no backups on a server
    window.set_language("sv")  # built again in Swedish, the server still named
    assert "anna@db.kommun.local/ambassador" in window.windowTitle()
    assert window.menus.safety_action.text() == "&Datasäkerhet"


def test_the_remember_box_is_offered_only_where_there_is_a_keyring(qtbot: QtBot) -> None:
    before = keyring.get_keyring()
    try:
        keyring.set_keyring(fail.Keyring())
        from ambassador.services import credentials

        offered = credentials.keyring_available()
        dialog = SignInDialog("db/ambassador", "anna", lambda _p: None, offer_remember=offered)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not offered and not dialog.remember_check.isVisible()
        assert dialog.user_label.text() == "anna"
        dialog.password_edit.setText("x")
        dialog.remember_check.setChecked(True)  # even so: nowhere to keep it
        assert not dialog.remember
    finally:
        keyring.set_keyring(before)


# On the test server -----------------------------------------------------------------------


@pytest.mark.postgresql_only
def test_a_refused_password_is_said_and_asked_again_then_remembered(
    qtbot: QtBot,
    server_address: ServerAddress,
    password_asked: str,
    clock: FixedClock,
    memory_keyring: MemoryKeyring,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def run(dialog: SignInDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog.server_label.text())
        assert dialog.user_label.text() == server_address.user
        assert dialog.remember_check.isVisible()
        assert not dialog.error_label.isVisible()  # nothing refused yet: no password was given
        dialog.password_edit.setText("fel lösenord")
        assert not dialog.try_sign_in()
        assert dialog.isVisible() and dialog.error_label.text() == REFUSED
        dialog.password_edit.setText(password_asked)
        dialog.remember_check.setChecked(True)
        assert dialog.try_sign_in()
        return dialog.result() == SignInDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", run)
    opened = startup.open_on_server(server_address, clock)
    assert opened is not None
    database, _services, state = opened
    database.dispose()
    where = dataclasses.replace(server_address, user=None).describe()
    assert seen == [where] and state.user == server_address.user
    assert memory_keyring.kept == {("Ambassador", server_address.describe()): password_asked}

    # The next start signs in with the kept password, asking nothing.
    monkeypatch.setattr(dialogs, "run_dialog", lambda _dialog: pytest.fail("asked again"))
    opened = startup.open_on_server(server_address, clock)
    assert opened is not None
    opened[0].dispose()


@pytest.mark.postgresql_only
def test_a_kept_password_the_server_refuses_is_forgotten_and_asked_for(
    qtbot: QtBot,
    server_address: ServerAddress,
    password_asked: str,
    clock: FixedClock,
    memory_keyring: MemoryKeyring,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory_keyring.kept[("Ambassador", server_address.describe())] = "gammalt lösenord"
    said: list[str] = []

    def run(dialog: SignInDialog) -> bool:
        qtbot.addWidget(dialog)
        said.append(dialog.error_label.text())
        dialog.password_edit.setText(password_asked)
        assert dialog.try_sign_in()  # not remembered this time
        return True

    monkeypatch.setattr(dialogs, "run_dialog", run)
    opened = startup.open_on_server(server_address, clock)
    assert opened is not None
    opened[0].dispose()
    assert said == [REFUSED]
    assert memory_keyring.kept == {}


@pytest.mark.postgresql_only
def test_cancel_opens_nothing_and_says_nothing(
    qtbot: QtBot,
    server_address: ServerAddress,
    password_asked: str,
    memory_keyring: MemoryKeyring,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def cancel(dialog: SignInDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.cancel_button.click()
        return dialog.result() == SignInDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", cancel)
    assert app.run_window(server_address, demo=False, language="en") == 2
    assert shown == [] and memory_keyring.kept == {}


@pytest.mark.postgresql_only
def test_a_server_that_cannot_be_reached_is_one_sentence(
    qtbot: QtBot, server_address: ServerAddress, shown: list[tuple[str, str]]
) -> None:
    nowhere = dataclasses.replace(
        server_address,
        host="127.0.0.1",
        port=9,
        options=(("connect_timeout", "5"), ("sslmode", "disable")),
    )
    assert app.run_window(nowhere, demo=False, language="en") == 2
    ((title, said),) = shown
    assert title == "Ambassador cannot open the database"
    assert said == "The database server cannot be reached; check the network and try again"


@pytest.mark.postgresql_only
def test_a_database_made_by_an_earlier_version_is_for_it_to_upgrade(
    qtbot: QtBot, server_address: ServerAddress, shown: list[tuple[str, str]]
) -> None:
    earlier = [revision for revision in known_revisions() if revision != HEAD_REVISION][0]
    engine = create_server_engine(server_address)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": earlier})
    engine.dispose()
    assert app.run_window(server_address, demo=False, language="en") == 2
    ((_title, said),) = shown
    assert "ambassador server upgrade" in said


@pytest.mark.postgresql_only
def test_the_window_opens_on_the_server_and_names_it(
    qtbot: QtBot, server_address: ServerAddress, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    opened = app.open_window(server_address, demo=False, language="en")
    assert opened is not None
    window, database, _services = opened
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == (
            f"Ambassador – {server_address.describe()} (unencrypted connection)"
        )
        assert not window.periodic_backup.timer.isActive()  # a server's backups are IT's
        _assert_nothing_of_a_file_in_the_menus(window)
    finally:
        window.close()
        database.dispose()


def _assert_nothing_of_a_file_in_the_menus(window: MainWindow) -> None:
    window.show_screen(window.SCREEN_SAFETY)
    texts = [action.text().replace("&", "").lower() for _menu, action in window.menus.all_actions()]
    assert "data safety" in texts
    offered = [t for t in texts if any(word in t for word in FILE_ONLY_WORDS)]
    assert offered == []


@pytest.mark.postgresql_only
def test_data_safety_on_a_server_names_it_and_offers_no_backups_or_encryption(
    qtbot: QtBot,
    services: Services,
    server_address: ServerAddress,
    navigator: RecordingNavigator,
    english: None,
) -> None:
    screen = SafetyScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.refresh()
    tab = screen.server_tab
    assert tab is not None and screen.tabs.currentWidget() is tab
    assert tab.isVisible()
    assert tab.server_label.text() == dataclasses.replace(server_address, user=None).describe()
    assert tab.user_label.text() == server_address.user
    assert tab.version_label.text().startswith("PostgreSQL 1")
    assert tab.connection_label.text().startswith("not encrypted")
    assert tab.revision_label.text() == HEAD_REVISION
    assert "Backups and encryption at rest are the server's, run by IT" in tab.why_label.text()
    shown = [
        screen.tabs.tabText(index).replace("&", "")
        for index in range(screen.tabs.count())
        if screen.tabs.isTabVisible(index)
    ]
    assert shown == ["Server", "Settings", "Purge", "Audit log", "Changes"]
    menu = [a.text().replace("&", "").lower() for a in screen.actions_for_menu() if a is not None]
    assert menu and not [t for t in menu if any(w in t for w in FILE_ONLY_WORDS)]
    settings = screen.settings_tab
    assert not settings.backups_group.isVisible() and not settings.locking_group.isVisible()
    assert not screen.purge_tab.backup_retention_label.isVisible()
    assert "backup" not in screen.purge_tab.intro_label.text()


@pytest.mark.postgresql_only
def test_data_safety_says_so_when_the_server_is_gone(
    qtbot: QtBot, server_address: ServerAddress, english: None
) -> None:
    gone = dataclasses.replace(
        server_address, port=9, options=(("connect_timeout", "5"), ("sslmode", "disable"))
    )
    database = Database(create_server_engine(gone), server=gone)
    tab = ServerTab(ConnectionService(database))
    qtbot.addWidget(tab)
    try:
        tab.show_state()
    finally:
        database.dispose()
    assert tab.server_label.text() == f"127.0.0.1:9/{gone.database}"
    assert tab.error_label.text().startswith("The database server cannot be reached")
    assert tab.connection_label.text() == "not connected"


# A profile IT deployed -----------------------------------------------------------------------


def test_without_db_the_window_opens_the_server_of_the_profile_it_deployed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "server.toml"
    profile.write_text(
        '[server]\nhost = "db.kommun.local"\ndatabase = "ambassador"\nsslmode = "verify-full"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(paths, "server_profile", lambda: profile)
    opened: list[object] = []

    def run(_app: object, location: object, **_kwargs: object) -> int:
        opened.append(location)
        return 0

    monkeypatch.setattr(app, "_run", run)
    assert app.run_window(None, demo=False, language="en") == 0
    assert opened == [
        ServerAddress(
            database="ambassador", host="db.kommun.local", options=(("sslmode", "verify-full"),)
        )
    ]
    # The demo is never the server's; nor is a file named with --db.
    assert app.run_window(None, demo=True, language="en") == 0
    assert opened[-1] == paths.demo_database()


def test_a_profile_that_cannot_be_read_is_one_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:
    profile = tmp_path / "server.toml"
    profile.write_text('[server]\nhost = "db.kommun.local"\npassword = "hemligt"\n')
    monkeypatch.setattr(paths, "server_profile", lambda: profile)
    assert app.run_window(None, demo=False, language="en") == 2
    ((title, said),) = shown
    assert title == "Ambassador cannot open the database"
    assert said.startswith("A password never goes in the server's address or profile")
    assert "hemligt" not in said


# Retention on a server ----------------------------------------------------------------------

HELD = "The database server's write-ahead log and IT's backups of the server still hold"


@pytest.mark.postgresql_only
def test_a_purge_on_a_server_says_what_still_holds_the_records_before_and_after(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    navigator: RecordingNavigator,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = clock.now()
    clock.set(now - timedelta(days=100))
    services.settings.save(dataclasses.replace(services.settings.get(), coordinator_name="A"))
    clock.set(now)
    services.settings.save(
        dataclasses.replace(
            services.settings.get(),
            log_retention_months=2,
            log_retention_decision="KS § 45",
            language="en",  # the window follows the database's language after the purge
        )
    )
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, _c: asked.append(text) or True)
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: told.append(text))
    window = build_window(services, "server")
    qtbot.addWidget(window)
    window.show_screen(window.SCREEN_SAFETY)
    screen = window.safety_screen
    screen.tabs.setCurrentWidget(screen.purge_tab)
    with qtbot.waitSignal(screen.restored):
        qtbot.mouseClick(screen.purge_tab.preview_purge_button, Qt.MouseButton.LeftButton)
        finish_work(qtbot)
    (question,) = asked
    assert "log entr" in question and "backup" not in question.replace(HELD, "")
    assert HELD in question
    assert HELD in told[-1] and "backup taken first" not in told[-1]
    assert services.retention.preview().is_empty


@pytest.mark.postgresql_only
def test_the_erasure_dialog_on_a_server_says_what_still_holds_the_records(
    qtbot: QtBot, services: Services, english: None
) -> None:
    person = make_participant(services)
    host = QWidget()
    qtbot.addWidget(host)
    dialog = ErasureDialog(services.retention, person, "N N", Busy(host), host)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(HELD in text for text in labels)
