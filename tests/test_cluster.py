"""Scale-out: two Rasa servers share a PostgreSQL tracker store and a Redis lock store, behind
nginx (round robin), with real PostgreSQL, Redis and nginx started here on 127.0.0.1."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from ops.cluster import running_cluster

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    # a generous limit here: every test request comes from 127.0.0.1
    with running_cluster(tmp_path_factory.mktemp("cluster"), rate=1000, burst=1000) as cluster:
        yield cluster


def _say(base_url, sender, message):
    reply = requests.post(
        f"{base_url}/webhooks/rest/webhook",
        json={"sender": sender, "message": message},
        timeout=120,
    )
    assert reply.status_code == 200, reply.text
    return " ".join(m.get("text", "") for m in reply.json())


def test_turns_alternating_between_the_two_servers_finish_correctly(cluster):
    a, b = cluster["servers"]
    sender = f"alternating-{uuid.uuid4()}"
    assert "Where is your website hosted" in _say(a, sender, "do I need an ICP filing?")
    assert "Can visitors reach your website" in _say(
        b, sender, '/inform{"hosting_location": "mainland_china"}'
    )
    answer = _say(a, sender, '/inform{"access_method": "ip_only"}')
    assert "you cannot apply for it through the Alibaba Cloud ICP Filing system" in answer


# Each conversation: (hosting reply, CDN reply, a phrase of the answer those facts must get).
CASES = [
    ("hong_kong", "none", "you do not use a CDN for users in mainland China"),
    ("outside_mainland", "international_only", "your CDN does not cover mainland China"),
    ("outside_mainland", "includes_mainland", "you must complete the ICP Filing process"),
    ("hong_kong", "unknown", "No CDN, or international CDN only"),
]


def _conversation(proxy, number):
    hosting, cdn, expected = CASES[number % len(CASES)]
    sender = f"concurrent-{number}-{uuid.uuid4()}"
    _say(proxy, sender, "do I need an ICP filing?")
    _say(proxy, sender, f'/inform{{"hosting_location": "{hosting}"}}')
    answer = _say(
        proxy, sender, "/dont_know" if cdn == "unknown" else f'/inform{{"cdn_coverage": "{cdn}"}}'
    )
    return expected in answer


def test_30_concurrent_conversations_through_nginx_each_get_their_own_answer(cluster):
    with ThreadPoolExecutor(max_workers=30) as pool:
        results = list(pool.map(lambda n: _conversation(cluster["proxy"], n), range(30)))
    assert results == [True] * 30
