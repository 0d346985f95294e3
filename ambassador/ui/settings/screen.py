"""Inställningar: the organisation and its logo, the coordinator, follow-up, language, and the
editable lists, all saved together with one Save."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.country import COUNTRIES
from ambassador.domain.country import NATIVE_NAMES as COUNTRY_NAMES
from ambassador.domain.enums import ListName
from ambassador.domain.errors import (
    NotFoundError,
    Problem,
    RuleViolationError,
    StorageError,
    ValidationError,
)
from ambassador.domain.languages import LANGUAGES, NATIVE_NAMES
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.domain.settings import Settings, list_problems, validate_settings
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import error_label, field_row, show_problems_at_fields
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.widgets import scroll_area, title_label
from ambassador.ui.i18n import current_language
from ambassador.ui.placements.plan_editor import PlanEditor, TypePlansEditor
from ambassador.ui.settings import logo
from ambassador.ui.settings.field_balances import FieldBalancesEditor
from ambassador.ui.settings.list_editor import ListEditor
from ambassador.ui.settings.mentors import MentorsGroup
from ambassador.ui.settings.report_mapping_editor import ReportMappingEditor
from ambassador.ui.settings.targets import TargetsEditor

LOGO_PREVIEW_HEIGHT = 80


class SettingsScreen(QWidget):
    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._settings = Settings()
        self._logo_png = ""
        self.organisation_editable = True
        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self._build_ui()

    # Building ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Settings"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(18)
        layout.addWidget(self.title_label)
        # On a server, for everyone but its administrator: the organisation's part of the
        # screen is shown, not offered for editing (the database would refuse it).
        self.administrator_note_label = QLabel(
            self.tr(
                "The organisation, follow-up, lists and reporting categories are set by your "
                "organisation's administrator; your contact details and language are your own."
            )
        )
        self.administrator_note_label.setWordWrap(True)
        self.administrator_note_label.hide()
        layout.addWidget(self.administrator_note_label)
        self.organisation_group = self._organisation_group()
        layout.addWidget(self.organisation_group)
        layout.addWidget(self._coordinator_group())
        self.follow_up_group = self._follow_up_group()
        layout.addWidget(self.follow_up_group)
        layout.addWidget(self._language_group())
        self.lists_group = self._lists_group()
        layout.addWidget(self.lists_group)
        self.mentors_group = MentorsGroup(self._services, self._navigator)
        layout.addWidget(self.mentors_group)
        self.report_mapping_editor = ReportMappingEditor(self._services, self._navigator)
        layout.addWidget(self.report_mapping_editor)
        self.targets_editor = TargetsEditor(self._services, self._navigator)
        layout.addWidget(self.targets_editor)
        self.field_balances_editor = FieldBalancesEditor(self._services, self._navigator)
        layout.addWidget(self.field_balances_editor)
        layout.addStretch(1)

        self.scroll_area = scroll_area(content)

        self.save_action = screen_action(
            self,
            self.tr("&Save settings"),
            self._on_save_button_clicked,
            (QKeySequence.StandardKey.Save,),
            self.tr("Save the settings and lists"),
        )
        self.save_button = ActionButton(self.save_action, text=self.tr("Save"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.general_error_label = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status_label, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.general_error_label)
        outer.addLayout(buttons)

    def actions_for_menu(self) -> list[QAction | None]:
        """The Settings menu: saving, the logo, the reporting categories, the targets and the
        fields' gender balance."""
        mapping = self.report_mapping_editor
        return [
            self.save_action,
            None,
            self.choose_logo_action,
            self.remove_logo_action,
            None,
            mapping.save_action,
            mapping.reset_action,
            None,
            self.targets_editor.set_action,
            self.targets_editor.remove_action,
            self.field_balances_editor.save_action,
            self.field_balances_editor.reset_action,
        ]

    def _form_group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return group, form

    def _add_field(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        """A row with its label and, under the widget, the error for field `name`."""
        self.error_labels[name] = field_row(form, text, widget)
        self.field_widgets[name] = widget

    def _organisation_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Organisation"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.textEdited.connect(self._on_field_edited)
        self._add_field(
            form, "organisation_name", self.tr("Organisation &name:"), self.organisation_edit
        )
        # Each country by its own name, as the language chooser names languages. Read-only
        # once anyone is registered: the numbers on record are that country's.
        self.country_combo = QComboBox()
        for country in COUNTRIES:
            self.country_combo.addItem(COUNTRY_NAMES[country], country)
        self.country_combo.currentIndexChanged.connect(self._on_field_edited)
        self._add_field(form, "country", self.tr("&Country:"), self.country_combo)
        self.country_note_label = QLabel()
        self.country_note_label.setWordWrap(True)
        form.addRow("", self.country_note_label)

        self.logo_label = QLabel()
        self.logo_label.setMinimumHeight(LOGO_PREVIEW_HEIGHT)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_logo_action = screen_action(
            self, self.tr("Choose &logo…"), self._on_choose_logo_button_clicked
        )
        self.choose_logo_button = ActionButton(self.choose_logo_action)
        self.remove_logo_action = screen_action(
            self, self.tr("&Remove logo"), self._on_remove_logo_button_clicked
        )
        self.remove_logo_button = ActionButton(self.remove_logo_action)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_label, 1)
        logo_layout.addWidget(self.choose_logo_button)
        logo_layout.addWidget(self.remove_logo_button)
        self._add_field(form, "logo_png", self.tr("Logo:"), logo_row)
        self.field_widgets["logo_png"] = self.choose_logo_button
        self.logo_label.setAccessibleName(self.tr("Logo"))
        return group

    def _coordinator_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Coordinator"))
        self.coordinator_name_edit = QLineEdit()
        self.coordinator_phone_edit = QLineEdit()
        self.coordinator_email_edit = QLineEdit()
        for name, text, edit in (
            ("coordinator_name", self.tr("N&ame:"), self.coordinator_name_edit),
            ("coordinator_phone", self.tr("&Phone:"), self.coordinator_phone_edit),
            ("coordinator_email", self.tr("&E-mail:"), self.coordinator_email_edit),
        ):
            edit.textEdited.connect(self._on_field_edited)
            self._add_field(form, name, text, edit)
        return group

    def _follow_up_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Follow-up"))
        self.silent_spin = QSpinBox()
        self.silent_spin.setRange(1, 365)
        self.silent_spin.valueChanged.connect(self._on_field_edited)
        self.default_plan_editor = PlanEditor()
        self.default_plan_editor.edited.connect(self._on_default_plan_edited)
        self._add_field(
            form, "follow_up_plan", self.tr("Default follow-up &plan:"), self.default_plan_editor
        )
        self.type_plans_editor = TypePlansEditor()
        self.type_plans_editor.edited.connect(self._on_field_edited)
        self._add_field(
            form, "type_plan", self.tr("Plan by placement &type:"), self.type_plans_editor
        )
        self._add_field(
            form,
            "silent_after_days",
            self.tr("&Silent without a plan after (days):"),
            self.silent_spin,
        )
        self.silent_spin.setAccessibleDescription(
            self.tr(
                "A placement without a follow-up plan counts as silent after this many days "
                "without contact; one with a plan, after its phase's days."
            )
        )
        self.outcome_check_spin = QSpinBox()
        self.outcome_check_spin.setRange(1, 730)
        self.outcome_check_spin.valueChanged.connect(self._on_field_edited)
        self._add_field(
            form,
            "outcome_check_days",
            self.tr("&Outcome check after (days):"),
            self.outcome_check_spin,
        )
        self.outcome_check_spin.setAccessibleDescription(
            self.tr(
                "How many days after a placement ends its outcome check falls due: is the "
                "person in work, studies, another measure or none? Checks already scheduled "
                "keep their day."
            )
        )
        self.renewal_warning_spin = QSpinBox()
        self.renewal_warning_spin.setRange(1, 365)
        self.renewal_warning_spin.valueChanged.connect(self._on_field_edited)
        self._add_field(
            form,
            "renewal_warning_days",
            self.tr("&Warn of a subsidy decision ending (days before):"),
            self.renewal_warning_spin,
        )
        self.renewal_warning_spin.setAccessibleDescription(
            self.tr(
                "Overview lists a placement whose subsidy decision ends within this many days, "
                "so its renewal can be applied for in time."
            )
        )
        return group

    def _language_group(self) -> QGroupBox:
        group, form = self._form_group(self.tr("Language"))
        self.language_combo = QComboBox()
        for language in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[language], language)
        self.language_combo.currentIndexChanged.connect(self._on_field_edited)
        self._add_field(form, "language", self.tr("Lan&guage:"), self.language_combo)
        return group

    def _lists_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Lists"))
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        self.placement_types_editor = ListEditor(
            ListName.PLACEMENT_TYPES, self.tr("Placement types")
        )
        self.note_kinds_editor = ListEditor(ListName.NOTE_KINDS, self.tr("Note kinds"))
        self.referral_sources_editor = ListEditor(
            ListName.REFERRAL_SOURCES, self.tr("Referral sources")
        )
        self.ending_reasons_editor = ListEditor(ListName.ENDING_REASONS, self.tr("Ending reasons"))
        self.task_categories_editor = ListEditor(
            ListName.TASK_CATEGORIES, self.tr("Task categories")
        )
        self.task_requirements_editor = ListEditor(
            ListName.TASK_REQUIREMENTS, self.tr("Task requirements")
        )
        self.subsidy_types_editor = ListEditor(ListName.SUBSIDY_TYPES, self.tr("Subsidy types"))
        self.agreement_forms_editor = ListEditor(
            ListName.AGREEMENT_FORMS, self.tr("Agreement forms")
        )
        self.network_contact_kinds_editor = ListEditor(
            ListName.NETWORK_CONTACT_KINDS, self.tr("Network contact kinds")
        )
        self.placement_types_list = self.placement_types_editor.list_widget
        self.note_kinds_list = self.note_kinds_editor.list_widget
        self.referral_sources_list = self.referral_sources_editor.list_widget
        self.ending_reasons_list = self.ending_reasons_editor.list_widget
        # Renaming changes what this language calls an entry, not what records were filed as.
        self.lists_note_label = QLabel(
            self.tr(
                "The entries are named in the window's language. Renaming one changes its name "
                "in this language only; what is already recorded keeps its entry."
            )
        )
        self.lists_note_label.setWordWrap(True)
        self.lists_note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid.addWidget(self.lists_note_label, 0, 0, 1, 2)
        for position, editor in enumerate(self.list_editors()):
            heading = QLabel(editor.title)
            heading.setBuddy(editor.list_widget)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            row, column = divmod(position, 2)
            grid.addWidget(heading, 2 * row + 1, column)
            grid.addWidget(editor, 2 * row + 2, column)
            editor.edited.connect(self._on_field_edited)
            self.error_labels[editor.name.value] = editor.error_label
            self.field_widgets[editor.name.value] = editor.list_widget
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return group

    def list_editors(self) -> list[ListEditor]:
        return [
            self.placement_types_editor,
            self.note_kinds_editor,
            self.referral_sources_editor,
            self.ending_reasons_editor,
            self.task_categories_editor,
            self.task_requirements_editor,
            self.subsidy_types_editor,
            self.agreement_forms_editor,
            self.network_contact_kinds_editor,
        ]

    # Loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self._services.settings.get()
        self._settings = settings
        self.organisation_edit.setText(settings.organisation_name)
        self.coordinator_name_edit.setText(settings.coordinator_name)
        self.coordinator_phone_edit.setText(settings.coordinator_phone)
        self.coordinator_email_edit.setText(settings.coordinator_email)
        for spin, value in (
            (self.silent_spin, settings.silent_after_days),
            (self.outcome_check_spin, settings.outcome_check_days),
            (self.renewal_warning_spin, settings.renewal_warning_days),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.language_combo.blockSignals(True)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)
        self._show_country(settings.country)
        self._show_logo(settings.logo_png)
        self.default_plan_editor.set_plan(settings.default_plan)
        self.type_plans_editor.set_plans(
            self._services.settings.list_labels(ListName.PLACEMENT_TYPES),
            self._services.settings.type_plans(),
            settings.default_plan,
        )
        editors = self.list_editors()
        entries = self._services.settings.lists_entries(
            [editor.name for editor in editors], current_language()
        )
        for editor in editors:
            editor.set_entries(entries[editor.name])
        self.report_mapping_editor.refresh()
        self.targets_editor.refresh()
        self.field_balances_editor.refresh()
        self.mentors_group.refresh()
        self._show_editable(self._services.settings.organisation_editable())
        self.show_problems([])

    def on_changes(self, changes: Changes) -> None:
        """Everything read again when the settings changed; else only the mentors, when a
        change concerns them, and nothing otherwise (the window holds another coordinator's
        change back until the screen is next shown, not over what the person is typing)."""
        if changes.settings:
            self.refresh()
        else:
            self.mentors_group.on_changes(changes)

    def _show_editable(self, editable: bool) -> None:
        """The organisation's settings editable (a file, a server's administrator) or shown
        read-only with the sentence that says whose they are; a person's own contact details
        and language stay editable either way."""
        self.organisation_editable = editable
        self.administrator_note_label.setVisible(not editable)
        for widget in (
            self.organisation_group,
            self.follow_up_group,
            self.lists_group,
            self.report_mapping_editor,
            self.targets_editor,
            self.field_balances_editor,
        ):
            widget.setEnabled(editable)
        for action in (
            self.choose_logo_action,
            self.report_mapping_editor.save_action,
            self.report_mapping_editor.reset_action,
            self.targets_editor.set_action,
        ):
            action.setEnabled(editable)
        self.remove_logo_action.setEnabled(editable and bool(self._logo_png))
        if not editable:
            self.country_combo.setEnabled(False)
            self.country_note_label.hide()

    def _show_country(self, country: str) -> None:
        self.country_combo.blockSignals(True)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(country), 0))
        self.country_combo.blockSignals(False)
        fixed = self._services.settings.country_fixed()
        self.country_combo.setEnabled(not fixed)
        self.country_note_label.show()
        self.country_note_label.setText(
            self.tr(
                "The country cannot be changed: participants or employers are registered, "
                "and their identity and organisation numbers are the country's."
            )
            if fixed
            else self.tr(
                "The country decides the identity and organisation numbers and the default "
                "lists, which take the place of the lists below when it is changed. It can be "
                "changed until the first participant or employer is registered."
            )
        )

    def _show_logo(self, logo_png: str) -> None:
        self._logo_png = logo_png
        image = logo.logo_image(logo_png)
        if image.isNull():
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        else:
            pixmap = QPixmap.fromImage(image)
            if pixmap.height() > LOGO_PREVIEW_HEIGHT:
                pixmap = pixmap.scaledToHeight(
                    LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
                )
            self.logo_label.setPixmap(pixmap)
        self.remove_logo_button.setEnabled(self.organisation_editable and bool(logo_png))

    # Reading and saving -----------------------------------------------------------------

    def read_settings(self) -> Settings:
        # Settings this screen does not show keep their stored values.
        return dataclasses.replace(
            self._settings,
            organisation_name=self.organisation_edit.text(),
            logo_png=self._logo_png,
            coordinator_name=self.coordinator_name_edit.text(),
            coordinator_phone=self.coordinator_phone_edit.text(),
            coordinator_email=self.coordinator_email_edit.text(),
            follow_up_plan=(self.default_plan_editor.plan() or DEFAULT_PLAN).to_json(),
            silent_after_days=self.silent_spin.value(),
            outcome_check_days=self.outcome_check_spin.value(),
            renewal_warning_days=self.renewal_warning_spin.value(),
            language=str(self.language_combo.currentData()),
            country=str(self.country_combo.currentData()),
        )

    def problems(self, settings: Settings) -> list[Problem]:
        problems: list[Problem] = []
        try:
            validate_settings(settings)
        except ValidationError as error:
            problems.extend(error.problems)
        for editor in self.list_editors():
            problems.extend(list_problems(editor.name.value, editor.labels()))
        problems.extend(self.type_plans_editor.problems())
        return problems

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        show_problems_at_fields(problems, self.error_labels, self.general_error_label)

    def save(self) -> bool:
        """Save the settings and every changed list, or nothing when anything is refused."""
        settings = self.read_settings()
        problems = self.problems(settings)
        self.show_problems(problems)
        if problems:
            self._refused(problems)
            return False
        try:
            changes = self._services.settings.save(
                settings,
                {e.name: e.entries() for e in self.list_editors() if e.changed()},
                self.type_plans_editor.changes(),
                language=current_language(),
                read=self._settings,
            )
        except ValidationError as error:
            self.show_problems(error.problems)
            self._refused(list(error.problems))
            return False
        except (StorageError, RuleViolationError, NotFoundError) as error:
            dialogs.show_failure(self, self.tr("The settings were not saved"), error)
            return False
        self._settings = self._services.settings.get()
        for editor in self.list_editors():
            editor.mark_saved()
        self.type_plans_editor.mark_saved()
        if not self.report_mapping_editor.changed():  # a new ending reason gets its row
            self.report_mapping_editor.refresh()
        self.status_label.setText(self.tr("Saved."))
        # Last: a new language rebuilds the window, this screen with it.
        self._navigator.publish(changes)
        return True

    def _refused(self, problems: list[Problem]) -> None:
        self.status_label.setText(self.tr("Nothing was saved. Correct what is marked."))
        for problem in problems:
            widget = self.field_widgets.get(problem.field)
            if widget is not None:
                self.scroll_area.ensureWidgetVisible(widget)
                widget.setFocus()
                return

    # Slots ------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_field_edited(self, *_args: object) -> None:
        self.status_label.clear()

    def _on_default_plan_edited(self) -> None:
        self.type_plans_editor.set_default(self.default_plan_editor.plan() or DEFAULT_PLAN)
        self._on_field_edited()

    def _on_choose_logo_button_clicked(self) -> None:
        path = logo.choose_logo_file(self)
        if not path:
            return
        image = QImage(path)
        label = self.error_labels["logo_png"]
        if image.isNull():
            label.setText(self.tr("The file could not be read as an image."))
            label.show()
            return
        label.hide()
        self._show_logo(logo.logo_png_base64(image))
        self._on_field_edited()

    def _on_remove_logo_button_clicked(self) -> None:
        self._show_logo("")
        self.error_labels["logo_png"].hide()
        self._on_field_edited()
