"""The tracker store endpoints.yml names: Rasa's SQLTrackerStore, with SQLite made cheap per turn.

Rasa's SQLTrackerStore opens a new SQLite connection for every load and every save (SQLAlchemy
1.4's default pool for SQLite files keeps none) and commits each turn in SQLite's default
rollback-journal mode, which syncs the journal and the database file each time: about 3 ms of
the ~34 ms a message took, the largest single cost left (reports/PERFORMANCE.md). Here, on
SQLite, connections are kept and the database runs in WAL mode with synchronous=NORMAL: a commit
appends to the write-ahead log, and the file is synced at checkpoints. The database cannot be
corrupted, a crash of the Rasa process loses nothing, a power cut can lose the last turns.

Each turn also loads the conversation and, to save it, counts the events already stored. Rasa
builds both queries with SQLAlchemy's ORM on every call: 0.6 ms of Python for the count, whose
SQL takes 0.05 ms. On SQLite they are run here as the same SQL written once (the latest session's
events: those from its `session_started` on, or all when there is none), with the rows read as
Rasa reads them. The turn's new events are then stored with one INSERT of the rows Rasa's ORM
objects would hold (0.4 ms for an answer's 15 events, 1.3 ms one object at a time). Tests compare
the three with Rasa's own.

Other dialects (PostgreSQL in the cluster) are left exactly as Rasa makes them.
"""

import itertools
import json
from typing import Any, Dict, Iterator, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.orm import Session, sessionmaker

# Rasa's `_event_query(..., fetch_events_from_all_sessions=False)`, as SQL.
_LATEST_SESSION = f"""
    FROM events
    WHERE sender_id = :sender
      AND (timestamp >= (SELECT max(timestamp) FROM events
                         WHERE sender_id = :sender AND type_name = '{SessionStarted.type_name}')
           OR (SELECT max(timestamp) FROM events
               WHERE sender_id = :sender AND type_name = '{SessionStarted.type_name}') IS NULL)
"""
_COUNT_LATEST_SESSION = sa.text("SELECT count(*) " + _LATEST_SESSION)
_LOAD_LATEST_SESSION = sa.text("SELECT data " + _LATEST_SESSION + " ORDER BY id")


def _event_row(sender_id: Text, event: Event) -> Dict[Text, Any]:
    """The row Rasa's SQLTrackerStore.save stores for `event`."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def _use_wal(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # stored in the file; set again for a new file
    cursor.execute("PRAGMA synchronous=NORMAL")  # per connection
    cursor.close()


class WalSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore; on SQLite, pooled connections in WAL mode with synchronous=NORMAL, and the
    latest session's events loaded and counted with SQL written once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # creates the tables
        self._on_sqlite = self.engine.dialect.name == "sqlite"
        if self._on_sqlite:
            url = self.engine.url
            self.engine.dispose()
            # Rasa runs the store from its event loop; connections may be closed elsewhere.
            self.engine = sa.create_engine(
                url,
                poolclass=sa.pool.QueuePool,
                pool_size=1,
                max_overflow=4,
                connect_args={"check_same_thread": False},
            )
            sa.event.listen(self.engine, "connect", _use_wal)
            self.sessionmaker = sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        if not self._on_sqlite:
            return await super().retrieve(sender_id)
        with self.session_scope() as session:
            rows = session.execute(_LOAD_LATEST_SESSION, {"sender": sender_id}).scalars()
            events = [json.loads(data) for data in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save: the events streamed to the broker, then the new ones stored."""
        if not self._on_sqlite:
            return await super().save(tracker)
        await self.stream_events(tracker)
        with self.session_scope() as session:
            rows = [
                _event_row(tracker.sender_id, event)
                for event in self._additional_events(session, tracker)
            ]
            if rows:
                # one INSERT for the turn's events, not one ORM object each
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
            session.commit()

    def _additional_events(self, session: Session, tracker: DialogueStateTracker) -> Iterator:
        if not self._on_sqlite:
            return super()._additional_events(session, tracker)
        stored = session.execute(_COUNT_LATEST_SESSION, {"sender": tracker.sender_id}).scalar()
        return itertools.islice(tracker.events, stored, len(tracker.events))
