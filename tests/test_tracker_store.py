"""The shipped tracker store (tracker_stores.py): on SQLite, WAL mode and kept connections, with
conversations saved and loaded exactly as Rasa's own SQLTrackerStore does."""

import asyncio
import itertools
import json

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
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


def _sessions(sender, sessions, started=True, start=1000.0):
    """A conversation of `sessions` sessions, each opened by `session_started` if `started`, its
    events a second apart from `start`."""
    events, clock = [], itertools.count(start)
    for number in range(sessions):
        if started:
            events += [ActionExecuted("action_session_start"), SessionStarted()]
        events += [
            ActionExecuted("action_listen"),
            UserUttered(f"{sender} session {number}", {"name": "greet", "confidence": 1.0}),
            SlotSet("hosting_location", "hong_kong" if number % 2 else "outside_mainland"),
            ActionExecuted("utter_greet"),
        ]
    for event in events:
        event.timestamp = next(clock)
    return events


def _store_row(store, session, sender, event):
    """One event stored as Rasa's SQLTrackerStore.save stores it."""
    data = event.as_dict()
    session.add(
        store.SQLEvent(
            sender_id=sender,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get("name"),
            action_name=data.get("name"),
            data=json.dumps(data),
        )
    )


@pytest.mark.parametrize("sessions,started", [(1, True), (3, True), (2, False)])
def test_the_latest_session_is_loaded_and_counted_as_rasa_does(tmp_path, sessions, started):
    """Our SQL against Rasa's ORM queries, with another conversation stored in between."""
    db = str(tmp_path / "c.db")
    ours = WalSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db)
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db)
    mine, other = _sessions("mine", sessions, started), _sessions("other", 2)
    with ours.session_scope() as session:  # interleaved rows, as concurrent conversations leave
        for index in range(max(len(mine), len(other))):
            for sender, events in (("mine", mine), ("other", other)):
                if index < len(events):
                    _store_row(ours, session, sender, events[index])
        session.commit()

    loaded = asyncio.run(ours.retrieve("mine"))
    expected = asyncio.run(rasas.retrieve("mine"))
    assert [e.as_dict() for e in loaded.events] == [e.as_dict() for e in expected.events]
    assert loaded.events[-1].as_dict() == mine[-1].as_dict()
    with ours.session_scope() as session:
        rasa_count = rasas._event_query(
            session, "mine", fetch_events_from_all_sessions=False
        ).count()
        assert len(list(ours._additional_events(session, loaded))) == 0
        assert len(loaded.events) == rasa_count
    assert asyncio.run(ours.retrieve("nobody")) is None


def test_a_new_session_is_saved_without_losing_or_repeating_a_turn(tmp_path):
    db = str(tmp_path / "c.db")
    store = WalSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db)
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db)
    first = _conversation("two-sessions")
    asyncio.run(store.save(first))
    tracker = asyncio.run(store.retrieve("two-sessions"))
    # the session expires: Rasa starts a new one in the same tracker
    later = _sessions("two-sessions", 1, start=first.events[-1].timestamp + 3600)
    for event in later:
        tracker.update(event)
    asyncio.run(store.save(tracker))
    tracker = asyncio.run(store.retrieve("two-sessions"))  # the next turn
    turn = [UserUttered("and now?", {"name": "inform", "confidence": 0.9})]
    turn[0].timestamp = later[-1].timestamp + 1
    tracker.update(turn[0])
    asyncio.run(store.save(tracker))

    everything = asyncio.run(rasas.retrieve_full_tracker("two-sessions"))
    stored = [e.as_dict() for e in everything.events]
    assert stored == [e.as_dict() for e in list(first.events) + later + turn]
    latest = asyncio.run(store.retrieve("two-sessions"))
    assert latest.events[0] == SessionStarted()
    assert [e.as_dict() for e in latest.events] == [
        e.as_dict() for e in asyncio.run(rasas.retrieve("two-sessions")).events
    ]


def _rows(store):
    with store.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                sa.text(
                    "SELECT sender_id, type_name, timestamp, intent_name, action_name, data "
                    "FROM events ORDER BY id"
                )
            )
        ]


def test_a_turn_is_stored_in_the_rows_rasas_own_save_writes(tmp_path):
    ours = WalSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "ours.db"))
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    # the next turn: an action, a reply with buttons, and the form's slots
    turn = [
        ActionExecuted("action_answer_icp_question"),
        BotUttered("You need one.", {"buttons": [{"title": "Yes", "payload": "/y"}]}),
        SlotSet("topic", "cdn"),
        ActionExecuted("action_listen"),
    ]
    first = _conversation("rows")
    for store in (ours, rasas):
        asyncio.run(store.save(first))
        tracker = asyncio.run(store.retrieve("rows"))  # as Rasa runs a turn
        for event in turn:
            tracker.update(event)
        asyncio.run(store.save(tracker))
        asyncio.run(store.save(tracker))  # saving again stores nothing new

    stored = _rows(ours)
    assert stored == _rows(rasas)
    assert [json.loads(row[5]) for row in stored[-len(turn) :]] == [e.as_dict() for e in turn]
    assert [row[3] for row in stored if row[1] == "user"] == ["inform"]
    assert [row[4] for row in stored[-len(turn) :]] == [
        "action_answer_icp_question",
        None,
        "topic",
        "action_listen",
    ]
