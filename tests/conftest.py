"""Shared fixtures: the domain as the action server receives it, and tracker factories."""

import socket
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.slot_validation import FACT_SLOTS
from project_paths import ROOT


@pytest.fixture(scope="session")
def site_socket():
    """The widget test site's socket, bound now so that no server started meanwhile takes its port.

    The port must be known before the Rasa server starts (it is in its CORS allowlist), but the site
    is served only once the servers are up: a port merely picked and released here was, now and
    then, taken in between ("Address already in use")."""
    with socket.socket() as reserved:
        reserved.bind(("127.0.0.1", 0))
        yield reserved


@pytest.fixture(scope="session")
def site_origin(site_socket):
    """The origin the widget's test pages are served from (the Rasa server's CORS allowlist)."""
    return f"http://127.0.0.1:{site_socket.getsockname()[1]}"


@pytest.fixture(scope="session")
def servers_dir(tmp_path_factory):
    """Where the session's servers write their logs."""
    return tmp_path_factory.mktemp("servers")


@pytest.fixture(scope="session")
def assistant(servers_dir, site_origin):
    """The real Rasa server and action server on 127.0.0.1, for the whole test session."""
    from ops.servers import running_assistant

    with running_assistant(servers_dir, cors=[site_origin]) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    intent: str = "inform",
    text: str = "",
    active_loop: Optional[str] = None,
    events: Optional[List[Dict[str, Any]]] = None,
    intent_ranking: Optional[List[Dict[str, Any]]] = None,
) -> Tracker:
    """A real rasa_sdk Tracker as the action server builds it from Rasa's request."""
    all_slots = {
        name: None
        for name in FACT_SLOTS
        + ["topic", "requested_slot", "answer_feedback", "uncovered_part", "asked_in_general"]
    }
    all_slots.update(slots or {})
    latest = {
        "intent": {"name": intent, "confidence": 0.9},
        "entities": [],
        "text": text,
        "intent_ranking": intent_ranking or [{"name": intent, "confidence": 0.9}],
    }
    return Tracker(
        sender_id="test-conversation",
        slots=all_slots,
        latest_message=latest,
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )
