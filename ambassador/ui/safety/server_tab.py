"""Datasäkerhet's Server tab, on a database on a PostgreSQL server alone: which server, who is
signed in, the server's version, whether the connection is encrypted, the database's
revision; and why there are no backups or encryption here (they are the server's, run by
IT)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.errors import StorageError
from ambassador.services.connection import ConnectionService
from ambassador.ui.i18n import message
from ambassador.ui.safety.tab import wrapped_label


class ServerTab(QWidget):
    def __init__(self, connection: ConnectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._build_ui()

    def _build_ui(self) -> None:
        self.why_label = wrapped_label(
            self.tr(
                "Backups and encryption at rest are the server's, run by IT, so this window "
                "has none of its own."
            )
        )
        self.server_label = self._fact(self.tr("Server"))
        self.user_label = self._fact(self.tr("Signed in as"))
        self.version_label = self._fact(self.tr("Server version"))
        self.connection_label = self._fact(self.tr("Connection"))
        self.revision_label = self._fact(self.tr("Database revision"))
        self.error_label = wrapped_label()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, value in (
            (self.tr("Server:"), self.server_label),
            (self.tr("Signed in as:"), self.user_label),
            (self.tr("Server version:"), self.version_label),
            (self.tr("Connection:"), self.connection_label),
            (self.tr("Database revision:"), self.revision_label),
        ):
            label = QLabel(text)
            label.setBuddy(value)
            facts.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.why_label)
        layout.addLayout(facts)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _fact(self, name: str) -> QLabel:
        label = wrapped_label()
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_state(self) -> None:
        """Read the connection's state from the server (one short read)."""
        address = self._connection.server
        assert address is not None, "the Server tab is shown on a server alone"
        self.server_label.setText(dataclasses.replace(address, user=None).describe())
        try:
            state = self._connection.state()
        except StorageError as error:
            self.error_label.setText(message(error.message))
            self.error_label.show()
            for label in (self.user_label, self.version_label, self.revision_label):
                label.setText("")
            self.connection_label.setText(self.tr("not connected"))
            return
        self.error_label.hide()
        self.user_label.setText(state.user)
        self.version_label.setText(f"PostgreSQL {state.server_version}")
        self.connection_label.setText(
            self.tr("encrypted (TLS)")
            if state.tls
            else self.tr("not encrypted: what is sent can be read on the network; ask IT for TLS")
        )
        self.revision_label.setText(state.revision)
