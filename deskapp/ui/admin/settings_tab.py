"""Settings: this desk PC's (desk name, idle lock, language; kept in the PC's own config file) and those
shared by every desk on the database (how long notes are kept, the backup folder). Each change is audited.

A value IT set in the admin deskapp.toml (beside the program) wins over what is saved here, so its field
is shown greyed out with where it comes from. The PC's language is what the sign-in screen speaks and what
everyone reads whose own language is "this PC's"; it switches the screens at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.platform.changes import Change
from deskapp.platform.desks import clean_desk_name, ensure_desk
from deskapp.platform.settings import load_settings, save_user_setting
from deskapp.platform.shared_settings import (
    MAX_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
    load_shared_settings,
    record_pc_setting_change,
    set_backup_folder,
    set_note_retention_days,
)
from deskapp.ui import i18n
from deskapp.ui.admin.roles import source_label
from deskapp.ui.context import UiContext
from deskapp.ui.file_dialogs import existing_directory
from deskapp.ui.signin.language_combo import LanguageCombo

LOCKED_SOURCES = {"admin config", "command line"}  # values the per-user file cannot override


class SettingsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        local = load_settings(user_config=context.user_config)

        # --- this PC ---
        self.desk_edit = QLineEdit(context.desk_name)
        self.desk_edit.setObjectName("deskName")
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleLockMinutes")
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setValue(local.idle_lock_minutes)
        self.language_combo = LanguageCombo("system", i18n.system_language(), local.language)
        self.pc_save = QPushButton(self.tr("Save for this &PC"))
        self.pc_message = QLabel()
        pc_box = QGroupBox(self.tr("This desk PC"))
        pc_form = QFormLayout(pc_box)
        self._row(pc_form, self.tr("Desk &name:"), self.desk_edit, self.tr("Desk name"))
        self._row(pc_form, self.tr("&Lock after idle:"), self.idle_spin, self.tr("Lock after idle minutes"))
        self._row(pc_form, self.tr("&Interface language:"), self.language_combo, self.tr("This PC's language"))
        language_hint = QLabel(self.tr("The sign-in screen speaks it, and so does everyone whose own language "
                                       "is this PC's."))
        language_hint.setWordWrap(True)
        language_hint.setProperty("role", "hint")
        pc_form.addRow("", language_hint)
        self.locked_language = local.sources.get("language", "default") in LOCKED_SOURCES
        for key, widget in (("desk_name", self.desk_edit), ("idle_lock_minutes", self.idle_spin),
                            ("language", self.language_combo)):
            source = local.sources.get(key, "default")
            if source in LOCKED_SOURCES:
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your IT admin (%1).").replace("%1", source_label(source)))
        pc_form.addRow(self._save_row(self.pc_message, self.pc_save))

        # --- all desks ---
        shared = context.load(load_shared_settings)
        self.retention_spin = QSpinBox()
        self.retention_spin.setObjectName("retentionDays")
        self.retention_spin.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.retention_spin.setSuffix(self.tr(" days"))
        self.retention_spin.setValue(shared.note_retention_days)
        self.backup_edit = QLineEdit(shared.backup_folder)
        self.backup_edit.setObjectName("backupFolder")
        self.backup_edit.setPlaceholderText(self.tr("Default: a “backups” folder beside the database"))
        self.browse = QPushButton(self.tr("&Browse…"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.browse)
        backup_holder = QWidget()
        backup_holder.setLayout(backup_row)
        backup_row.setContentsMargins(0, 0, 0, 0)
        self.shared_save = QPushButton(self.tr("Save for &all desks"))
        self.shared_message = QLabel()
        shared_box = QGroupBox(self.tr("All desks on this database"))
        shared_form = QFormLayout(shared_box)
        self._row(shared_form, self.tr("&Keep notes for:"), self.retention_spin, self.tr("Keep notes for days"))
        note = QLabel(self.tr("Notes older than this are removed; the coded fields of each enquiry stay for "
                              "statistics."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        shared_form.addRow("", note)
        self._row(shared_form, self.tr("Backup &folder:"), backup_holder, self.tr("Backup folder"))
        self.backup_edit.setAccessibleName(self.tr("Backup folder"))
        shared_form.addRow(self._save_row(self.shared_message, self.shared_save))

        for label in (self.pc_message, self.shared_message):
            label.setWordWrap(True)
            label.setObjectName("settingsMessage")
        for spin in (self.idle_spin, self.retention_spin):
            spin.setMinimumWidth(140)
        for form in (pc_form, shared_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column = QWidget()
        column.setMaximumWidth(820)  # long lines are hard to read on a wide screen
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(pc_box)
        inner.addWidget(shared_box)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        self.pc_save.clicked.connect(self.save_pc)
        self.shared_save.clicked.connect(self.save_shared)
        self.browse.clicked.connect(self._browse)
        self.desk_edit.returnPressed.connect(self.save_pc)
        self.backup_edit.returnPressed.connect(self.save_shared)
        self.setFocusProxy(self.desk_edit if self.desk_edit.isEnabled() else self.retention_spin)

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget, accessible: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        form.addRow(label, widget)

    @staticmethod
    def _save_row(message: QLabel, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(message, 1)
        row.addWidget(button)
        return row

    def _say(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setProperty("role", "error" if error else "hint")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def save_pc(self) -> None:
        old = load_settings(user_config=self.context.user_config)
        minutes = self.idle_spin.value()
        # A language IT fixed in the admin deskapp.toml is not saved over (it would not take effect anyway).
        language = old.language if self.locked_language else self.language_combo.code()
        try:
            desk_name = clean_desk_name(self.desk_edit.text())
        except ValueError as error:
            self._say(self.pc_message, str(error), error=True)
            return

        def record(session) -> None:
            actor = self.context.actor()
            desk_id = ensure_desk(session, desk_name, actor)
            record_pc_setting_change(session, actor, "desk_name", self.context.desk_name, desk_name, desk_id)
            record_pc_setting_change(session, actor, "idle_lock_minutes", old.idle_lock_minutes, minutes, desk_id)
            record_pc_setting_change(session, actor, "language", old.language, language, desk_id)

        # The PC's own settings file is written only after the database accepted the audit record.
        if not self.context.run(record, origin=self,
                                show=lambda failure: self._say(self.pc_message, failure.message, error=True)).ok:
            return
        save_user_setting("desk_name", desk_name, user_config=self.context.user_config)
        save_user_setting("idle_lock_minutes", minutes, user_config=self.context.user_config)
        if not self.locked_language:
            save_user_setting("language", language, user_config=self.context.user_config)
        self.context.desk_name = desk_name
        self.desk_edit.setText(desk_name)
        self._say(self.pc_message, self.tr("Saved for this PC."), error=False)
        # The file changed after the transaction: tell the window (idle lock time, desk name in the status bar,
        # the language: the window switches to it at once if this person follows the PC).
        self.context.bus.announce(Change.SETTINGS)

    def save_shared(self) -> None:
        days, folder = self.retention_spin.value(), self.backup_edit.text()

        def save(session) -> None:
            actor = self.context.actor()
            set_note_retention_days(session, actor, days)
            set_backup_folder(session, actor, folder)

        if self.context.run(save, origin=self,
                            show=lambda failure: self._say(self.shared_message, failure.message, error=True)).ok:
            self._say(self.shared_message, self.tr("Saved for all desks."), error=False)

    def _browse(self) -> None:
        folder = existing_directory(self, self.tr("Backup folder"), self.backup_edit.text())
        if folder:
            self.backup_edit.setText(folder)


def create_tab(context: UiContext) -> QWidget:
    return SettingsTab(context)
