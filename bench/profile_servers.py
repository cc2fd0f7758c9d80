"""`make profile`: where our Rasa server and action server spend their CPU time, by sampling.

Starts both servers (as `make bench` does), warms them up, then samples each with py-spy for
PROFILE_SECONDS while one client plays the scripted conversations of tests/conversations/ one
message after another. Writes to reports/profiles/: the raw collapsed stacks of each server
(`py-spy record --format raw`; any flame-graph tool reads them) and SUMMARY.md, the share of
samples under each part of a message's handling and the heaviest functions.

Numbers, not a test. py-spy needs ptrace rights over the servers (root, or CAP_SYS_PTRACE).
"""

import subprocess
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path
from typing import List, Tuple

import requests

from bench.bench import WARM_UP_CONVERSATIONS, our_bot, play
from project_paths import MODEL, ROOT, VENV_BIN

PY_SPY = VENV_BIN / "py-spy"
PROFILE_SECONDS = 30
SAMPLES_PER_SECOND = 200
# The parts of a message's handling in the Rasa server, by a frame that marks each (inclusive).
RASA_PARTS = [
    ("whole message", "handle_message (rasa/core/processor.py"),
    ("tracker store: load conversation", "retrieve (rasa/core/tracker_store.py"),
    ("tracker store: save conversation", "save (rasa/core/tracker_store.py"),
    ("NLU pipeline (parse the message)", "parse_message (rasa/core/processor.py"),
    ("policy: predict next action", "_predict_next_with_tracker (rasa/core/processor.py"),
    ("custom action calls (whole round trip)", "run (rasa/core/actions/action.py"),
    ("  build the request (tracker + domain)", "_action_call_format (rasa/core/actions/action.py"),
    ("  check the reply (jsonschema)", "_validate_action_result ("),
    ("form logic (in Rasa)", "(rasa/core/actions/forms.py"),
    ("  serialise the tracker for the call", "current_state (rasa/shared/core/trackers.py"),
    # (Rasa's request on a kept connection: components/rasa_patches.py, 5.)
    ("  HTTP request and reply (client side)", "_request (components/rasa_patches.py"),
]
ACTION_PARTS = [
    ("whole call (webhook handler)", "webhook (rasa_sdk/endpoint.py"),
    ("our actions' own code", "(actions/"),
    ("Rasa SDK form / validation logic", "(rasa_sdk/forms.py"),
    ("parse the request JSON", "loads ("),
]


def read_stacks(path: Path) -> List[Tuple[List[str], int]]:
    """py-spy's raw format: one line per distinct stack, `frame;frame;... count`."""
    stacks = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def share(stacks: List[Tuple[List[str], int]], *markers: str) -> float:
    """Percentage of samples with a frame containing every marker (each stack counted once)."""
    total = sum(n for _, n in stacks) or 1
    hit = sum(n for frames, n in stacks if any(all(m in f for m in markers) for f in frames))
    return 100 * hit / total


def heaviest(stacks: List[Tuple[List[str], int]], top: int = 12) -> List[Tuple[str, float]]:
    """The functions with the most samples at the top of the stack (self time)."""
    total = sum(n for _, n in stacks) or 1
    own: Counter = Counter()
    for frames, n in stacks:
        own[frames[-1]] += n
    return [(frame, 100 * n / total) for frame, n in own.most_common(top)]


def section(title: str, stacks, parts) -> List[str]:
    lines = [
        f"## {title}",
        "",
        f"{sum(n for _, n in stacks)} samples.",
        "",
        "| part | share of samples |",
        "|---|---|",
    ]
    lines += [f"| {label} | {share(stacks, *markers):.1f}% |" for label, *markers in parts]
    lines += ["", "Heaviest functions (self time):", "", "| function | share |", "|---|---|"]
    lines += [f"| `{frame}` | {pct:.1f}% |" for frame, pct in heaviest(stacks)]
    return lines + [""]


def record(pid: int, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            PY_SPY,
            "record",
            "--pid",
            str(pid),
            "--rate",
            str(SAMPLES_PER_SECOND),
            "--duration",
            str(PROFILE_SECONDS),
            "--format",
            "raw",
            "--nonblocking",
            "--output",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def main() -> None:
    out = ROOT / "reports" / "profiles"
    out.mkdir(parents=True, exist_ok=True)
    state = Path(tempfile.mkdtemp(prefix="icp-profile-"))
    messages = 0
    with our_bot(state, MODEL) as bot, requests.Session() as session:
        for conversation in bot.conversations[:WARM_UP_CONVERSATIONS]:
            play(session, bot, conversation)
        samplers = {
            name: record(pid, out / f"{name.replace(' ', '-')}.txt")
            for name, pid in bot.processes.items()
        }
        done = threading.Event()
        threading.Thread(
            target=lambda: ([s.wait() for s in samplers.values()], done.set()), daemon=True
        ).start()
        while not done.is_set():
            for conversation in bot.conversations:
                messages += len(play(session, bot, conversation, lambda: not done.is_set()))
                if done.is_set():
                    break
    failed = {n: s.stderr.read() for n, s in samplers.items() if s.returncode != 0}
    if failed:
        sys.exit(f"py-spy failed: {failed}")
    lines = [
        "# Where the servers spend their time",
        "",
        f"`make profile`: py-spy sampling both servers at {SAMPLES_PER_SECOND}/s for "
        f"{PROFILE_SECONDS} s while one client sent {messages} messages of the scripted "
        "conversations, one after another. Shares are of all samples, idle ones included "
        "(a server waiting for the next request is idle).",
        "",
    ]
    lines += section("Rasa server", read_stacks(out / "rasa.txt"), RASA_PARTS)
    lines += section("Action server", read_stacks(out / "action-server.txt"), ACTION_PARTS)
    (out / "SUMMARY.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
