"""Nothing is lost when a server goes away: Rasa restarts from the SQL tracker store, and a
conversation interrupted by the action server going down carries on once it is back."""

import signal
import uuid

import pytest
import requests

from ops.servers import free_port, running_actions, running_rasa

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services


def _say(base_url, sender, message):
    reply = requests.post(
        f"{base_url}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=60
    )
    assert reply.status_code == 200
    return " ".join(m.get("text", "") for m in reply.json())


def test_a_conversation_half_done_finishes_after_rasa_is_killed_and_restarted(tmp_path):
    sender, port = f"restart-{uuid.uuid4()}", free_port()
    with running_actions(tmp_path) as action_url:
        with running_rasa(tmp_path, action_url, port=port, stop_signal=signal.SIGKILL) as base_url:
            assert "Where is your website hosted" in _say(
                base_url, sender, "do I need an ICP filing?"
            )
            assert "does it cover mainland China" in _say(base_url, sender, "we host in Singapore")
        # killed: no chance to save anything on the way out
        with running_rasa(tmp_path, action_url, port=port) as base_url:
            answer = _say(base_url, sender, "we don't use a CDN")
            assert "No, you do not need an ICP Filing" in answer
            assert "hosted outside mainland China" in answer
    assert (tmp_path / "conversations.db").stat().st_size > 0


def test_the_action_server_killed_mid_conversation_then_back(tmp_path):
    sender, action_port = f"actions-{uuid.uuid4()}", free_port()
    with running_rasa(tmp_path, f"http://127.0.0.1:{action_port}/webhook") as base_url:
        with running_actions(tmp_path, port=action_port):
            assert "Where is your website hosted" in _say(
                base_url, sender, "do I need an ICP filing?"
            )
        # the action server is gone: a clear message, not silence
        assert "can't look that up right now" in _say(base_url, sender, "we host in Singapore")
        with running_actions(tmp_path, port=action_port):  # back: the conversation carries on
            assert "does it cover mainland China" in _say(base_url, sender, "we host in Singapore")
            assert "No, you do not need an ICP Filing" in _say(base_url, sender, "no CDN")
