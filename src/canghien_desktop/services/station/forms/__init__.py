"""The legal forms of the voluntary home/community path (Decree 116/2021, Phụ lục II) and a
one-page person summary, as PDF files (docs/forms.md).

A form for an enrolment checks that the enrolment's state fits it (``form.not_applicable``
otherwise); a register or list is printed for a year. Each writes
``mau-<number>-<ledger, short id or year>.pdf`` atomically into a folder (or to the file
asked for) and returns its path; ``paper_for_…`` renders one for the print preview, which
prints it (``note_printed``) or saves it (``keep_paper``) under that same name. The layouts
are reconstructions: the annex templates were not available, so every page of a form not
yet checked against its official template says so at its foot.
"""

from canghien_desktop.services.station.forms.catalogue import (
    FORMS,
    find_form,
    forms_for,
    paper_for_enrolment,
    paper_for_year,
    print_for_enrolment,
    print_for_year,
)
from canghien_desktop.services.station.forms.common import Paper, keep_paper, note_printed
from canghien_desktop.services.station.forms.completion import completion_certificate
from canghien_desktop.services.station.forms.decision import decision_draft
from canghien_desktop.services.station.forms.registration import registration_form
from canghien_desktop.services.station.forms.spec import (
    EnrolmentForm,
    PrintOptions,
    YearForm,
)
from canghien_desktop.services.station.forms.summary import person_summary, summary_paper
from canghien_desktop.services.station.forms.violation import violation_record

__all__ = [
    "FORMS",
    "EnrolmentForm",
    "Paper",
    "PrintOptions",
    "YearForm",
    "completion_certificate",
    "decision_draft",
    "find_form",
    "forms_for",
    "keep_paper",
    "note_printed",
    "paper_for_enrolment",
    "paper_for_year",
    "person_summary",
    "print_for_enrolment",
    "print_for_year",
    "registration_form",
    "summary_paper",
    "violation_record",
]
