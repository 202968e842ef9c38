"""The main window: the sign-in / lock screen, the first-run wizard, and the workspace with its areas.

Keys: Alt+1..Alt+6 open an area, Alt+0 moves to the navigation list, Ctrl+L locks the desk (then type the
next person's name to switch user), Ctrl+Shift+P opens your own settings (language, PIN or password), F12 shows About.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QSizePolicy, QStackedWidget, QWidget

from deskapp.people.auth import SignIn, needs_first_leader
from deskapp.people.staff import own_language
from deskapp.platform.changes import Change
from deskapp.platform.settings import load_settings
from deskapp.ui import i18n
from deskapp.ui.connection_watch import ConnectionWatch
from deskapp.ui.content_watch import ContentLanguageWatch
from deskapp.ui.context import UiContext
from deskapp.ui.help_key import install_help_key
from deskapp.ui.idle import IdleWatcher
from deskapp.ui.navigation import Workspace
from deskapp.ui.session import SessionController
from deskapp.ui.signin.change_own import ChangeOwnCredentialDialog
from deskapp.ui.signin.first_run import FirstRunWizard
from deskapp.ui.signin.screen import SignInScreen
from deskapp.ui.status_bar import DeskStatusBar

log = logging.getLogger(__name__)
FILE_WATCH_MS = 3_000  # how soon a deleted or detached database file is shown as "not saving"

DIGIT_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6,
              Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9]


class MainWindow(QMainWindow):
    def __init__(self, context: UiContext, controller: SessionController, *, idle_lock_minutes: float = 10,
                 idle_timeout_ms: int | None = None, pc_language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        # This PC's language ("" = the system's): the sign-in screen speaks it, and each person's own choice
        # replaces it from sign-in until the screen locks (deskapp/ui/i18n.py).
        self.pc_language = pc_language
        self._built_language = i18n.current_language()  # what the workspace's pages were built in
        self.setWindowTitle(self.tr("deskapp"))
        self.setObjectName("mainWindow")
        self._idle_minutes = idle_lock_minutes
        self._fixed_idle_ms = idle_timeout_ms  # tests pass a short time; otherwise minutes from settings

        self.signin = SignInScreen(context, controller)
        self._signin_language = i18n.current_language()
        self.first_run: FirstRunWizard | None = None
        self.workspace = Workspace(context)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(lambda _index: self._only_the_shown_screen_sizes_the_window())
        self._only_the_shown_screen_sizes_the_window()
        self.status = DeskStatusBar(self)
        self.setStatusBar(self.status)
        self.idle = IdleWatcher(self._idle_ms(), self)

        self.signin.done.connect(self._after_sign_in)
        controller.signed_in.connect(self._on_signed_in)
        self.idle.idle.connect(self.lock)
        self.idle.remaining_changed.connect(lambda left: self.status.show_idle(left, self._idle_minutes))
        self.workspace.refused.connect(lambda text: self.status.showMessage(text, 4000))
        context.bus.subscribe(self, {Change.SETTINGS}, lambda _changes: self._on_settings_changed())
        # Someone's language changed (their own settings, or a team leader's staff dialog): if it is the
        # person signed in here, the screens switch at once.
        context.bus.subscribe(self, {Change.STAFF}, lambda _changes: self._follow_language())
        context.bus.reachability_changed.connect(self.status.show_database_state)
        # The live-file watchdog (deskapp/db/live_file.py): a few stat() calls, so every few seconds is cheap.
        self.file_watch = QTimer(self)
        self.file_watch.setInterval(FILE_WATCH_MS)
        self.file_watch.timeout.connect(context.check_files)
        self.file_watch.start()
        self.connection_watch = ConnectionWatch(context, self)  # PostgreSQL: an outage shows, and its end
        self.connection_watch.start()
        # `deskapp reference language da` elsewhere: the open desk shows the new labels (ui/content_watch.py).
        self.content_watch = ContentLanguageWatch(context, self)
        self.content_watch.start()
        self._previous_staff_id: int | None = None
        self._shortcuts()

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return int(self._idle_minutes * 60_000)

    def _shortcuts(self) -> None:
        self.page_shortcuts: list[QShortcut] = []
        for row, _spec in enumerate(self.workspace.pages[: len(DIGIT_KEYS)]):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | DIGIT_KEYS[row]), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda row=row: self.workspace.show_page(row))
            self.page_shortcuts.append(shortcut)
        nav = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_0), self)
        nav.activated.connect(self.workspace.focus_navigation)
        self.page_shortcuts.append(nav)
        lock = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_L), self)
        lock.activated.connect(self.lock)
        self.page_shortcuts.append(lock)
        own = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                                     | Qt.Key.Key_P), self)
        own.activated.connect(self.change_own_credential)
        self.page_shortcuts.append(own)
        about = QShortcut(QKeySequence(Qt.Key.Key_F12), self)
        about.activated.connect(self.show_about)
        install_help_key(self)  # Shift+F1: the focused control's tooltip, for the keyboard (deskapp/ui/help_key.py)
        self._set_shortcuts_enabled(False)

    def _set_shortcuts_enabled(self, enabled: bool) -> None:
        for shortcut in self.page_shortcuts:
            shortcut.setEnabled(enabled)

    # --- start, sign in, lock -----------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is not self.workspace

    def start(self) -> None:
        """First run (no team leader yet) or the sign-in screen."""
        first = self.context.load(needs_first_leader)  # the database was opened moments ago
        if first:
            self.first_run = FirstRunWizard(self.context, self.controller)
            self.first_run.done.connect(self._after_sign_in)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.prepare()
            self.status.show_locked("", locked=False)
            self.status.who.setText(self.tr("First run: set up this desk"))
        else:
            self._show_sign_in(locked=False)

    def _show_sign_in(self, *, locked: bool) -> None:
        self._set_shortcuts_enabled(False)
        self.stack.setCurrentWidget(self.signin)
        self.signin.prepare(locked=locked)
        self.status.show_locked(self.context.desk_name, locked=locked)

    def lock(self) -> None:
        """Ctrl+L or idle: hide everything behind the sign-in screen; the next person types their name."""
        if self.is_locked:
            return
        self.idle.stop()
        # A dialog left open (a staff form, About) must not stay on screen over the lock.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.controller.lock()
        # The next person reads the PC's language; the hidden workspace keeps its words until someone signs in.
        self.switch_language(i18n.choose_language(None, self.pc_language), workspace=False)
        self._show_sign_in(locked=True)
        self.context.bus.actor_changed.emit(None)

    def _on_signed_in(self, signed: SignIn) -> None:
        self.switch_language(i18n.choose_language(signed.language, self.pc_language))
        if self._previous_staff_id is not None and self._previous_staff_id != signed.actor.staff_id:
            # Someone else: nothing of the previous person's screens carries over.
            self.workspace.reset_pages()
            self.workspace.stack.setCurrentIndex(0)
        self._previous_staff_id = signed.actor.staff_id
        self.workspace.set_actor(signed.actor)

    def _after_sign_in(self) -> None:
        signed = self.controller.current
        if signed is None:
            return
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.status.show_signed_in(signed, self.context.desk_name)
        self.stack.setCurrentWidget(self.workspace)
        self._set_shortcuts_enabled(True)
        self.workspace.show_page(max(0, self.workspace.stack.currentIndex()))
        self.idle.set_timeout_ms(self._idle_ms())
        self.idle.start()
        self.status.show_idle(self.idle.remaining_seconds(), self._idle_minutes if self._idle_ms() else 0)
        self.context.bus.actor_changed.emit(signed.actor)

    # --- language -----------------------------------------------------------------------------------------
    def switch_language(self, code: str, *, workspace: bool = True) -> None:
        """Install `code` and bring what is on screen into it, with no restart.

        The sign-in screen is built again (it holds nothing yet); the workspace re-labels its areas and drops
        its built pages only when they were built in another language, so a person who locks and signs in
        again in their own language finds their half-typed work where they left it.
        """
        if code != i18n.current_language():
            i18n.install_language(QApplication.instance(), code)
        current = i18n.current_language()
        self.setWindowTitle(self.tr("deskapp"))
        self.status.retranslate()
        if self._signin_language != current and self.stack.currentWidget() is not self.signin:
            self._rebuild_sign_in()
        if workspace and self._built_language != current:
            self.workspace.retranslate()
            self._built_language = current

    def _rebuild_sign_in(self) -> None:
        old = self.signin
        self.signin = SignInScreen(self.context, self.controller)
        self.signin.done.connect(self._after_sign_in)
        self.stack.insertWidget(self.stack.indexOf(old), self.signin)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._signin_language = i18n.current_language()

    # --- settings and close -------------------------------------------------------------------------------
    def _on_settings_changed(self) -> None:
        try:
            settings = load_settings(user_config=self.context.user_config)
        except ValueError:
            log.exception("could not reload the settings")
            return
        self._idle_minutes = settings.idle_lock_minutes
        self.pc_language = settings.language  # the sign-in screen speaks it, and so does whoever follows the PC
        self._follow_language()
        self.idle.set_timeout_ms(self._idle_ms())
        signed = self.controller.current
        if signed is not None and not self.is_locked:
            self.status.show_signed_in(signed, self.context.desk_name)
            self.status.show_idle(self.idle.remaining_seconds(), self._idle_minutes if self._idle_ms() else 0)

    def _follow_language(self) -> None:
        """After a change of the PC's language or of someone's own: put the screens into the language the
        person here should read now (the PC's on the sign-in screen). Switched once the current event is
        done: the change may come from a page that a switch rebuilds."""
        signed = self.controller.current
        if signed is None or self.is_locked:
            wanted = i18n.choose_language(None, self.pc_language)
            if wanted != i18n.current_language():
                QTimer.singleShot(0, lambda: self.switch_language(wanted, workspace=False))
            return
        actor = signed.actor
        person = self.context.query(lambda session: own_language(session, actor))
        if person is None:  # could not be read: the status bar says why; keep the language on screen
            return
        wanted = i18n.choose_language(person, self.pc_language)
        if wanted != i18n.current_language():
            QTimer.singleShot(0, lambda: self.switch_language(wanted) if not self.is_locked else None)

    def change_own_credential(self) -> ChangeOwnCredentialDialog:
        dialog = ChangeOwnCredentialDialog(self.context, self)

        def saved() -> None:  # after the switch of language, if any: the message in the language now shown
            if dialog.language_saved and dialog.credential_saved:
                self.status.showMessage(self.tr("Your language and your new PIN or password are saved."), 5000)
            elif dialog.language_saved:
                self.status.showMessage(self.tr("Your language is saved."), 5000)
            elif dialog.credential_saved:
                self.status.showMessage(self.tr("Your new PIN or password is saved."), 5000)

        def done(_code: int) -> None:
            if dialog.locked_out:
                self.lock()
                self.signin.message.setText(self.tr("Too many wrong tries: you are locked out for a while."))
                self.signin.message.show()
            elif dialog.result() == QDialog.DialogCode.Accepted:
                QTimer.singleShot(0, saved)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _only_the_shown_screen_sizes_the_window(self) -> None:
        """A stack is as large as its largest screen: the sign-in card (427 px high) kept the signed-in window
        taller than a 1366x768 screen at 150 %. The screens not shown do not count."""
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if screen is None:
                continue
            shown = screen is self.stack.currentWidget()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            screen.setSizePolicy(policy, policy)

    def show_about(self) -> None:
        try:
            from deskapp.ui.about import open_about
        except ImportError:
            log.exception("About is not available")
            return
        open_about(self.context.db, parent=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        try:
            self.controller.sign_out()
        except Exception:
            log.exception("could not close the desk session")  # never block closing the app
        super().closeEvent(event)
