"""Plain-Python domain: entities, rules and the enrolment lifecycle. No Qt, no SQLAlchemy."""
