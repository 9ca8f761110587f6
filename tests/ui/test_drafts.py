"""Drafts: typing survives a crash, comes back in the same form, and disappears once saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from canghien_desktop.services.station.drafts import list_drafts, load_draft
from canghien_desktop.services.station.people import list_people
from canghien_desktop.ui import tasks
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice
from canghien_desktop.ui.drafts import DraftKeeper, set_widget_values, widget_values


@pytest.fixture(autouse=True)
def closing_never_blocks(monkeypatch) -> None:
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda parent: UnsavedChoice.KEEP_DRAFT)


def _open(qtbot, office, admin) -> PersonDialog:
    dialog = PersonDialog(office, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_draft_survives_a_crash(qtbot, office, admin, sync_tasks) -> None:
    dialog = _open(qtbot, office, admin)
    qtbot.keyClicks(dialog.form.ho, "Tran")
    qtbot.keyClicks(dialog.form.ten, "Binh")
    qtbot.keyClicks(dialog.form.birth, "1988")
    with qtbot.waitSignal(dialog.draft.saved, timeout=3000):
        pass  # the 1-second timer fires
    assert load_draft(office, admin, "person", "")["ten"] == "Binh"
    # A crash: the dialog vanishes without closing, nothing is flushed on the way out.
    dialog.draft.blockSignals(True)
    dialog.hide()
    dialog.deleteLater()
    del dialog
    again = _open(qtbot, office, admin)
    assert (again.form.ho.text(), again.form.ten.text()) == ("Tran", "Binh")
    assert again.form.birth.text() == "1988"
    assert again.banner.isVisible()
    assert list_people(office, admin) == []  # a draft is never a record


def test_saving_discards_the_draft(qtbot, office, admin, sync_tasks) -> None:
    dialog = _open(qtbot, office, admin)
    for field, text in (
        (dialog.form.ho, "Le"),
        (dialog.form.ten, "An"),
        (dialog.form.birth, "1990"),
    ):
        qtbot.keyClicks(field, text)
    dialog.form.commune.set_codes("01", "00004")
    dialog.draft.flush()
    assert load_draft(office, admin, "person", "") is not None
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert load_draft(office, admin, "person", "") is None
    fresh = _open(qtbot, office, admin)
    assert fresh.form.ho.text() == "" and not fresh.banner.isVisible()


def test_start_afresh_clears_the_form_and_the_draft(qtbot, office, admin, sync_tasks) -> None:
    dialog = _open(qtbot, office, admin)
    qtbot.keyClicks(dialog.form.ho, "Pham")
    dialog.draft.flush()
    dialog.close()  # "Giữ bản nháp và đóng"
    again = _open(qtbot, office, admin)
    assert again.form.ho.text() == "Pham"
    again.banner.afresh_button.click()
    assert again.form.ho.text() == "" and not again.banner.isVisible()
    assert load_draft(office, admin, "person", "") is None
    qtbot.keyClicks(again.form.ho, "Vu")  # and typing is kept again
    again.draft.flush()
    assert load_draft(office, admin, "person", "")["ho"] == "Vu"


def test_drafts_are_per_form_and_subject(qtbot, office, admin, people, sync_tasks) -> None:
    edit = PersonDialog(office, admin, people[0])
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.form.phone, "0912")
    edit.draft.flush()
    assert [(form, subject) for form, subject, _ in list_drafts(office, admin)] == [
        ("person", people[0].id)
    ]
    new = _open(qtbot, office, admin)
    assert new.form.phone.text() == ""


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.name, self.notes = QLineEdit(), QPlainTextEdit()
        self.kind, self.flag = QComboBox(), QCheckBox()
        self.kind.addItem("Một", "mot")
        self.kind.addItem("Hai", "hai")
        self.fields = {"name": self.name, "notes": self.notes, "kind": self.kind, "flag": self.flag}


def test_keeper_debounces_edits_into_one_save(qtbot, office, admin, sync_tasks) -> None:
    form = _Form()
    qtbot.addWidget(form)
    saved = []
    keeper = DraftKeeper(
        office,
        admin,
        "sample",
        "x",
        parent=form,
        collect=lambda: widget_values(form.fields),
        restore=lambda values: set_widget_values(form.fields, values),
        delay_ms=50,
    )
    keeper.saved.connect(lambda: saved.append(1))
    keeper.watch(*form.fields.values())
    qtbot.keyClicks(form.name, "abc")
    form.kind.setCurrentIndex(1)
    form.flag.setChecked(True)
    form.notes.setPlainText("dòng một")
    qtbot.waitUntil(lambda: saved == [1], timeout=2000)
    qtbot.wait(120)
    assert saved == [1]
    assert load_draft(office, admin, "sample", "x") == {
        "name": "abc",
        "notes": "dòng một",
        "kind": "hai",
        "flag": True,
    }


def test_keeper_restores_only_before_typing_starts(qtbot, office, admin, sync_tasks) -> None:
    from canghien_desktop.services.station.drafts import save_draft

    save_draft(office, admin, "sample", "", {"name": "old"})
    form = _Form()
    qtbot.addWidget(form)
    keeper = DraftKeeper(
        office,
        admin,
        "sample",
        parent=form,
        collect=lambda: widget_values(form.fields),
        restore=lambda values: set_widget_values(form.fields, values),
    )
    keeper.watch(*form.fields.values())
    qtbot.keyClicks(form.name, "new")  # the user was quicker than the draft
    keeper.resume()
    assert form.name.text() == "new"
    keeper.flush()
    assert load_draft(office, admin, "sample", "") is not None
    keeper.discard()
    assert load_draft(office, admin, "sample", "") is None


class _LaterRunner:
    """Holds tasks until the test runs them: a slow disk, made deterministic."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, runnable) -> None:
        self.jobs.append(runnable)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0).run()


def test_a_discard_behind_a_slow_save_outlives_the_dialog(qtbot, office, admin) -> None:
    runner = _LaterRunner()
    tasks.set_runner(runner)
    try:
        form = _Form()
        keeper = DraftKeeper(
            office,
            admin,
            "sample",
            parent=form,
            collect=lambda: widget_values(form.fields),
            restore=lambda values: set_widget_values(form.fields, values),
        )
        keeper.watch(*form.fields.values())
        qtbot.keyClicks(form.name, "typed")
        keeper.flush()  # the save is still on its way …
        keeper.discard()  # … when the form is saved for real and the dialog closes
        form.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        runner.run_all()
    finally:
        tasks.set_runner(None)
    assert load_draft(office, admin, "sample", "") is None
    assert keeper not in DraftKeeper._alive
