"""Compiled translations: .qm files for Qt and plain-Python tables for the rest."""
