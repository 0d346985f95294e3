"""The organisation's logo: the image file the person picks, stored as a PNG of bounded size
in base64, and read back as an image."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from ambassador.ui.ui_state import user_documents_folder

LOGO_MAX_SIDE = 600  # pixels: plenty for a letterhead, small enough to store with the data


def choose_logo_file(parent: QWidget | None) -> str:
    """The image file the person picks, or "" when they cancel (the seam tests replace)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SettingsScreen", "Choose logo"),
        str(user_documents_folder()),
        QCoreApplication.translate("SettingsScreen", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"),
    )
    return path


def logo_png_base64(image: QImage) -> str:
    """`image` at most LOGO_MAX_SIDE pixels on its longer side, as base64 of a PNG."""
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(
            LOGO_MAX_SIDE,
            LOGO_MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub asks for bytes, but the binding accepts only a str for the format.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode("ascii")


def logo_image(logo_png: str) -> QImage:
    """The stored logo as an image; a null image when there is none or it cannot be read."""
    image = QImage()
    if logo_png:
        try:
            image.loadFromData(base64.b64decode(logo_png), "PNG")
        except ValueError:
            return QImage()
    return image
