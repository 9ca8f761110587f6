"""SQLAlchemy 2 models, the engine, Alembic migrations, backups."""
