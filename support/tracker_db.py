"""The SQL tracker store named in an endpoints file, opened with SQLAlchemy (SQLite or PostgreSQL),
for the support tools that read or prune stored conversations (`make report`, `make purge`)."""

from pathlib import Path

import sqlalchemy as sa
import yaml

from project_paths import ROOT

# Rasa's SQLTrackerStore keeps every event of every conversation as one row of this table.
EVENTS = sa.table(
    "events",
    sa.column("id"),
    sa.column("sender_id"),
    sa.column("type_name"),
    sa.column("timestamp"),
    sa.column("intent_name"),
    sa.column("action_name"),
    sa.column("data"),
)


def engine_for(endpoints: Path) -> sa.engine.Engine:
    """The engine Rasa's SQLTrackerStore would make from this endpoints file (same URL, same
    PostgreSQL schema setting); a relative SQLite path is relative to the project, where
    `make run` starts Rasa."""
    from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs

    config = yaml.safe_load(endpoints.read_text())["tracker_store"]
    dialect = config.get("dialect", "sqlite")
    db = str(config.get("db", "rasa.db"))
    if dialect == "sqlite" and not Path(db).is_absolute():
        db = str(ROOT / db)
    url = SQLTrackerStore.get_db_url(
        dialect=dialect,
        host=config.get("url") or config.get("host"),
        port=config.get("port"),
        db=db,
        username=config.get("username"),
        password=config.get("password"),
        query=config.get("query"),
    )
    return sa.create_engine(url, **create_engine_kwargs(url))


def has_conversations(engine: sa.engine.Engine) -> bool:
    return sa.inspect(engine).has_table("events")
