"""Windows and dialogs sized within the screen they open on: a 1366×768 laptop at 125 % is
1093×614 logical pixels, less the taskbar, and a window larger than that hides its bottom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QScrollArea, QWidget

# What the window manager draws around a window (the title bar, the borders), with room for a
# panel a platform does not report in the available geometry.
FRAME_ALLOWANCE = QSize(16, 80)
_NEVER = Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def screen_of(widget: QWidget) -> QScreen:
    screen = widget.screen()
    return screen if screen is not None else QGuiApplication.primaryScreen()


def screen_key(screen: QScreen) -> str:
    """A screen by name and size, so a laptop's window and its docked monitor's are kept
    apart."""
    size = screen.geometry().size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def room(screen: QScreen) -> QSize:
    """The largest window the screen shows whole, frame included."""
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """`preferred`, or less where the screen is smaller."""
    return preferred.boundedTo(room(screen_of(widget)))


def fits(widget: QWidget, frame: QRect) -> bool:
    """Whether a window whose frame is at `frame` (a restored one) lies whole on `widget`'s
    screen's available area."""
    return screen_of(widget).availableGeometry().contains(frame)


def centre(widget: QWidget) -> None:
    """Place `widget` in the middle of its screen's available area."""
    available = screen_of(widget).availableGeometry()
    size = widget.size()
    # A little above the middle: the title bar above the window takes room too.
    left = max(0, (available.width() - size.width()) // 2)
    top = max(0, (available.height() - size.height()) // 2 - FRAME_ALLOWANCE.height() // 4)
    widget.move(available.topLeft() + QPoint(left, top))


def keep_on_screen(dialog: QWidget) -> None:
    """Shrink a window about to be shown to what its screen shows whole (it keeps its own
    minimum, which its layout must keep small: a long form scrolls down, never sideways), and
    move it back onto the screen if it would reach past an edge."""
    # A form that would scroll sideways is made wide enough for its fields first.
    wanted = dialog.size()
    layout = dialog.layout()
    if layout is not None:
        layout.activate()  # the scroll areas at the size it opens at
    for scroll in dialog.findChildren(QScrollArea):
        content = scroll.widget()
        if content is not None and scroll.horizontalScrollBarPolicy() != _NEVER:
            lacking = content.minimumSizeHint().width() - scroll.viewport().width()
            if lacking > 0:
                wanted.setWidth(wanted.width() + lacking + scroll.verticalScrollBar().width())
    bounded = wanted.boundedTo(room(screen_of(dialog)))
    if bounded != dialog.size():
        dialog.resize(bounded)
    available = screen_of(dialog).availableGeometry()
    frame = dialog.frameGeometry()
    if not available.contains(frame):
        left = min(max(frame.left(), available.left()), available.right() - frame.width())
        top = min(max(frame.top(), available.top()), available.bottom() - frame.height())
        dialog.move(max(left, available.left()), max(top, available.top()))


class DownScrolling(QScrollArea):
    """`content` scrolling down when the window is too low for it, never sideways: as wide as
    the room it is given, and never narrower than `content` can be."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        # QScrollArea fills the content's background and the viewport's, making both opaque, and
        # Qt paints a changed opaque widget on its own, then again with the window around it when
        # that changed too: a pane opened beside its list drew every label, table and scroll bar
        # twice. The window's own background, the same colour, shows through instead.
        content.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        content = self.widget()
        width = 0 if content is None else content.minimumSizeHint().width()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, super().minimumSizeHint().height())
