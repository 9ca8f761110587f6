"""The legal forms of the voluntary home/community path (Decree 116/2021, Phụ lục II) and a
one-page person summary, as PDF files.

Each function checks that the enrolment's state fits the form (``form.not_applicable``
otherwise), writes ``<form>-<ledger or short id>.pdf`` atomically into ``out_dir`` and
returns its path. The layouts are reconstructions: the annex templates were not available,
so every page says it must be checked against the official template.
"""

from canghien_desktop.services.station.forms.completion import completion_certificate
from canghien_desktop.services.station.forms.decision import decision_draft
from canghien_desktop.services.station.forms.registration import registration_form
from canghien_desktop.services.station.forms.summary import person_summary
from canghien_desktop.services.station.forms.violation import violation_record

__all__ = [
    "completion_certificate",
    "decision_draft",
    "person_summary",
    "registration_form",
    "violation_record",
]
