"""The tracker store endpoints.yml names: Rasa's SQLTrackerStore, with SQLite made cheap per turn.

Rasa's SQLTrackerStore opens a new SQLite connection for every load and every save (SQLAlchemy
1.4's default pool for SQLite files keeps none) and commits each turn in SQLite's default
rollback-journal mode, which syncs the journal and the database file each time: about 3 ms of
the ~34 ms a message took, the largest single cost left (reports/PERFORMANCE.md). Here, on
SQLite, connections are kept and the database runs in WAL mode with synchronous=NORMAL: a commit
appends to the write-ahead log, and the file is synced at checkpoints. The database cannot be
corrupted, a crash of the Rasa process loses nothing, a power cut can lose the last turns.
Other dialects (PostgreSQL in the cluster) are left exactly as Rasa makes them.
"""

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.orm import sessionmaker


def _use_wal(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # stored in the file; set again for a new file
    cursor.execute("PRAGMA synchronous=NORMAL")  # per connection
    cursor.close()


class WalSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore; on SQLite, pooled connections in WAL mode with synchronous=NORMAL."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # creates the tables
        if self.engine.dialect.name == "sqlite":
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
