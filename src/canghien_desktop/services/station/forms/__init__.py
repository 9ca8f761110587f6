"""The legal forms of the voluntary home/community path (Decree 116/2021, Phụ lục II) and a
one-page person summary, as PDF files (docs/forms.md).

A form for an enrolment checks that the enrolment's state fits it (``form.not_applicable``
otherwise); a register or list is printed for a year. Each writes
``mau-<number>-<ledger, short id or year>.pdf`` atomically into a folder (or to the file
asked for) and returns its path. The layouts are reconstructions: the annex templates were
not available, so every page of a form not yet checked against its official template says
so at its foot.
"""

from canghien_desktop.services.station.forms.catalogue import (
    FORMS,
    find_form,
    forms_for,
    print_for_enrolment,
    print_for_year,
)
from canghien_desktop.services.station.forms.completion import completion_certificate
from canghien_desktop.services.station.forms.decision import decision_draft
from canghien_desktop.services.station.forms.registration import registration_form
from canghien_desktop.services.station.forms.spec import (
    EnrolmentForm,
    PrintOptions,
    YearForm,
)
from canghien_desktop.services.station.forms.summary import person_summary
from canghien_desktop.services.station.forms.violation import violation_record

__all__ = [
    "FORMS",
    "EnrolmentForm",
    "PrintOptions",
    "YearForm",
    "completion_certificate",
    "decision_draft",
    "find_form",
    "forms_for",
    "person_summary",
    "print_for_enrolment",
    "print_for_year",
    "registration_form",
    "violation_record",
]
