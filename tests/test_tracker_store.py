"""The shipped tracker store (tracker_stores.py): on SQLite, WAL mode and kept connections, with
conversations saved and loaded exactly as Rasa's own SQLTrackerStore does."""

import asyncio

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from ops.servers import SHIPPED_TRACKER_STORE
from project_paths import ROOT
from tracker_stores import WalSQLTrackerStore

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def _conversation(sender):
    tracker = DialogueStateTracker.from_events(
        sender,
        [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")],
        slots=DOMAIN.slots,
    )
    tracker.update(UserUttered("we host in Frankfurt", {"name": "inform", "confidence": 0.9}))
    tracker.update(SlotSet("hosting_location", "outside_mainland"))
    return tracker


def test_endpoints_yml_ships_this_store():
    assert SHIPPED_TRACKER_STORE == "tracker_stores.WalSQLTrackerStore"


def test_on_sqlite_the_store_keeps_connections_in_wal_mode(tmp_path):
    store = WalSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "c.db"))
    assert not isinstance(store.engine.pool, sa.pool.NullPool)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_turns_saved_by_one_store_are_read_back_by_rasas_own(tmp_path):
    db = str(tmp_path / "c.db")
    store = WalSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db)
    asyncio.run(store.save(_conversation("frankfurt")))
    tracker = asyncio.run(store.retrieve("frankfurt"))  # the next turn, as Rasa runs it
    tracker.update(SlotSet("cdn_coverage", "none"))
    asyncio.run(store.save(tracker))
    store.engine.dispose()  # as when the Rasa server stops

    loaded = asyncio.run(
        SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db).retrieve("frankfurt")
    )
    assert loaded.get_slot("hosting_location") == "outside_mainland"
    assert loaded.get_slot("cdn_coverage") == "none"
    assert [e.as_dict() for e in loaded.events] == [e.as_dict() for e in tracker.events]
