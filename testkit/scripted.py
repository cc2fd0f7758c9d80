"""Plays scripted conversations (tests/conversations/*.yml) against the REST channel.

File format, one list of conversations per file:

    - conversation: A name that says what is being checked
      steps:
        - user: what the customer types            # or   click: <button title>
          bot_says: [phrases the reply must contain]  # case-insensitive, across the turn's messages
          bot_never_says: [phrases it must not contain]
          buttons: [button titles the reply must offer]

`click` sends the payload of the button with that title in the previous reply, as the widget does.

A conversation the assistant gets wrong today, kept so that its fix is noticed, carries
`known_failure: why it fails` (tests/conversations/known_failures.yml): the test expects it to fail
and fails when it passes, so it is then moved to the file of its concern.
"""

import uuid
from typing import Any, Dict, List

import requests
import yaml

from project_paths import ROOT

CONVERSATIONS = ROOT / "tests" / "conversations"  # written by support staff, with the tests
STEP_KEYS = {"user", "click", "bot_says", "bot_never_says", "buttons"}
CONVERSATION_KEYS = {"conversation", "steps", "known_failure", "file"}


def load_conversations() -> List[Dict[str, Any]]:
    conversations = []
    for path in sorted(CONVERSATIONS.glob("*.yml")):
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            conversation["file"] = path.name
            unknown = set(conversation) - CONVERSATION_KEYS
            assert not unknown, f"{path.name}: unknown keys {unknown}"
            for step in conversation["steps"]:
                unknown = set(step) - STEP_KEYS
                assert not unknown, f"{path.name}: unknown keys {unknown} in {step}"
                assert ("user" in step) != ("click" in step), f"{path.name}: user or click: {step}"
            conversations.append(conversation)
    return conversations


def play(base_url: str, conversation: Dict[str, Any]) -> None:
    sender = f"scripted-{uuid.uuid4()}"
    previous: List[Dict[str, Any]] = []
    for number, step in enumerate(conversation["steps"], start=1):
        where = f"{conversation['conversation']!r}, step {number}"
        if "click" in step:
            offered = {b["title"]: b["payload"] for m in previous for b in m.get("buttons", [])}
            assert step["click"] in offered, (
                f"{where}: no button {step['click']!r} in {list(offered)}"
            )
            message = offered[step["click"]]
        else:
            message = step["user"]
        response = requests.post(
            f"{base_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=60,
        )
        assert response.status_code == 200, f"{where}: HTTP {response.status_code}"
        previous = response.json()
        text = "\n".join(m.get("text", "") for m in previous)
        assert previous and text.strip(), f"{where}: the bot said nothing to {message!r}"
        for phrase in step.get("bot_says", []):
            assert phrase.lower() in text.lower(), f"{where}: expected {phrase!r} in:\n{text}"
        for phrase in step.get("bot_never_says", []):
            assert phrase.lower() not in text.lower(), f"{where}: unexpected {phrase!r} in:\n{text}"
        titles = [b["title"] for m in previous for b in m.get("buttons", [])]
        for title in step.get("buttons", []):
            assert title in titles, f"{where}: expected button {title!r}, got {titles}"
