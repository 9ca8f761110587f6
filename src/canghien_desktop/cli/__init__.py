"""The ``canghien`` command line: every verb of README.md ("Using it") over the services."""
