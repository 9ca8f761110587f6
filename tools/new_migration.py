"""Write a new Alembic revision by comparing the models with a database at the current head.

Usage: python tools/new_migration.py 0002_short_name "what changed"
Then set storage.migrate.HEAD_REVISION to the new id and read the generated file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from canghien_desktop.storage.engine import make_engine, sqlite_url
from canghien_desktop.storage.migrate import _upgrade, alembic_config, current_revision

VERSIONS = Path(__file__).parents[1] / "src/canghien_desktop/storage/migrations/versions"


def main(revision_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(sqlite_url(Path(tmp) / "head.sqlite"))
        if any(VERSIONS.glob("0*.py")):  # else compare against an empty database
            _upgrade(engine)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message=message, autogenerate=True, rev_id=revision_id)
        print("previous head:", current_revision(engine))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
