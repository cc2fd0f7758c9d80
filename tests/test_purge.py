"""Retention: `make purge` deletes whole conversations last active before the cutoff, nothing
else."""

import asyncio
import time

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from support.purge_conversations import purge
from support.tracker_db import engine_for

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

DAY = 86400


def _store_conversation(store, sender, timestamps):
    tracker = DialogueStateTracker.from_events(
        sender,
        [
            UserUttered("hi", timestamp=t) if i % 2 == 0 else SlotSet("topic", "cdn", timestamp=t)
            for i, t in enumerate(timestamps)
        ],
    )
    asyncio.run(store.save(tracker))


def test_purge_deletes_only_conversations_idle_longer_than_the_retention(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    db = tmp_path / "conversations.db"
    endpoints.write_text(f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{db}"\n')
    store = SQLTrackerStore(dialect="sqlite", db=str(db))
    now = time.time()
    _store_conversation(store, "old", [now - 60 * DAY, now - 45 * DAY])
    _store_conversation(store, "recently-back", [now - 60 * DAY, now - 1 * DAY])
    _store_conversation(store, "new", [now - 3600])

    assert purge(engine_for(endpoints), days=30, now=now) == 1

    with engine_for(endpoints).connect() as connection:
        senders = {
            row[0] for row in connection.execute(sa.text("select distinct sender_id from events"))
        }
    assert senders == {"recently-back", "new"}
