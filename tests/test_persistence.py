"""Conversations live in the SQL tracker store: a Rasa restart loses nothing."""
import signal
import uuid

import requests

from tests.servers import free_port, running_actions, running_rasa


def _say(base_url, sender, message):
    reply = requests.post(f"{base_url}/webhooks/rest/webhook",
                          json={"sender": sender, "message": message}, timeout=60)
    assert reply.status_code == 200
    return " ".join(m.get("text", "") for m in reply.json())


def test_a_conversation_half_done_finishes_after_rasa_is_killed_and_restarted(tmp_path):
    sender, port = f"restart-{uuid.uuid4()}", free_port()
    with running_actions(tmp_path) as action_url:
        with running_rasa(tmp_path, action_url, port=port, stop_signal=signal.SIGKILL) as base_url:
            assert "Where is your website hosted" in _say(base_url, sender, "do I need an ICP filing?")
            assert "does it cover mainland China" in _say(base_url, sender, "we host in Singapore")
        # killed: no chance to save anything on the way out
        with running_rasa(tmp_path, action_url, port=port) as base_url:
            answer = _say(base_url, sender, "we don't use a CDN")
            assert "No, you do not need an ICP Filing" in answer
            assert "hosted outside mainland China" in answer
    assert (tmp_path / "conversations.db").stat().st_size > 0
