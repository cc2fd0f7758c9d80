"""The SQL tracker store named in an endpoints file, opened with SQLAlchemy (SQLite or PostgreSQL),
for the scripts that read or prune stored conversations (`make report`, `make purge`)."""
from pathlib import Path

import sqlalchemy as sa
import yaml

# Rasa's SQLTrackerStore keeps every event of every conversation as one row of this table.
EVENTS = sa.table("events", sa.column("id"), sa.column("sender_id"), sa.column("type_name"),
                  sa.column("timestamp"), sa.column("intent_name"), sa.column("action_name"),
                  sa.column("data"))


def engine_for(endpoints: Path) -> sa.engine.Engine:
    from rasa.core.tracker_store import SQLTrackerStore

    config = yaml.safe_load(endpoints.read_text())["tracker_store"]
    url = SQLTrackerStore.get_db_url(
        dialect=config.get("dialect", "sqlite"), host=config.get("url") or config.get("host"),
        port=config.get("port"), db=config.get("db", "rasa.db"), username=config.get("username"),
        password=config.get("password"))
    return sa.create_engine(url)


def has_conversations(engine: sa.engine.Engine) -> bool:
    return sa.inspect(engine).has_table("events")
