"""canghien-desktop: records for voluntary community drug-addiction treatment."""

__version__ = "0.1.0"
