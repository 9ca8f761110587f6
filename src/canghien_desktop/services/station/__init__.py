"""A nurse's work at the commune station: people, enrolments along their legal
lifecycle, follow-ups, the day's dashboard, drafts, the legal forms, and demo data.

May import the shared services and the exchange; never consolidation/
(docs/ARCHITECTURE.md)."""
