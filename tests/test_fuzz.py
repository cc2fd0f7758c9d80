"""500 generated hostile and odd inputs through the REST channel (seeded, so every run is the same):
never a 5xx, never an empty reply, and a normal question still gets its answer afterwards."""

import json
import random
import uuid

import pytest
import requests

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

SEED = 20261128
FRAGMENTS = [
    "",
    " ",
    "\t\n",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\ufeff",
    "😀🔥🇨🇳",
    "我需要ICP备案吗",
    "ICPの申請",
    "ICP 신청",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "'; DROP TABLE events; --",
    '" OR 1=1 --',
    "{{7*7}}",
    "${jndi:ldap://x}",
    "../../etc/passwd",
    "%s%s%s%n",
    "null",
    "undefined",
    "NaN",
    "A" * 300,
    "icp " * 50,
    "do I need an ICP filing?",
    "/restart",
    "/nlu_fallback",
    "/session_start",
    "/greet",
    "/inform",
    "/ask_cdn{",
    '/inform{"hosting_location": "mars"}',
    '/inform{"hosting_location": ["a", "b"]}',
    '/inform{"cdn_coverage": {"$ne": 1}}',
    '/inform{"topic": "cdn"}',
    '/inform{"requested_slot": "x"}',
    '/inform{"nonexistent_slot": 1}',
    '/no_such_intent{"a": 1}',
    '/ask_cdn{"cdn_coverage": 42}',
    '/inform{"license_province": "Hong Kong<script>"}',
    "/inform{bad json",
    '/affirm{"x": null}',
]
RAW_BODIES = [
    b"",
    b"{",
    b"[]",
    b"null",
    b"42",
    b'"text"',
    b'{"sender": null}',
    b'{"message": 5}',
    b'{"sender": "a", "message": ["x"]}',
    b'{"sender": {}, "message": "hi"}',
    b"\xff\xfe\x00",
    b'{"sender": "a", "message": "hi", "metadata": "not an object"}',
]


def _generated_inputs(count):
    rng = random.Random(SEED)
    for _ in range(count):
        kind = rng.random()
        if kind < 0.1:
            yield "raw", rng.choice(RAW_BODIES)
        else:
            parts = rng.sample(FRAGMENTS, rng.randint(1, 3))
            yield "message", "".join(parts)[: rng.choice([50, 500, 3000])]


def test_500_hostile_inputs_never_break_the_assistant(assistant):
    url = f"{assistant}/webhooks/rest/webhook"
    server_errors, silent = [], []
    senders = [f"fuzz-{uuid.uuid4()}" for _ in range(5)]
    for number, (kind, payload) in enumerate(_generated_inputs(500)):
        if kind == "raw":
            reply = requests.post(
                url, data=payload, timeout=60, headers={"Content-Type": "application/json"}
            )
        else:
            reply = requests.post(
                url, json={"sender": senders[number % 5], "message": payload}, timeout=60
            )
        if reply.status_code >= 500:
            server_errors.append((payload, reply.status_code))
        elif reply.status_code == 200 and not any(m.get("text") for m in reply.json()):
            silent.append(payload)
    assert server_errors == [] and silent == [], (server_errors[:5], silent[:5])

    sender = senders[0]
    answer = requests.post(
        url, json={"sender": sender, "message": "which province do I file in?"}, timeout=60
    ).json()
    assert "In which province was your Chinese business license issued" in json.dumps(answer)
