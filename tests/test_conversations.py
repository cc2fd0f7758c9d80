"""Scripted conversations against the real servers, started on 127.0.0.1 for this test session."""

import pytest

from actions.responses import response_text
from actions.seed_evidence import EVIDENCE
from testkit.scripted import load_conversations, play

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

CONVERSATIONS = load_conversations()


def _expected_outcome(conversation):
    """A known failure is expected to fail, strictly: once it passes, the test says so."""
    if "known_failure" not in conversation:
        return conversation
    reason = conversation["known_failure"]
    return pytest.param(conversation, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "conversation",
    [_expected_outcome(c) for c in CONVERSATIONS],
    ids=[f"{c['file']}:{c['conversation']}" for c in CONVERSATIONS],
)
def test_scripted_conversation(assistant, conversation):
    play(assistant, conversation)


def test_every_faq_answer_is_checked_by_a_scripted_conversation(domain):
    """Each answer response is reached by some conversation whose `bot_says` has a phrase found in
    that response alone, so a support person can see every branch in tests/conversations/."""
    texts = {name: response_text(domain, name).lower() for name in EVIDENCE}
    phrases = {
        p.lower() for c in CONVERSATIONS for step in c["steps"] for p in step.get("bot_says", [])
    }
    unchecked = [
        name
        for name, text in texts.items()
        if not any(
            p in text and not any(p in other for n, other in texts.items() if n != name)
            for p in phrases
        )
    ]
    assert not unchecked, f"no scripted conversation checks these answers: {unchecked}"


def test_the_servers_logged_no_errors_and_no_message_text(assistant, servers_dir):
    """Runs after the conversations above: no tracebacks or errors in either server's log, and
    (privacy) none of what the users typed."""
    typed = {
        s["user"]
        for c in CONVERSATIONS
        for s in c["steps"]
        if len(s.get("user", "")) > 20 and not s["user"].startswith("/")
    }
    for log in servers_dir.glob("*.log"):
        text = log.read_text()
        assert "Traceback" not in text and " ERROR " not in text, f"{log.name}:\n{text[-3000:]}"
        # Rasa falls back to an in-memory store, with only a warning, if ours cannot be loaded
        assert "InMemoryTrackerStore" not in text, f"{log.name}: tracker store not loaded"
        leaked = [message for message in typed if message in text]
        assert not leaked, f"{log.name} contains user messages: {leaked[:3]}"
