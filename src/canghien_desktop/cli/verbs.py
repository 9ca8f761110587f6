"""Every verb of the ``canghien`` command, in the order ``--help`` lists them. Apart from
commands.py, which holds what every verb shares (so that no verb module imports another)."""

from __future__ import annotations

from canghien_desktop.cli.account_verbs import ACCOUNT_VERBS
from canghien_desktop.cli.batch_verbs import BATCH_VERBS
from canghien_desktop.cli.commands import VERBS, VerbSpec
from canghien_desktop.cli.forms_verbs import FORM_VERB, FORMS_VERB
from canghien_desktop.cli.records_verb import RECORDS_VERB
from canghien_desktop.cli.report_verb import REPORT_VERB
from canghien_desktop.cli.resend_verb import RESEND_VERB
from canghien_desktop.cli.rules_verb import RULES_VERB


def all_verbs() -> tuple[VerbSpec, ...]:
    return (
        *VERBS,
        *ACCOUNT_VERBS,
        REPORT_VERB,
        RULES_VERB,
        FORMS_VERB,
        FORM_VERB,
        *BATCH_VERBS,
        RESEND_VERB,
        RECORDS_VERB,
    )
