"""What each acknowledgement file imported on the Batches screen said: one line per file,
the records per outcome, or in red the one-line reason it was refused (and changed nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from canghien_desktop.services.exchange.sync_status import OUTCOMES, AckFileResult
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.ui.dialogs.export_choice_pages import thousands
from canghien_desktop.ui.theme import Tone, set_tone

ACK_SUFFIX = ".cnack.zip"


def dropped_acks(mime: QMimeData) -> list[Path]:
    """The files of a drag when every one is a local acknowledgement file, else none: a drop
    that would silently leave some files out is refused as a whole."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if not paths or len(paths) != len(urls):
        return []
    return paths if all(p.name.lower().endswith(ACK_SUFFIX) for p in paths) else []


class AckResults(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.hide()

    def show_results(self, results: list[AckFileResult]) -> None:
        for line in self.lines:
            line.deleteLater()
        self.lines = [self._line(result) for result in results]
        for line in self.lines:
            self._layout.addWidget(line)
        self.setVisible(bool(self.lines))

    def refused(self) -> list[str]:
        return [line.text() for line in self.lines if line.property("refused")]

    def accepted(self) -> list[str]:
        return [line.text() for line in self.lines if not line.property("refused")]

    def _line(self, result: AckFileResult) -> QLabel:
        line = QLabel(self.text(result))
        line.setWordWrap(True)
        line.setProperty("refused", result.error is not None)
        if result.error is not None:
            set_tone(line, Tone.ERROR)
        return line

    def text(self, result: AckFileResult) -> str:
        if result.error is not None:
            return self.tr("{file}: không nhập – {reason}").format(
                file=result.path.name, reason=render(result.error)
            )
        summary = result.summary
        assert summary is not None
        outcomes = summary.outcomes
        counts = ", ".join(
            f"{label(f'outcome.{code}')} {thousands(outcomes.get(code, 0))}" for code in OUTCOMES
        )
        if outcomes.get("settled"):  # held records the office has decided on since
            counts += "; " + self.tr("{n} bản ghi chờ xử lý đã được giải quyết").format(
                n=thousands(outcomes["settled"])
            )
        return self.tr("{file}: xác nhận số {number}, {batches} lô – {counts}").format(
            file=result.path.name, number=summary.number, batches=summary.batches, counts=counts
        )
