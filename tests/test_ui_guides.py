"""The guides screens driven by keys: search as you type, the step-by-step walk-through, feedback, the
review queue, and the guide panel beside the enquiry form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Category, Guide, GuideFeedback
from deskapp.guides.guides import GuideDraft, guide_id_for_key, propose_edit
from deskapp.platform.failures import FailureKind
from deskapp.ui.guides.models import GuideListModel, GuideRow, SimpleTableModel
from deskapp.ui.guides.page import GuidesPage
from deskapp.ui.guides.panel import GuidePanel
from tests.fault_helpers import write_lock_held
from tests.guide_helpers import make_people
from tests.guide_ui_helpers import Answers, context_for


@pytest.fixture
def people(db: Database):
    return make_people(db)


def test_typing_a_misspelt_word_finds_the_guide_with_highlighted_snippets(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "pasword")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and "password" in page.model.rows[0].title.lower())
    assert "<b>" in page.model.rows[0].snippet_html


def test_enter_opens_the_best_guide_and_number_keys_follow_the_branches(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, "eduroam windows")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    walk = page.viewer.walk
    assert page.viewer.guide.title == "Connect a Windows laptop to eduroam"
    assert walk.current == 1
    qtbot.keyClick(walk, Qt.Key.Key_Return)  # step 1 has no question: on to step 2
    assert walk.current == 2 and walk.question.text().startswith("Is \"eduroam\" already")
    qtbot.keyClick(walk, Qt.Key.Key_2)  # "No" -> step 4
    assert walk.current == 4
    qtbot.keyClick(walk, Qt.Key.Key_Backspace)
    assert walk.current == 2
    qtbot.keyClick(walk, Qt.Key.Key_1)  # "Yes" -> step 3
    assert walk.current == 3


def test_outdated_feedback_asks_what_and_is_recorded(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff, Answers("The reset page has moved")))
    qtbot.addWidget(page)
    with db.read() as session:
        guide_id = guide_id_for_key(session, "password-reset")
    page.show_guide(guide_id)
    qtbot.mouseClick(page.viewer.outdated, Qt.MouseButton.LeftButton)
    with db.read() as session:
        feedback = session.scalars(select(GuideFeedback)).one()
    assert (feedback.kind, feedback.comment, feedback.staff_id) == ("outdated", "The reset page has moved",
                                                                      people.staff.staff_id)


def test_the_review_queue_is_for_leaders_and_publishes_a_proposal(qtbot, db, people):
    with db.write() as session:
        guide_id = guide_id_for_key(session, "room-booking")
        propose_edit(session, people.staff, guide_id, GuideDraft("Rooms: book, change, sort out", "", "## 1. A\nx\n"))
    staff_page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(staff_page)
    assert not staff_page.tabs.isTabVisible(staff_page.review_index)
    page = GuidesPage(context_for(db, people.leader))
    qtbot.addWidget(page)
    page.show()
    assert page.tabs.isTabVisible(page.review_index)
    row = next(i for i, (key, _cells) in enumerate(page.review.queue.rows) if key == guide_id)
    page.review.queue_view.selectRow(row)
    assert page.review.proposals.rowCount() == 1
    qtbot.mouseClick(page.review.publish, Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert session.get(Guide, guide_id).title == "Rooms: book, change, sort out"


def test_the_panel_suggests_category_guides_and_records_did_it_help(qtbot, db, people):
    panel = GuidePanel(context_for(db, people.staff))
    qtbot.addWidget(panel)
    panel.show()
    with db.read() as session:
        wifi = session.scalar(select(Category.id).where(Category.key == "it-wifi"))
    panel.set_category(wifi)
    assert panel.model.rowCount() >= 4
    panel.set_query("locked out pasword")
    qtbot.waitUntil(lambda: any("password" in r.title.lower() for r in panel.model.rows), timeout=3000)
    opened = []
    panel.guide_opened.connect(opened.append)
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    first = panel.model.rows[0].id
    assert opened == [first] and panel.consulted() == [(first, None)]
    qtbot.keyClick(panel.viewer.walk, Qt.Key.Key_Y)
    assert panel.consulted() == [(first, True)]
    qtbot.keyClick(panel.viewer.walk, Qt.Key.Key_Escape)
    assert panel.stack.currentIndex() == 0
    panel.clear()
    assert panel.consulted() == [] and panel.model.rowCount() == 0


def test_guide_models_pass_the_model_tester(qtmodeltester, db):
    def page(offset: int, limit: int) -> list[GuideRow]:
        return [GuideRow(i, f"Guide {i}", "<b>x</b>") for i in range(offset, min(offset + limit, 7))]

    browse = GuideListModel(page, page_size=3)
    browse.browse()
    while browse.canFetchMore():
        browse.fetchMore()
    assert browse.rowCount() == 7
    qtmodeltester.check(browse)
    table = SimpleTableModel(["A", "B"])
    table.set_rows([(1, ["a", "b"]), (2, ["c", "d"])])
    qtmodeltester.check(table)


def _pick(qtbot, picker, text: str) -> None:
    """Type into a type-ahead picker and press Enter, as a person would (the key goes to the popup if open)."""
    picker.input.setFocus()
    qtbot.keyClicks(picker.input, text)
    popup = picker.completer.popup()
    qtbot.keyClick(popup if popup.isVisible() else picker.input, Qt.Key.Key_Return)


def _open_editor(qtbot, db, actor, key: str):
    page = GuidesPage(context_for(db, actor))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with db.read() as session:
        guide_id = guide_id_for_key(session, key)
    page.show_guide(guide_id)
    page.viewer.edit_guide()
    editor = page.viewer.editor
    qtbot.waitExposed(editor)
    return page, editor, guide_id


def test_a_leader_links_categories_skills_and_tags_by_type_ahead_and_publishes(qtbot, db, people):
    from deskapp.db.models import GuideCategory, GuideSkill
    from deskapp.guides.guides import get_guide

    page, editor, guide_id = _open_editor(qtbot, db, people.leader, "password-reset")
    with db.read() as session:
        before = get_guide(session, guide_id)
    category_id, category = next(o for o in editor.categories.options if o[0] not in before.category_ids)
    skill_id, skill = next(o for o in editor.skills.options if o[0] not in before.skill_ids)
    _pick(qtbot, editor.categories, category)
    _pick(qtbot, editor.skills, skill)
    _pick(qtbot, editor.tags, "Self service")
    assert editor.isVisible()  # Enter in a picker adds; it does not close the dialog
    if before.skill_ids:  # Delete takes the first linked skill off again
        editor.skills.chosen.setFocus()
        editor.skills.chosen.setCurrentRow(0)
        qtbot.keyClick(editor.skills.chosen, Qt.Key.Key_Delete)
    editor.comment.setFocus()
    qtbot.keyClicks(editor.comment, "Linked to the account desk")
    qtbot.keyClick(editor.comment, Qt.Key.Key_Return)
    assert not editor.isVisible()
    with db.read() as session:
        after = get_guide(session, guide_id)
        categories = set(session.scalars(select(GuideCategory.category_id).where(GuideCategory.guide_id == guide_id)))
        skills = set(session.scalars(select(GuideSkill.skill_id).where(GuideSkill.guide_id == guide_id)))
    assert categories == {*before.category_ids, category_id}
    assert skills == {*before.skill_ids[1:], skill_id}
    assert "self service" in after.tags and after.current_version == before.current_version + 1
    assert page.viewer.status.text() == "Published."


def test_staff_propose_a_tag_but_cannot_change_links(qtbot, db, people):
    from deskapp.db.models import GuideVersion
    from deskapp.guides.guides import get_guide

    page, editor, guide_id = _open_editor(qtbot, db, people.staff, "password-reset")
    with db.read() as session:
        before = get_guide(session, guide_id)
    assert page.viewer.editor is editor
    assert not editor.categories.input.isEnabled() and not editor.skills.input.isEnabled()
    _pick(qtbot, editor.tags, "locked out")
    editor.comment.setFocus()
    qtbot.keyClick(editor.comment, Qt.Key.Key_Return)
    with db.read() as session:
        after = get_guide(session, guide_id)
        proposal = session.scalars(select(GuideVersion).where(GuideVersion.guide_id == guide_id,
                                                              GuideVersion.status == "proposed")).one()
    assert "locked out" in proposal.tags
    assert (after.tags, after.category_ids, after.skill_ids) == (before.tags, before.category_ids, before.skill_ids)


def test_the_picker_matches_a_part_of_a_name_only_when_it_is_unambiguous(qtbot):
    from deskapp.ui.guides.pickers import TypeAheadPicker

    picker = TypeAheadPicker("Skills", [(1, "eduroam set-up"), (2, "Printing"), (3, "Print credit")])
    qtbot.addWidget(picker)
    assert picker.match("EDUROAM") == (1, "eduroam set-up")
    assert picker.match("print") is None  # two skills contain it: the person keeps typing
    assert picker.match("printing") == (2, "Printing")


def _folders_page(qtbot, db, actor, folder):
    page = GuidesPage(context_for(db, actor, Answers(folder=str(folder))))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # mnemonics reach only the active window
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _press(qtbot, page, key) -> None:
    """Alt+key on a folder button, then wait for the work on the thread pool to end."""
    with qtbot.waitSignal(page.folders.finished, timeout=20_000):
        qtbot.keyClick(page, key, Qt.KeyboardModifier.AltModifier)


def test_a_leader_exports_the_guides_then_imports_an_edited_file_as_a_new_version(qtbot, db, people, tmp_path):
    from deskapp.guides.guides import count_guides, get_guide

    page = _folders_page(qtbot, db, people.leader, tmp_path)
    _press(qtbot, page, Qt.Key.Key_X)  # E&xport folder…
    with db.read() as session:
        published = count_guides(session)
        guide_id = guide_id_for_key(session, "password-reset")
        before = get_guide(session, guide_id)
    assert len(list(tmp_path.glob("*.md"))) == published
    assert f"Exported {published} published guides" in page.folders.report.text()
    path = tmp_path / "password-reset.md"
    path.write_text(path.read_text(encoding="utf-8").replace(before.title, "Reset a password"), encoding="utf-8")
    _press(qtbot, page, Qt.Key.Key_I)  # &Import folder…
    assert page.folders.report.text().startswith(f"Imported: 0 new, 1 updated (each as a new version), "
                                                 f"{published - 1} unchanged.")
    with db.read() as session:
        after = get_guide(session, guide_id)
    assert after.title == "Reset a password" and after.current_version == before.current_version + 1


def test_a_bad_file_is_named_and_nothing_is_imported(qtbot, db, people, tmp_path):
    from deskapp.db.models import Guide

    (tmp_path / "new-guide.md").write_text("---\nkey: new-guide\ntitle: New\n---\n\n## 1. Do it\n", encoding="utf-8")
    (tmp_path / "broken.md").write_text("no front matter here", encoding="utf-8")
    page = _folders_page(qtbot, db, people.leader, tmp_path)
    _press(qtbot, page, Qt.Key.Key_I)
    assert page.folders.report.text().startswith("Nothing was imported: broken.md")
    with db.read() as session:
        assert session.scalar(select(Guide.id).where(Guide.key == "new-guide")) is None


def test_an_empty_folder_is_said_plainly_and_staff_do_not_see_the_folder_buttons(qtbot, db, people, tmp_path):
    page = _folders_page(qtbot, db, people.leader, tmp_path)
    _press(qtbot, page, Qt.Key.Key_I)
    assert page.folders.report.text() == f"There are no guide files (*.md) in {tmp_path}."
    staff_page = GuidesPage(context_for(db, people.staff, Answers(folder=str(tmp_path))))
    qtbot.addWidget(staff_page)
    assert not staff_page.folders.isVisibleTo(staff_page)


def test_alt_3_puts_the_keyboard_in_the_search_box_and_arrows_pick_the_result_enter_opens(qtbot, db, tmp_path):
    from PySide6.QtWidgets import QApplication

    from tests.test_ui_main_window import alt, sign_in
    from tests.ui_helpers import add_team, make_window

    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    alt(qtbot, window, Qt.Key.Key_3)
    page = window.workspace.page("guides")
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(QApplication.focusWidget(), "eduraom")  # typed at once, no Ctrl+F first
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3 and "eduroam" in page.model.rows[0].title.lower())
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the best result
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the second
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the third
    qtbot.keyClick(page.search, Qt.Key.Key_Up)  # back to the second
    assert page.results.currentIndex().row() == 1
    assert QApplication.focusWidget() is page.search  # the keyboard stayed in the box
    second = page.model.rows[1].id
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.viewer.guide.id == second
    assert QApplication.focusWidget() is page.viewer.walk  # ready for the steps


def test_long_answers_wrap_and_the_results_list_keeps_its_width_through_the_steps(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.resize(1140, 660)  # the page's share of a 1366x768 screen
    page.show()
    qtbot.waitExposed(page)
    with db.read() as session:
        guide_id = guide_id_for_key(session, "eduroam-macos")
    page.show_guide(guide_id)
    walk = page.viewer.walk
    widths = [page.results.width()]
    qtbot.keyClick(walk, Qt.Key.Key_Return)
    qtbot.keyClick(walk, Qt.Key.Key_Return)  # step 3 asks "What happens?" with long answers
    assert walk.current == 3 and walk.question.isVisible()
    qtbot.wait(50)  # let the layout settle before measuring
    widths.append(page.results.width())
    assert widths[0] == widths[1] >= 400
    shown = [b for b in walk.answer_buttons if b.isVisible()]
    assert [b.text() for b in shown][2] == "3. A \"Verify Certificate\" window appears"
    assert all(b.geometry().right() <= walk.width() for b in shown)
    qtbot.keyClick(walk, Qt.Key.Key_3)
    assert walk.current == 5


def test_answer_buttons_wrap_a_long_answer_onto_more_lines_instead_of_widening(qtbot):
    from deskapp.ui.guides.walkthrough import WrapButton

    button = WrapButton()
    qtbot.addWidget(button)
    button.setText("1. " + "The laptop shows a long message about certificates and trust settings " * 3)
    one_line = button.fontMetrics().horizontalAdvance(button.text())
    assert button.minimumSizeHint().width() < one_line / 3
    button.resize(300, button.heightForWidth(300))
    assert button.height() > 2 * button.fontMetrics().height()


def test_ctrl_o_with_no_reason_asks_again_and_every_outcome_replaces_the_last_message(qtbot, db, people):
    answers = Answers()
    page = GuidesPage(context_for(db, people.staff, answers))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.raise_()
    page.activateWindow()
    with db.read() as session:
        guide_id = guide_id_for_key(session, "password-reset")
    page.show_guide(guide_id)  # the keyboard goes to the steps
    walk, status = page.viewer.walk, page.viewer.status
    # Shortcuts only reach the active window; another test's window may still be around.
    qtbot.waitUntil(lambda: page.isActiveWindow() and walk.hasFocus())
    qtbot.keyClick(walk, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert status.text() == "Thank you: marked as helpful."
    answers.text = ["", "   ", None]  # empty, blank, then Cancel
    qtbot.keyClick(walk, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 3 and answers.asked[1].startswith("Say what is out of date")
    assert status.text() == "Not flagged: nothing was recorded."  # the earlier "Thank you" is gone
    with db.read() as session:
        assert session.scalars(select(GuideFeedback.kind)).all() == ["helpful"]
    answers.text = ["", "The reset page has moved"]
    qtbot.keyClick(walk, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert status.text() == "Thank you: flagged as out of date; a team leader will look at it."
    with db.read() as session:
        outdated = session.scalars(select(GuideFeedback).where(GuideFeedback.kind == "outdated")).one()
    assert outdated.comment == "The reset page has moved"


def test_before_any_search_each_row_is_tall_enough_for_its_title_and_summary(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.resize(1140, 660)
    page.show()
    qtbot.waitExposed(page)
    results, model = page.results, page.model
    delegate = results.itemDelegateForColumn(1)

    def needed(row: int) -> int:
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        option.initFrom(results)
        option.rect.setWidth(results.columnWidth(1))
        return delegate.sizeHint(option, model.index(row, 1)).height()

    qtbot.waitUntil(lambda: model.rowCount() > 5 and all(results.rowHeight(r) >= needed(r) for r in range(5)))
    assert results.rowHeight(0) > 2 * results.fontMetrics().height()  # not the fixed two lines any more


def test_a_leader_adds_a_search_word_by_keys_and_search_then_finds_the_guide(qtbot, db, people):
    staff_page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(staff_page)
    assert not staff_page.tabs.isTabVisible(staff_page.search_words_index)
    page = GuidesPage(context_for(db, people.leader))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.tabs.setCurrentIndex(page.search_words_index)
    panel = page.search_words
    panel.phrase.setFocus()
    qtbot.waitUntil(lambda: page.isActiveWindow() and panel.phrase.hasFocus())
    assert ["turnitin", "similarity check", "the app"] in [cells for _key, cells in panel.words.rows]
    qtbot.keyClicks(panel.phrase, "Zorblat")
    qtbot.keyClick(panel.phrase, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.means.hasFocus)
    qtbot.keyClicks(panel.means, "zotero")
    qtbot.keyClick(panel.means, Qt.Key.Key_Return)
    assert "also looks for 'zotero'" in panel.status.text() and panel.phrase.text() == ""
    selected = panel.words.rows[panel.view.currentIndex().row()][1]
    assert selected == ["zorblat", "zotero", "a leader"]
    page._focus_search()
    qtbot.keyClicks(page.search, "zorblat")
    page.run_search()
    assert page.model.rowCount() and "Zotero" in page.model.data(page.model.index(0, 0))
    page.tabs.setCurrentIndex(page.search_words_index)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "no longer looks for 'zotero'" in panel.status.text()
    assert ["zorblat", "zotero", "a leader"] not in [cells for _key, cells in panel.words.rows]


def test_a_refused_search_word_says_why_and_keeps_what_was_typed(qtbot, db, people):
    page = GuidesPage(context_for(db, people.leader))
    qtbot.addWidget(page)
    panel = page.search_words
    qtbot.keyClicks(panel.phrase, "turnitin")
    qtbot.keyClicks(panel.means, "similarity check")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "already means" in panel.status.text()
    assert (panel.phrase.text(), panel.means.text()) == ("turnitin", "similarity check")


def test_the_search_words_model_passes_the_model_tester(qtmodeltester, qtbot, db, people):
    page = GuidesPage(context_for(db, people.leader))
    qtbot.addWidget(page)
    qtmodeltester.check(page.search_words.words)


def _misses(db: Database) -> dict[str, int]:
    from deskapp.guides.misses import frequent_misses

    with db.read() as session:
        return {m.query: m.searches for m in frequent_misses(session)}


def test_a_search_left_without_opening_a_result_is_counted_and_leaders_see_it(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.show()
    for text in ("prin", "printer cred", "printer credit refund"):  # typing refines one search
        page.search.setText(text)
        page.run_search()
    page.search.clear()
    page.run_search()
    page.search.setText("eduroam")
    page.run_search()
    page.results.selectRow(0)  # opening a result uses the search: not a miss
    page.search.setText("my email is ann@example.org")  # looks private: never kept
    page.run_search()
    page.hide()  # leaving the page leaves the search
    assert _misses(db) == {"printer credit refund": 1}
    leader_page = GuidesPage(context_for(db, people.leader))
    qtbot.addWidget(leader_page)
    review = leader_page.review
    assert "searched once this month, no guide: 'printer credit refund'" in review.misses_heading.text()
    review.misses_view.selectRow(0)
    with qtbot.waitSignal(review.write_guide) as wrote:
        qtbot.keyClick(review.misses_view, Qt.Key.Key_Return)
    assert wrote.args == ["printer credit refund"]
    assert leader_page.editor is not None and leader_page.editor.title_edit.text() == "printer credit refund"
    leader_page.editor.reject()
    qtbot.mouseClick(review.dismiss, Qt.MouseButton.LeftButton)
    assert _misses(db) == {} and review.misses.rowCount() == 0


def test_a_typo_corrected_at_once_is_not_a_miss_but_a_search_that_stood_is(qtbot, db, people):
    page = GuidesPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    now = [100.0]
    page.missed.clock = lambda: now[0]
    page.search.setText("printr")
    page.run_search()
    page.search.setText("printer")  # a second later: the typo was fixed, not a new search
    now[0] += 1
    page.run_search()
    now[0] += 10
    page.search.setText("zorblat")  # "printer" stood ten seconds and nothing was opened
    page.run_search()
    assert _misses(db) == {"printer": 1}


def test_a_folder_import_while_another_process_holds_the_lock_says_busy_and_imports_on_the_next_try(
        qtbot, quick_busy_db, db_path, tmp_path):
    """Work on the thread pool goes through the same runner: a plain reason, nothing half-written, and the
    status bar knows the database is busy."""
    people = make_people(quick_busy_db)
    (tmp_path / "new-guide.md").write_text("---\nkey: new-guide\ntitle: New\n---\n\n## 1. Do it\n", encoding="utf-8")
    page = _folders_page(qtbot, quick_busy_db, people.leader, tmp_path)
    with write_lock_held(db_path):
        _press(qtbot, page, Qt.Key.Key_I)
        said = page.folders.report.text()
    assert said.startswith("Nothing was imported: ") and "busy" in said
    assert page.context.bus.trouble is FailureKind.BUSY
    with quick_busy_db.read() as session:
        assert session.scalar(select(Guide.id).where(Guide.key == "new-guide")) is None
    _press(qtbot, page, Qt.Key.Key_I)
    assert page.folders.report.text().startswith("Imported: 1 new")
    with quick_busy_db.read() as session:
        assert session.scalar(select(Guide.id).where(Guide.key == "new-guide")) is not None
