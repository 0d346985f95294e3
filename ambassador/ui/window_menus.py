"""The main window's menu bar and search field: every action of the program, with its shortcut
shown, in Arkiv, Redigera, Visa, the record menu of the list in view (or the menu of the
screen in view), Verktyg and Hjälp.

The record menu (Deltagare, Arbetsgivare, Placering) holds the detail pane's own QActions,
the same objects its buttons show, so a button and its menu entry can never differ; the
screen menu (Kalender, Rapporter, Papperskorg, Inställningar, Datasäkerhet) does the same for
the other screens' buttons. Each is filled when its screen comes into view: the menus are
built with the frame, before the database is open, and load nothing the frame does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMainWindow, QMenu, QToolBar, QWidget

from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.ui import screens
from ambassador.ui.common.record_actions import fill_menu
from ambassador.ui.common.screen_actions import MenuScreen
from ambassador.ui.crash import show_log_folder
from ambassador.ui.screens import SCREENS, RecordListEntry, RecordListScreen

if TYPE_CHECKING:
    from ambassador.ui.common.record_actions import RecordPane

CONTEXT = "WindowMenus"

# The record menu's title for each list: what one record of it is called.
RECORD_MENU_TITLES: dict[str, str] = {
    screens.PARTICIPANTS.key: QT_TRANSLATE_NOOP("WindowMenus", "&Participant"),
    screens.EMPLOYERS.key: QT_TRANSLATE_NOOP("WindowMenus", "E&mployer"),
    screens.PLACEMENTS.key: QT_TRANSLATE_NOOP("WindowMenus", "P&lacement"),
}

# The screen menu's title for each screen that has one: its actions, the same QActions as its
# buttons (see ambassador/ui/common/screen_actions.py).
SCREEN_MENU_TITLES: dict[str, str] = {
    screens.CALENDAR.key: QT_TRANSLATE_NOOP("WindowMenus", "&Calendar"),
    screens.REPORTS.key: QT_TRANSLATE_NOOP("WindowMenus", "&Reports"),
    screens.TRASH.key: QT_TRANSLATE_NOOP("WindowMenus", "T&rash"),
    screens.SETTINGS.key: QT_TRANSLATE_NOOP("WindowMenus", "&Settings"),
    screens.SAFETY.key: QT_TRANSLATE_NOOP("WindowMenus", "&Data safety"),
}


class MenuWindow(Protocol):
    """What the menus ask of the main window (a protocol: the window module imports this
    one)."""

    def show_screen(self, row: int) -> None: ...

    def new_record_in(self, entry: RecordListEntry[RecordListScreen]) -> None: ...

    def open_import(self) -> None: ...

    def print_current(self) -> None: ...

    def delete_current(self) -> None: ...

    def find_in_list(self) -> None: ...

    def open_search(self, text: str = "") -> None: ...

    def open_questionnaire_entry(self) -> None: ...

    def show_shortcuts(self) -> None: ...

    def show_about(self) -> None: ...

    def close(self) -> bool: ...


def _add(
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[QKeySequence] | None = None,
) -> QAction:
    action = menu.addAction(text)
    if shortcuts:
        action.setShortcuts(shortcuts)
    action.triggered.connect(lambda _checked=False: slot())
    return action


# Keys a laptop's keyboard has without a modifier: the others a platform binds (a "Close" or
# "Search" media key) would only clutter the menu and the shortcuts list.
_PLAIN_KEYS = {
    Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace,
    *(Qt.Key(Qt.Key.Key_F1 + n) for n in range(12)),
}


def _typed(keys: QKeySequence) -> bool:
    combination = keys[0]  # type: ignore[index]  # PySide6's stubs miss operator[]
    return (
        combination.keyboardModifiers() != Qt.KeyboardModifier.NoModifier
        or combination.key() in _PLAIN_KEYS
    )


def _keys(*sequences: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Every binding of `sequences` on this platform that a keyboard types, the first shown
    in the menu."""
    keys: list[QKeySequence] = []
    for sequence in sequences:
        if isinstance(sequence, str):
            keys.append(QKeySequence(sequence))
        else:
            keys.extend(
                binding
                for binding in QKeySequence.keyBindings(sequence)
                if _typed(binding) and binding not in keys
            )
    return keys


class WindowMenus(QObject):
    """Builds the menu bar of `window` in the current language (again after a switch)."""

    def __init__(self, window: QMainWindow, actions: MenuWindow) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._pane: RecordPane | None = None
        self.search_toolbar: QToolBar | None = None
        self._list: RecordListScreen | None = None
        bar = window.menuBar()
        bar.clear()  # built again in a new language
        for old in window.findChildren(WindowMenus):
            if old is not self:
                old.search_box.deleteLater()
                if old.search_toolbar is not None:
                    old.search_toolbar.deleteLater()
                old.deleteLater()
        self._build_file(bar.addMenu(QCoreApplication.translate("WindowMenus", "&File")))
        self._build_edit(bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit")))
        self._build_view(bar.addMenu(QCoreApplication.translate("WindowMenus", "&View")))
        self.record_menu = bar.addMenu("")
        self.record_menu.menuAction().setVisible(False)
        self.screen_menu = bar.addMenu("")
        self.screen_menu.menuAction().setVisible(False)
        self._build_tools(bar.addMenu(QCoreApplication.translate("WindowMenus", "&Tools")))
        self._build_help(bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")))
        self._build_search_field(bar)
        self.record_shown()

    # Building -----------------------------------------------------------------------------

    def _build_file(self, menu: QMenu) -> None:
        window = self._actions
        self.new_actions: dict[str, QAction] = {}
        for entry, text in (
            (screens.PARTICIPANTS, QCoreApplication.translate("WindowMenus", "New p&articipant…")),
            (screens.EMPLOYERS, QCoreApplication.translate("WindowMenus", "New &employer…")),
            (screens.PLACEMENTS, QCoreApplication.translate("WindowMenus", "New p&lacement…")),
        ):
            self.new_actions[entry.key] = _add(menu, text, partial(window.new_record_in, entry))
        menu.addSeparator()
        self.import_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Import from Excel…"),
            window.open_import,
        )
        menu.addSeparator()
        self.print_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Print document of the record…"),
            window.print_current,
            _keys("Ctrl+P"),
        )
        self.print_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus", "The placement's summary, or the participant's register extract"
            )
        )
        menu.addSeparator()
        self.exit_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "E&xit"),
            window.close,
            # Ctrl+Q where the platform binds no Quit (Windows); the one window closes the
            # program, so closing it (Ctrl+W, Ctrl+F4) is exiting too.
            _keys("Ctrl+Q", QKeySequence.StandardKey.Close),
        )
        self.exit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _build_edit(self, menu: QMenu) -> None:
        window = self._actions
        self.find_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Find in list"),
            window.find_in_list,
            _keys(QKeySequence.StandardKey.Find),
        )
        self.search_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Search everywhere…"),
            window.open_search,
            _keys("Ctrl+K"),
        )
        menu.addSeparator()
        # Del only where a list has the focus: in a text field it deletes a letter, and in a
        # timeline it must not throw away the whole placement.
        self.delete_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Move to trash…"),
            window.delete_current,
            _keys(QKeySequence.StandardKey.Delete),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setStatusTip(
            QCoreApplication.translate(
                "WindowMenus", "The record chosen in the list; it asks first"
            )
        )

    def _build_view(self, menu: QMenu) -> None:
        self.screen_actions: list[QAction] = []
        group = QActionGroup(menu)
        for row, entry in enumerate(SCREENS):
            action = _add(
                menu,
                QCoreApplication.translate(screens.CONTEXT, entry.name),
                partial(self._actions.show_screen, row),
                _keys(f"Ctrl+{row + 1}"),
            )
            action.setCheckable(True)
            group.addAction(action)
            self.screen_actions.append(action)
        menu.addSeparator()
        self.sort_menu = menu.addMenu(QCoreApplication.translate("WindowMenus", "&Sort list by"))
        self.sort_menu.aboutToShow.connect(self.fill_sort_menu)

    def _build_tools(self, menu: QMenu) -> None:
        window = self._actions
        self.questionnaire_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Register questionnaire answers…"),
            window.open_questionnaire_entry,
            _keys("Ctrl+Shift+E"),
        )
        menu.addSeparator()
        self.safety_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Data safety and backups"),
            partial(window.show_screen, SCREENS.index(screens.SAFETY)),
        )
        self.settings_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Settings"),
            partial(window.show_screen, SCREENS.index(screens.SETTINGS)),
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _build_help(self, menu: QMenu) -> None:
        window = self._actions
        self.shortcuts_action = _add(
            menu,
            QCoreApplication.translate("WindowMenus", "&Keyboard shortcuts"),
            window.show_shortcuts,
            _keys("F1"),
        )
        # Where the crash log is (ambassador/crash.py), for the person and for IT.
        self.show_log_folder_action = _add(
            menu, QCoreApplication.translate("MainWindow", "Show &log folder"), show_log_folder
        )
        menu.addSeparator()
        self.about_action = _add(
            menu, QCoreApplication.translate("WindowMenus", "&About Ambassador"), window.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_search_field(self, bar: QWidget) -> None:
        """Search everywhere, always in view at the top right of the menu bar (no toolbar
        line taken from the lists); typing in it opens the search with what was typed."""
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            QCoreApplication.translate("WindowMenus", "Search everywhere (Ctrl+K)")
        )
        self.search_field.setAccessibleName(
            QCoreApplication.translate("WindowMenus", "Search everywhere")
        )
        self.search_field.setClearButtonEnabled(False)
        metrics = self.search_field.fontMetrics()
        self.search_field.setMinimumWidth(
            metrics.horizontalAdvance(self.search_field.placeholderText()) + 24
        )
        # In a box of its own: the bar sizes a corner by its size hint, which a line edit's
        # minimum width does not change, but a layout's does.
        self.search_box = QWidget()
        box_layout = QHBoxLayout(self.search_box)
        box_layout.setContentsMargins(0, 0, 4, 0)
        box_layout.addWidget(self.search_field)
        self.search_field.textEdited.connect(self._on_search_field_text_edited)
        self.search_field.returnPressed.connect(self._on_search_field_text_edited)
        if self._window.menuBar().isNativeMenuBar():  # macOS: the bar has no corner
            toolbar = self._window.addToolBar(QCoreApplication.translate("WindowMenus", "Search"))
            self.search_toolbar = toolbar
            toolbar.setObjectName("search_toolbar")
            toolbar.setMovable(False)
            toolbar.addWidget(self.search_box)
        else:
            self._window.menuBar().setCornerWidget(self.search_box, Qt.Corner.TopRightCorner)

    def _on_search_field_text_edited(self, text: str | None = None) -> None:
        typed = self.search_field.text() if text is None else text
        self.search_field.clear()
        self._actions.open_search(typed)

    def show_server(self) -> None:
        """On a server there are no backups in the window (they are IT's): Verktyg names
        Datasäkerhet alone."""
        self.safety_action.setText(
            QCoreApplication.translate(CONTEXT, SCREEN_MENU_TITLES[screens.SAFETY.key])
        )

    # Following the window -----------------------------------------------------------------

    def screen_shown(
        self,
        row: int,
        listed: RecordListEntry[RecordListScreen] | None,
        shown: RecordListScreen | None,
        screen: object = None,
    ) -> None:
        """A screen came into view: check it in Visa, and show its record menu, if it is a
        built list, with its detail pane's actions, or its own menu, if `screen` (built)
        has actions of its own."""
        if 0 <= row < len(self.screen_actions):
            self.screen_actions[row].setChecked(True)
        # Ctrl+N makes a record of the list in view.
        for key, action in self.new_actions.items():
            action.setShortcuts(
                _keys(QKeySequence.StandardKey.New)
                if listed is not None and key == listed.key
                else []
            )
        if self._list is not None:
            self._list.table.removeAction(self.delete_action)
        self._list = None
        self._pane = None
        self.record_menu.clear()
        if listed is not None and shown is not None:
            self._list = shown
            self._pane = shown.detail_pane
            shown.table.addAction(self.delete_action)
            self.record_menu.setTitle(
                QCoreApplication.translate(CONTEXT, RECORD_MENU_TITLES[listed.key])
            )
            fill_menu(self.record_menu, self._pane.actions_for_menu())
        self.record_menu.menuAction().setVisible(self._pane is not None)
        self._show_screen_menu(row, screen)
        self.sort_menu.setEnabled(self._list is not None)
        self.record_shown()

    def _show_screen_menu(self, row: int, screen: object) -> None:
        self.screen_menu.clear()
        key = SCREENS[row].key if 0 <= row < len(SCREENS) else None
        shown = key in SCREEN_MENU_TITLES and isinstance(screen, MenuScreen)
        if shown:
            assert key is not None and isinstance(screen, MenuScreen)
            self.screen_menu.setTitle(QCoreApplication.translate(CONTEXT, SCREEN_MENU_TITLES[key]))
            fill_menu(self.screen_menu, screen.actions_for_menu())
        self.screen_menu.menuAction().setVisible(shown)

    def record_shown(self) -> None:
        """The record in view changed, or what can be done with it: Ctrl+P and Del follow."""
        pane = self._pane
        document = None if pane is None else pane.document_action()
        self.print_action.setEnabled(document is not None and document.isEnabled())
        self.delete_action.setEnabled(pane is not None and pane.delete_action.isEnabled())

    def fill_sort_menu(self) -> None:
        """The list's columns, the one it is sorted by checked, and the direction."""
        menu = self.sort_menu
        menu.clear()
        screen = self._list
        if screen is None:
            return
        model = screen.model
        header = screen.table.horizontalHeader()
        current = header.sortIndicatorSection()
        order = header.sortIndicatorOrder()
        group = QActionGroup(menu)
        for column in range(model.columnCount()):
            if not model.is_sortable(column):
                continue
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = _add(menu, name, partial(screen.table.sortByColumn, column, order))
            action.setCheckable(True)
            action.setChecked(column == current)
            group.addAction(action)
        menu.addSeparator()
        directions = QActionGroup(menu)
        for text, direction in (
            (QCoreApplication.translate("WindowMenus", "&Ascending"), Qt.SortOrder.AscendingOrder),
            (
                QCoreApplication.translate("WindowMenus", "&Descending"),
                Qt.SortOrder.DescendingOrder,
            ),
        ):
            action = _add(menu, text, partial(screen.table.sortByColumn, current, direction))
            action.setCheckable(True)
            action.setChecked(direction == order)
            directions.addAction(action)

    def all_actions(self) -> list[tuple[str, QAction]]:
        """Every action in the menu bar with the title of its top menu, submenus' included,
        in menu order (the shortcuts dialog lists them)."""
        found: list[tuple[str, QAction]] = []

        def walk(title: str, actions: list[QAction]) -> None:
            for action in actions:
                if not action.isVisible():
                    continue  # the record menu with no list in view
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    if submenu is self.sort_menu:
                        self.fill_sort_menu()
                    walk(title or submenu.title(), submenu.actions())
                elif not action.isSeparator():
                    found.append((title, action))

        walk("", self._window.menuBar().actions())
        return found
