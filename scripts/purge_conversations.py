"""Deletes conversations whose last event is older than N days from the SQL tracker store.

Retention: `make purge DAYS=30` (default 30). The store is the one in endpoints.yml (or the file
given with --endpoints); it works on any SQLAlchemy dialect Rasa's SQLTrackerStore supports.

Usage: python -m scripts.purge_conversations [--days N] [--endpoints endpoints.yml]
"""
import argparse
import sys
import time
from pathlib import Path

import sqlalchemy as sa
import yaml

ROOT = Path(__file__).resolve().parents[1]


def engine_for(endpoints: Path) -> sa.engine.Engine:
    from rasa.core.tracker_store import SQLTrackerStore

    config = yaml.safe_load(endpoints.read_text())["tracker_store"]
    url = SQLTrackerStore.get_db_url(
        dialect=config.get("dialect", "sqlite"), host=config.get("url") or config.get("host"),
        port=config.get("port"), db=config.get("db", "rasa.db"), username=config.get("username"),
        password=config.get("password"))
    return sa.create_engine(url)


def purge(engine: sa.engine.Engine, days: float, now: float) -> int:
    """Deletes every event of the conversations last active before `days` ago; returns how many
    conversations were deleted."""
    cutoff = now - days * 86400
    events = sa.table("events", sa.column("sender_id"), sa.column("timestamp"))
    with engine.begin() as connection:
        last_active = (sa.select(events.c.sender_id)
                       .group_by(events.c.sender_id)
                       .having(sa.func.max(events.c.timestamp) < cutoff))
        stale = [row[0] for row in connection.execute(last_active)]
        for start in range(0, len(stale), 500):
            connection.execute(events.delete().where(events.c.sender_id.in_(stale[start:start + 500])))
    return len(stale)


def main(argv) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=float, default=30)
    parser.add_argument("--endpoints", type=Path, default=ROOT / "endpoints.yml")
    args = parser.parse_args(argv)
    engine = engine_for(args.endpoints)
    if not sa.inspect(engine).has_table("events"):
        print("No conversations stored yet.")
        return
    deleted = purge(engine, args.days, time.time())
    print(f"Deleted {deleted} conversation(s) last active more than {args.days:g} days ago.")


if __name__ == "__main__":
    main(sys.argv[1:])
