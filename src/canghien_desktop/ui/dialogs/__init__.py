"""Dialogs: one module per dialog, or one data-driven dialog where the logic is shared."""
