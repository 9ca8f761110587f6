"""Messages of the exchange between stations and their office: ownership of records, the
order of batches, the import lock, kept batch copies, revocation, audit anchors and records
arriving in batches (merged into ``messages.MESSAGES``). Code -> (Vietnamese, English)."""

from __future__ import annotations

EXCHANGE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- ownership and order -------------------------------------------------------------
    # --- the import lock and batch sequences ---------------------------------------------
    # --- the two copies of the records in a batch ----------------------------------------
    # --- kept copies of exported batches -------------------------------------------------
    # --- revoked station keys ------------------------------------------------------------
    # --- audit anchors -------------------------------------------------------------------
    # --- records arriving in batches -----------------------------------------------------
}
