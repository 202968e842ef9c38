"""The Skills list tab never saves a category's skills it could not read (a real stopped PostgreSQL server)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from deskapp.people import skills
from deskapp.platform.actor import Actor
from tests import report_data as rd
from tests.skills_ui_helpers import make_page


@pytest.mark.postgres
def test_a_category_mapping_that_could_not_be_read_is_never_saved_as_empty(qtbot, pg_db, pg_server):
    with pg_db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
    page, dialogs = make_page(qtbot, pg_db, Actor.staff_member(lee, "leader"))
    tab = page.admin
    wifi = next(i for i in range(tab.category.count()) if "Wi-Fi" in tab.category.itemText(i))
    wifi_id = tab.category.itemData(wifi)
    with pg_db.read() as session:
        before = skills.category_mapping(session, wifi_id)
    assert any(before), "the seeded Wi-Fi category has skills (its devices are one-key choices)"
    assert tab.category.currentIndex() != wifi
    save = next(b for b in tab.findChildren(QPushButton) if b.text() == "Save ma&pping")

    pg_server.pause()
    try:
        tab.category.setCurrentIndex(wifi)  # its skills cannot be read now
        assert tab.mapped.count() == 0 and not tab.mapped.isEnabled()
    finally:
        pg_server.resume()
    save.click()  # the server is back, but the empty list was never read: it must not replace the mapping

    with pg_db.read() as session:
        assert skills.category_mapping(session, wifi_id) == before
    assert not any(title == "Mapping not saved" for title, _text in dialogs.errors)
