"""`make bench-cluster`: the scale-out set-up under load, measured. Not a test: it prints numbers.

1. Load: 50 concurrent full scripted conversations through nginx, each from its own client
   address (127.0.0.x): errors, latency p50/p95/p99, throughput, and the Rasa servers' memory.
2. Flood: normal users' p95 latency alone, then while one client floods nginx at 100 requests/s;
   nginx's per-client rate limit should keep the ratio under 2x.

Everything runs on 127.0.0.0/8, bounded in requests and time. Writes reports/bench-load.json.
"""

import http.client
import json
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Tuple

from bench.bench_stats import percentile
from ops.cluster import running_cluster
from project_paths import ROOT

CONVERSATION = [
    "do I need an ICP filing?",
    '/inform{"hosting_location": "outside_mainland"}',
    '/inform{"cdn_coverage": "none"}',
    "thanks",
]
EXPECTED_IN_ANSWER = "No, you do not need an ICP Filing"
FLOOD_SECONDS = 15
# The flooder shares this machine's 2 cores with the servers, so it is paced (100 requests/s, 50x
# the per-client limit) rather than unbounded: unpaced, its own CPU use would be what is measured.
FLOOD_THREADS = 4
FLOOD_PAUSE_SECONDS = 0.04


def post(port: int, source_ip: str, sender: str, message: str) -> Tuple[int, float, str]:
    """One REST request from `source_ip`; returns (status, seconds, reply text)."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=120, source_address=(source_ip, 0)
    )
    try:
        connection.request(
            "POST",
            "/webhooks/rest/webhook",
            body=json.dumps({"sender": sender, "message": message}),
            headers={"Content-Type": "application/json"},
        )
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        status = response.status
    except OSError:
        status, body = 0, ""
    finally:
        connection.close()
    return status, time.perf_counter() - started, body


def conversation(port: int, source_ip: str) -> Tuple[List[float], int, bool]:
    sender = f"bench-{uuid.uuid4()}"
    latencies, errors, answer = [], 0, ""
    for message in CONVERSATION:
        status, seconds, body = post(port, source_ip, sender, message)
        latencies.append(seconds)
        errors += status != 200
        answer += body
    return latencies, errors, EXPECTED_IN_ANSWER in answer


def rss_mb(port: int) -> float:
    """Resident memory of the `rasa run` process listening on `port`, from /proc."""
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            if b"run" in cmdline and str(port).encode() in cmdline and b"-p" in cmdline:
                for line in (proc / "status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError):
            continue
    return float("nan")


def load_phase(port: int, concurrent: int = 50) -> Dict[str, float]:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrent) as pool:
        results = list(
            pool.map(lambda i: conversation(port, f"127.0.0.{10 + i}"), range(concurrent))
        )
    elapsed = time.perf_counter() - started
    latencies = [s for lat, _, _ in results for s in lat]
    return {
        "conversations": concurrent,
        "requests": len(latencies),
        "errors": sum(e for _, e, _ in results),
        "wrong_answers": sum(not ok for _, _, ok in results),
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "throughput_rps": len(latencies) / elapsed,
    }


def normal_users_p95(port: int, users: int = 5, rounds: int = 3) -> float:
    def user(i: int) -> List[float]:
        return [s for _ in range(rounds) for s in conversation(port, f"127.0.1.{i + 1}")[0]]

    with ThreadPoolExecutor(max_workers=users) as pool:
        latencies = [s for lat in pool.map(user, range(users)) for s in lat]
    return percentile(latencies, 95) * 1000


def flood_phase(port: int) -> Dict[str, float]:
    baseline = normal_users_p95(port)
    stop = threading.Event()
    counts = {"sent": 0, "limited": 0}

    def flooder() -> None:
        sender = f"flood-{uuid.uuid4()}"
        deadline = time.monotonic() + FLOOD_SECONDS
        while not stop.is_set() and time.monotonic() < deadline:
            status, _, _ = post(port, "127.0.2.1", sender, "do I need an ICP filing?")
            counts["sent"] += 1
            counts["limited"] += status == 429
            time.sleep(FLOOD_PAUSE_SECONDS)

    threads = [threading.Thread(target=flooder) for _ in range(FLOOD_THREADS)]
    for t in threads:
        t.start()
    time.sleep(1)
    during = normal_users_p95(port)
    stop.set()
    for t in threads:
        t.join()
    return {
        "normal_p95_ms_alone": baseline,
        "normal_p95_ms_during_flood": during,
        "ratio": during / baseline,
        "flood_requests": counts["sent"],
        "flood_rejected_429": counts["limited"],
    }


def main() -> None:
    state = Path(tempfile.mkdtemp(prefix="icp-bench-"))
    with running_cluster(state) as cluster:  # the shipped per-client limit
        proxy_port = int(cluster["proxy"].rsplit(":", 1)[1])
        conversation(proxy_port, "127.0.0.2")  # warm-up
        load = load_phase(proxy_port)
        load["rasa_rss_mb"] = [
            round(rss_mb(int(u.rsplit(":", 1)[1])), 1) for u in cluster["servers"]
        ]
        flood = flood_phase(proxy_port)
    report = {
        "load_50_concurrent": load,
        "flood_one_client": flood,
        "machine": f"{sys.platform}, {len(__import__('os').sched_getaffinity(0))} cores",
    }
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench-load.json").write_text(json.dumps(report, indent=2))
    print("\nLoad: 50 concurrent full conversations through nginx (2 Rasa servers)")
    print(
        f"{'requests':>9} {'errors':>7} {'wrong':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'req/s':>7}  Rasa RSS MB"
    )
    print(
        f"{load['requests']:>9} {load['errors']:>7} {load['wrong_answers']:>6} "
        f"{load['p50_ms']:>8.0f} {load['p95_ms']:>8.0f} {load['p99_ms']:>8.0f} "
        f"{load['throughput_rps']:>7.1f}  {load['rasa_rss_mb']}"
    )
    print("\nFlood: one client at 100 requests/s; other users' p95 latency")
    print(
        f"  alone {flood['normal_p95_ms_alone']:.0f} ms, during flood "
        f"{flood['normal_p95_ms_during_flood']:.0f} ms, ratio {flood['ratio']:.2f} (target < 2); "
        f"flood requests {flood['flood_requests']}, "
        f"rejected with 429: {flood['flood_rejected_429']}"
    )


if __name__ == "__main__":
    main()
