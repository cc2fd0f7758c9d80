"""Scripted conversations against the real servers, started on 127.0.0.1 for this test session."""
import pytest

from tests.scripted import load_conversations, play

CONVERSATIONS = load_conversations()


@pytest.mark.parametrize("conversation", CONVERSATIONS,
                         ids=[f"{c['file']}:{c['conversation']}" for c in CONVERSATIONS])
def test_scripted_conversation(assistant, conversation):
    play(assistant, conversation)


def test_there_is_a_conversation_for_every_faq_answer():
    """Every answer response the decision core can give is reached by some scripted conversation."""
    from scripts.validate_data import responses_spoken_by_code  # noqa: F401 (documents the set)
    from actions.seed_evidence import EVIDENCE
    import yaml
    from pathlib import Path

    domain = yaml.safe_load((Path(__file__).resolve().parents[1] / "domain.yml").read_text())
    scripted_text = " ".join(
        phrase.lower() for c in CONVERSATIONS for s in c["steps"] for phrase in s.get("bot_says", []))
    missing = []
    for response in EVIDENCE:
        text = domain["responses"][response][0]["text"].lower()
        if not any(phrase.lower() in text for c in CONVERSATIONS for s in c["steps"]
                   for phrase in s.get("bot_says", []) if len(phrase) > 25):
            missing.append(response)
    assert not missing, f"no scripted conversation checks these answers: {missing}"
    assert scripted_text
