"""Every error code the code raises has a one-line message, translated into English."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.lifecycle_table import STAGE_ORDER
from canghien_desktop.resources.i18n.canghien_en import TABLE
from canghien_desktop.services import messages
from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.labels import LABELS, label
from tests.languages import templates

SRC = Path(__file__).parents[2] / "src" / "canghien_desktop"
ERRORS = {
    "DomainError",
    "TransitionRefused",
    "PermissionDenied",
    "AuthenticationFailed",
    "DatabaseTooNew",
    "MigrationFailed",
    "DatabaseBusy",
    "NotAnOfficeDatabase",
}


def raised_codes() -> set[str]:
    """Codes given as literals to error constructors anywhere in the package."""
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            position = 1 if node.func.id == "ValidationError" else 0
            if node.func.id in ERRORS | {"ValidationError"} and len(node.args) > position:
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    codes.add(arg.value)
    return codes


def test_codes_are_found_at_all() -> None:
    assert {"transition.illegal", "auth.failed", "id.format"} <= raised_codes()


@pytest.mark.parametrize("code", sorted(raised_codes()))
def test_every_raised_code_has_both_languages(code: str) -> None:
    assert code in messages.MESSAGES, f"no message for {code}"
    vietnamese, english = templates(code)
    assert vietnamese.strip() and english.strip() and english != vietnamese
    assert "\n" not in vietnamese + english


@pytest.mark.parametrize("code", sorted(messages.MESSAGES))
def test_both_languages_use_the_same_placeholders(code: str) -> None:
    vietnamese, english = templates(code)
    names = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (vietnamese, english)]
    assert names[0] == names[1]


def test_render_labels_codes_and_formats_dates() -> None:
    error = DomainError("transition.illegal", action="quyet_dinh", state="DANG_CAI_NGHIEN")
    assert messages.render(error) == (
        "Không thể “ra quyết định” khi hồ sơ đang ở trạng thái “Đang cai nghiện”."
    )
    with speaking("en"):
        assert "issue the decision" in messages.render(error)
    early = DomainError("transition.too_early", earliest="2026-02-27")
    assert "27/02/2026" in messages.render(early)
    missing = ValidationError("ten", "required")
    assert messages.render(missing) == "Thiếu tên: hãy nhập giá trị này."


def test_labels_have_both_languages() -> None:
    """Every label has an English entry in the compiled table (a few words, "cocaine", are
    rightly the same in both), and ``label`` reads it."""
    untranslated = [code for code, text in LABELS.items() if ("labels", text, code) not in TABLE]
    assert untranslated == []
    with speaking("en"):
        assert label("DANG_CAI_NGHIEN") == "In treatment" and label("nam") == "Male"


def test_stages_are_lettered_in_vietnamese_order() -> None:
    """The law's points run a) b) c) d) đ): Vietnamese has no "e" after "d" in such lists,
    and the fifth stage (stored as "e") must print as "đ)" in both languages."""
    for language in ("vi", "en"):
        with speaking(language):
            letters = [label(stage).split(" ", 1)[0] for stage in STAGE_ORDER]
        assert letters == ["a)", "b)", "c)", "d)", "đ)"], language
