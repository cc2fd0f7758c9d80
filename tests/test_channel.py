"""The REST channel never leaves a user without a reply, and never answers with HTTP 5xx."""

import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from ops.servers import free_port, running_actions, running_rasa

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

WEBHOOK = "/webhooks/rest/webhook"


def _post(base_url, **kwargs):
    return requests.post(base_url + WEBHOOK, timeout=60, **kwargs)


def _text(reply):
    return " ".join(m.get("text", "") for m in reply.json())


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        b'{"message": "hi"}',
        b'{"sender": 7, "message": "hi"}',
        b'{"sender": "x", "message": null}',
        b'{"sender": "' + b"s" * 500 + b'", "message": "hi"}',
    ],
)
def test_a_malformed_request_gets_a_400_with_a_json_error(assistant, body):
    reply = _post(assistant, data=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == 400
    assert "sender" in reply.json()["error"]


@pytest.mark.parametrize(
    "message, expected",
    [
        ("", "your message was empty"),
        ("   \n\t ", "your message was empty"),
        ("icp? " * 1000, "too long"),
    ],
)
def test_empty_and_overlong_messages_get_a_polite_reply(assistant, message, expected):
    reply = _post(assistant, json={"sender": str(uuid.uuid4()), "message": message})
    assert reply.status_code == 200
    assert expected in _text(reply)


def test_a_normal_question_still_gets_its_answer_after_bad_input(assistant):
    sender = str(uuid.uuid4())
    _post(assistant, json={"sender": sender, "message": "   "})
    reply = _post(
        assistant, json={"sender": sender, "message": "which province do I file the ICP in?"}
    )
    assert "In which province was your Chinese business license issued" in _text(reply)


def test_with_the_action_server_down_the_user_is_told_to_retry(tmp_path):
    dead_action_server = f"http://127.0.0.1:{free_port()}/webhook"
    with running_rasa(tmp_path, dead_action_server) as base_url:
        reply = _post(base_url, json={"sender": "down", "message": "do I need an ICP filing?"})
        assert reply.status_code == 200
        text = _text(reply)
        assert "can't look that up right now" in text
        assert "support@example.com" in text


def test_after_the_action_server_restarts_answers_come_as_usual(tmp_path):
    """The Rasa server keeps its connections to the action server open between calls
    (components/rasa_patches.py, 5.): once the action server is restarted, a kept connection is
    dead, and the next messages are still answered, not told to retry."""
    port = free_port()
    with running_rasa(tmp_path, f"http://127.0.0.1:{port}/webhook") as base_url:
        for restart in range(2):
            with running_actions(tmp_path, port=port):
                for turn in range(2):
                    sender = f"restart-{restart}-{turn}"
                    reply = _post(base_url, json={"sender": sender, "message": "do I need ICP?"})
                    assert reply.status_code == 200
                    assert "Where is your website hosted" in _text(reply)


class _SlowActionServer(BaseHTTPRequestHandler):
    def do_POST(self):
        time.sleep(30)  # longer than the reply timeout below

    def log_message(self, *args):
        pass


def test_with_a_stuck_action_server_the_user_is_told_to_retry_quickly(tmp_path):
    stuck = ThreadingHTTPServer(("127.0.0.1", free_port()), _SlowActionServer)
    stuck.daemon_threads = True
    threading.Thread(target=stuck.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{stuck.server_address[1]}/webhook"
    try:
        with running_rasa(tmp_path, url, env={"ICP_REPLY_TIMEOUT_SECONDS": "3"}) as base_url:
            started = time.monotonic()
            reply = _post(base_url, json={"sender": "stuck", "message": "do I need an ICP filing?"})
            assert reply.status_code == 200
            assert "can't look that up right now" in _text(reply)
            assert time.monotonic() - started < 25  # not the stuck server's 30 s
    finally:
        stuck.shutdown()


def test_the_http_api_is_off_by_default(assistant):
    assert requests.get(f"{assistant}/status", timeout=10).status_code == 404


def test_the_http_api_needs_its_token_when_enabled(tmp_path):
    with running_rasa(
        tmp_path,
        f"http://127.0.0.1:{free_port()}/webhook",
        extra_args=["--enable-api", "--auth-token", "s3cret"],
    ) as base_url:
        assert requests.get(f"{base_url}/status", timeout=10).status_code == 401
        assert requests.get(f"{base_url}/status?token=s3cret", timeout=10).status_code == 200
