"""Deletes conversations whose last event is older than N days from the SQL tracker store.

Retention: `make purge DAYS=30` (default 30). The store is the one in endpoints.yml (or the file
given with --endpoints); it works on any SQLAlchemy dialect Rasa's SQLTrackerStore supports.

Usage: python -m support.purge_conversations [--days N] [--endpoints endpoints.yml]
"""

import argparse
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from project_paths import ROOT
from support.tracker_db import EVENTS, engine_for, has_conversations


def purge(engine: sa.engine.Engine, days: float, now: float) -> int:
    """Deletes every event of the conversations last active before `days` ago; returns how many
    conversations were deleted."""
    cutoff = now - days * 86400
    with engine.begin() as connection:
        last_active = (
            sa.select(EVENTS.c.sender_id)
            .group_by(EVENTS.c.sender_id)
            .having(sa.func.max(EVENTS.c.timestamp) < cutoff)
        )
        stale = [row[0] for row in connection.execute(last_active)]
        for start in range(0, len(stale), 500):
            connection.execute(
                EVENTS.delete().where(EVENTS.c.sender_id.in_(stale[start : start + 500]))
            )
    return len(stale)


def main(argv) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=float, default=30)
    parser.add_argument("--endpoints", type=Path, default=ROOT / "endpoints.yml")
    args = parser.parse_args(argv)
    engine = engine_for(args.endpoints)
    if not has_conversations(engine):
        print("No conversations stored yet.")
        return
    deleted = purge(engine, args.days, time.time())
    print(f"Deleted {deleted} conversation(s) last active more than {args.days:g} days ago.")


if __name__ == "__main__":
    main(sys.argv[1:])
