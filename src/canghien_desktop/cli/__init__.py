"""The ``canghien`` command line: every verb of CONTRACT.md over the services."""
