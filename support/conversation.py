"""`make conversation REF=ICP-…`: the conversation a user's handoff reference points to, as text.

The reference is a one-way digest of the sender id (actions/reference.py), so support finds the
conversation by comparing it with every stored sender's reference; the sender id itself, which
would let anyone continue the conversation, is never shown.
"""

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import List, Optional

import sqlalchemy as sa

from actions.reference import conversation_reference
from project_paths import ROOT
from support.tracker_db import EVENTS, engine_for, has_conversations


def find_sender(engine: sa.engine.Engine, reference: str) -> Optional[str]:
    wanted = reference.strip().upper()
    with engine.connect() as connection:
        for (sender_id,) in connection.execute(sa.select(EVENTS.c.sender_id).distinct()):
            if conversation_reference(sender_id) == wanted:
                return sender_id
    return None


def transcript(engine: sa.engine.Engine, sender_id: str) -> List[str]:
    """What the user typed and what they were shown, in order, with UTC times."""
    query = sa.select(EVENTS.c.data).where(EVENTS.c.sender_id == sender_id).order_by(EVENTS.c.id)
    lines = []
    with engine.connect() as connection:
        for (data,) in connection.execute(query):
            event = json.loads(data)
            if event.get("event") not in ("user", "bot") or not event.get("text"):
                continue
            when = datetime.fromtimestamp(event["timestamp"], tz=timezone.utc).strftime(
                "%Y-%m-%d %H:%M"
            )
            who = "user" if event["event"] == "user" else "bot "
            lines.append(f"{when} {who}: {event['text']}")
    return lines


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference")
    parser.add_argument("--endpoints", type=Path, default=ROOT / "endpoints.yml")
    args = parser.parse_args(argv)
    engine = engine_for(args.endpoints)
    sender = find_sender(engine, args.reference) if has_conversations(engine) else None
    if sender is None:
        print(f"No stored conversation has the reference {args.reference!r}.")
        return 1
    print("\n".join(transcript(engine, sender)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
