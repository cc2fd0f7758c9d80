"""The REST channel never leaves a user without a reply, and never answers with HTTP 5xx."""
import uuid

import pytest
import requests

from tests.servers import free_port, running_rasa

WEBHOOK = "/webhooks/rest/webhook"


def _post(base_url, **kwargs):
    return requests.post(base_url + WEBHOOK, timeout=60, **kwargs)


def _text(reply):
    return " ".join(m.get("text", "") for m in reply.json())


@pytest.mark.parametrize("body", [b"", b"not json", b"[]", b'{"message": "hi"}',
                                  b'{"sender": 7, "message": "hi"}',
                                  b'{"sender": "x", "message": null}',
                                  b'{"sender": "' + b"s" * 500 + b'", "message": "hi"}'])
def test_a_malformed_request_gets_a_400_with_a_json_error(assistant, body):
    reply = _post(assistant, data=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == 400
    assert "sender" in reply.json()["error"]


@pytest.mark.parametrize("message, expected", [
    ("", "your message was empty"),
    ("   \n\t ", "your message was empty"),
    ("icp? " * 1000, "too long"),
])
def test_empty_and_overlong_messages_get_a_polite_reply(assistant, message, expected):
    reply = _post(assistant, json={"sender": str(uuid.uuid4()), "message": message})
    assert reply.status_code == 200
    assert expected in _text(reply)


def test_a_normal_question_still_gets_its_answer_after_bad_input(assistant):
    sender = str(uuid.uuid4())
    _post(assistant, json={"sender": sender, "message": "   "})
    reply = _post(assistant, json={"sender": sender, "message": "which province do I file the ICP in?"})
    assert "In which province was your Chinese business license issued" in _text(reply)


def test_with_the_action_server_down_the_user_is_told_to_retry(tmp_path):
    dead_action_server = f"http://127.0.0.1:{free_port()}/webhook"
    with running_rasa(tmp_path, dead_action_server) as base_url:
        reply = _post(base_url, json={"sender": "down", "message": "do I need an ICP filing?"})
        assert reply.status_code == 200
        text = _text(reply)
        assert "can't look that up right now" in text
        assert "support@example.com" in text
