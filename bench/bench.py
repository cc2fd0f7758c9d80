"""`make bench`: this assistant side by side with the reference bot `rasa init --no-prompt` creates.

Both bots are trained, started and measured in one run, phase by phase in turn (ours, then the
reference; conversation by conversation in the sequential phase), so that the noise of a shared
machine hits both. Measured:

1. Training: wall time and peak memory of `rasa train --force`, ours in this directory, the
   reference in a copy of the `rasa init` scaffold (rasa/cli/initial_project: `rasa init` is that
   copy plus this training), each with an empty training cache; the size of each model .tar.gz.
   Everything after uses these fresh models, so a concurrent `make train` here changes nothing.
2. Cold start: process start to the first non-empty reply on the REST channel. Ours starts the
   action server, then Rasa (as ops/servers.py does), with its SQLite tracker store in a temp
   dir; the reference runs Rasa alone with its default in-memory tracker store.
3. Sequential latency: >= 300 messages of full scripted conversations per bot from one client:
   ours tests/conversations/*.yml, the reference its own stories with its own NLU examples.
4. Concurrency: throughput and latency with 1, 10, 20 and 50 clients, each playing full
   conversations with fresh sender ids until the level's message budget is spent. An error is a
   non-200, a reply without text, an exception, or (ours) the guarded channel's "can't look that
   up right now" stand-in, which covers a failure with a 200.
5. Memory: RSS of each bot's process groups after warm-up and the sequential phase (ours: Rasa
   and the action server), and again after the concurrency phase.

Prints one table with the targets; writes reports/bench.json and reports/bench.png. Numbers, not
a test: the client shares the machine's cores with the servers.
"""

import importlib.metadata
import importlib.util
import itertools
import json
import os
import platform
import random
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Tuple

import requests
import yaml

from actions.responses import response_text
from bench.bench_stats import Row, Target, format_table, summary
from ops.servers import action_server, rasa_server
from project_paths import RASA_EXECUTABLE, ROOT, SPACY_PIPELINE
from testkit.scripted import load_conversations

RASA_PACKAGE = Path(importlib.util.find_spec("rasa").submodule_search_locations[0])
SCAFFOLD = RASA_PACKAGE / "cli" / "initial_project"  # what `rasa init` copies
SEQUENTIAL_MESSAGES = 300
CONCURRENCY_LEVELS = (1, 10, 20, 50)
WARM_UP_CONVERSATIONS = 5
# The rasa-init bot's stories and rules (its data/stories.yml and data/rules.yml) as intents.
REFERENCE_STORIES = [
    ["greet", "mood_great", "goodbye"],
    ["greet", "mood_unhappy", "affirm"],
    ["greet", "mood_unhappy", "deny", "goodbye"],
    ["bot_challenge"],
]
MIB = 1024 * 1024
Step = Tuple[str, str]  # ("user", text) or ("click", button title)


def message_budget(clients: int) -> int:
    """Enough messages for a few conversations per client, few enough to keep the bench short."""
    return max(240, 10 * clients)


# --- conversations ---


def our_conversations() -> List[List[Step]]:
    """The scripted conversations of tests/conversations/*.yml, as steps."""
    conversations = [
        [("click", s["click"]) if "click" in s else ("user", s["user"]) for s in c["steps"]]
        for c in load_conversations()
    ]
    # A fixed shuffle, so that a level's small budget gets a mix of topics, not the first file.
    random.Random(2911).shuffle(conversations)
    return conversations


def reference_conversations(project: Path) -> List[List[Step]]:
    """The reference's stories, each intent's message taken in turn from its NLU examples, for
    enough rounds that every example is sent."""
    nlu = yaml.safe_load((project / "data" / "nlu.yml").read_text(encoding="utf-8"))["nlu"]
    examples = {
        item["intent"]: [
            line.strip().removeprefix("- ")
            for line in item["examples"].splitlines()
            if line.strip()
        ]
        for item in nlu
        if "intent" in item
    }
    used: Counter = Counter()
    conversations = []
    for _ in range(max(len(texts) for texts in examples.values())):
        for story in REFERENCE_STORIES:
            conversation = []
            for intent in story:
                texts = examples[intent]
                conversation.append(("user", texts[used[intent] % len(texts)]))
                used[intent] += 1
            conversations.append(conversation)
    return conversations


def our_stand_in_text() -> str:
    """The start of the reply our guarded channel gives when the assistant failed."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return response_text(domain, "utter_cannot_reply_now").split("{")[0]


# --- one client ---


@dataclass
class Bot:
    name: str
    url: str
    conversations: List[List[Step]]
    processes: Dict[str, int]  # label -> pid leading that server's process group
    stand_in: str = ""  # the start of a reply that hides a failure
    # Seconds from process start until each server was up, and until the first answer.
    start_up: Dict[str, float] = field(default_factory=dict)


class Turn(NamedTuple):
    seconds: float
    error: str  # "" when the bot answered
    reply: List[Dict[str, Any]]


def send(session: requests.Session, bot: Bot, sender: str, message: str) -> Turn:
    started = time.perf_counter()
    try:
        response = session.post(
            f"{bot.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=120,
        )
        reply = response.json() if response.status_code == 200 else []
    except (requests.RequestException, ValueError) as exc:
        return Turn(time.perf_counter() - started, f"exception {type(exc).__name__}", [])
    seconds = time.perf_counter() - started
    text = "\n".join(m.get("text") or "" for m in reply)
    if response.status_code != 200:
        error = f"HTTP {response.status_code}"
    elif not text.strip():
        error = "reply without text"
    elif bot.stand_in and text.startswith(bot.stand_in):
        error = "stand-in reply"
    else:
        error = ""
    return Turn(seconds, error, reply)


def button_payload(reply: List[Dict[str, Any]], title: str) -> str:
    """What the widget sends for the button titled `title`; the title itself if there is no such
    button (an earlier reply went another way)."""
    return next(
        (b["payload"] for m in reply for b in m.get("buttons", []) if b["title"] == title), title
    )


def play(
    session: requests.Session,
    bot: Bot,
    conversation: List[Step],
    may_send: Callable[[], bool] = lambda: True,
) -> List[Turn]:
    """One conversation with a fresh sender id, stopped early when `may_send` says no."""
    sender = f"bench-{uuid.uuid4()}"
    turns: List[Turn] = []
    previous: List[Dict[str, Any]] = []
    for kind, text in conversation:
        if not may_send():
            break
        message = button_payload(previous, text) if kind == "click" else text
        turn = send(session, bot, sender, message)
        turns.append(turn)
        previous = turn.reply
    return turns


# --- phases ---


class Training(NamedTuple):
    seconds: float
    peak_rss_mib: float
    model: Path

    @property
    def model_mib(self) -> float:
        return self.model.stat().st_size / MIB


def train(project: Path, out: Path, name: str, state: Path) -> Training:
    """Times `rasa train --force` in `project`, with an empty training cache of its own."""
    log = state / f"train-{name}.log"
    cache = tempfile.mkdtemp(prefix=f"cache-{name}-", dir=state)
    env = {**os.environ, "RASA_CACHE_DIRECTORY": cache}
    started = time.perf_counter()
    with log.open("w") as output:
        process = subprocess.Popen(
            [RASA_EXECUTABLE, "train", "--force", "--fixed-model-name", name, "--out", str(out)],
            cwd=project,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        # wait4 rather than wait: it also gives this child's peak memory.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"training {name} failed; log:\n{log.read_text()[-3000:]}")
    return Training(seconds, usage.ru_maxrss / 1024, out / f"{name}.tar.gz")


def first_answer(bot: Bot, message: str, started: float, timeout: float = 180) -> float:
    """Seconds from `started` until `message` gets a 200 with a non-empty reply."""
    with requests.Session() as session:
        while time.perf_counter() - started < timeout:
            if not send(session, bot, "bench-cold-start", message).error:
                return time.perf_counter() - started
            time.sleep(0.1)
    raise RuntimeError(f"{bot.name}: no answer {timeout} s after start")


@contextmanager
def our_bot(state: Path, model: Path) -> Iterator[Bot]:
    """Our action server and Rasa server while they run; records its cold start."""
    conversations = our_conversations()
    started = time.perf_counter()
    with action_server(state) as actions:
        actions_up = time.perf_counter() - started
        with rasa_server(state, actions.url, model=model) as rasa:
            bot = Bot(
                "ours",
                rasa.url,
                conversations,
                {"rasa": rasa.pid, "action server": actions.pid},
                our_stand_in_text(),
            )
            first_message = next(text for kind, text in conversations[0] if kind == "user")
            bot.start_up.update(
                action_server_up_s=actions_up,
                rasa_up_s=time.perf_counter() - started,
                cold_start_s=first_answer(bot, first_message, started),
            )
            yield bot


@contextmanager
def reference_bot(state: Path, project: Path, model: Path) -> Iterator[Bot]:
    """The reference's Rasa server, with the scaffold's endpoints.yml (no action server, the
    in-memory tracker store) and credentials.yml, while it runs; records its cold start."""
    conversations = reference_conversations(project)
    started = time.perf_counter()
    with rasa_server(
        state, model=model, project=project, endpoints=project / "endpoints.yml"
    ) as rasa:
        bot = Bot("reference", rasa.url, conversations, {"rasa": rasa.pid})
        bot.start_up.update(
            rasa_up_s=time.perf_counter() - started,
            cold_start_s=first_answer(bot, conversations[0][0][1], started),
        )
        yield bot


def warm_up(bots: List[Bot]) -> None:
    with requests.Session() as session:
        for bot in bots:
            for conversation in bot.conversations[:WARM_UP_CONVERSATIONS]:
                play(session, bot, conversation)


def sequential_phase(bots: List[Bot]) -> Dict[str, List[Turn]]:
    """Whole conversations, one at a time, alternating between the bots, until each has sent
    SEQUENTIAL_MESSAGES."""
    turns: Dict[str, List[Turn]] = {bot.name: [] for bot in bots}
    queues = {bot.name: itertools.cycle(bot.conversations) for bot in bots}
    with requests.Session() as session:
        while any(len(turns[bot.name]) < SEQUENTIAL_MESSAGES for bot in bots):
            for bot in bots:
                if len(turns[bot.name]) < SEQUENTIAL_MESSAGES:
                    turns[bot.name] += play(session, bot, next(queues[bot.name]))
    return turns


class Budget:
    """The messages the clients of one concurrency level may still send, shared between them."""

    def __init__(self, messages: int):
        self.left = messages
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            self.left -= 1
            return self.left >= 0


def concurrency_level(bot: Bot, clients: int) -> Dict[str, Any]:
    budget = Budget(message_budget(clients))
    conversations = itertools.cycle(bot.conversations)
    lock = threading.Lock()

    def next_conversation() -> List[Step]:
        with lock:
            return next(conversations)

    def client(_: int) -> List[Turn]:
        turns: List[Turn] = []
        with requests.Session() as session:
            while budget.left > 0:
                turns += play(session, bot, next_conversation(), budget.take)
        return turns

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        turns = [turn for result in pool.map(client, range(clients)) for turn in result]
    seconds = time.perf_counter() - started
    latency = summary([turn.seconds for turn in turns])
    errors = Counter(turn.error for turn in turns if turn.error)
    return {
        "clients": clients,
        "messages": len(turns),
        "seconds": seconds,
        "throughput_per_s": len(turns) / seconds,
        "p50_ms": latency["p50_ms"],
        "p95_ms": latency["p95_ms"],
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
    }


def group_rss_mib(leader: int) -> float:
    """Resident memory of every process in `leader`'s process group (a server and any children)."""
    total_kib = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if os.getpgid(int(status.parent.name)) != leader:
                continue
            total_kib += next(
                int(line.split()[1])
                for line in status.read_text().splitlines()
                if line.startswith("VmRSS:")
            )
        except (OSError, StopIteration):  # gone meanwhile, or a kernel thread
            continue
    return total_kib / 1024


def memory(bot: Bot) -> Dict[str, float]:
    split = {label: group_rss_mib(pid) for label, pid in bot.processes.items()}
    return {"total": sum(split.values()), **split}


# --- report ---


def machine() -> Dict[str, Any]:
    def first(path: str, prefix: str) -> str:
        return next(
            (
                line.split(":", 1)[1].strip()
                for line in Path(path).read_text().splitlines()
                if line.startswith(prefix)
            ),
            "unknown",
        )

    return {
        "cores": len(os.sched_getaffinity(0)),
        "cpu_model": first("/proc/cpuinfo", "model name"),
        "ram_gib": round(int(first("/proc/meminfo", "MemTotal").split()[0]) / MIB, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "rasa": importlib.metadata.version("rasa"),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "load_average_at_start": os.getloadavg(),
    }


def directory_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / MIB


def table_rows(results: Dict[str, Any]) -> List[Row]:
    def pair(*keys: Any) -> Tuple[float, float]:
        values = []
        for name in ("ours", "reference"):
            value = results
            for key in (keys[0], name) + keys[1:]:
                value = value[key]
            values.append(value)
        return values[0], values[1]

    at_most_ratio, nan = Target(1.0), float("nan")
    rows = [
        Row(
            "training time (s)", *pair("training", "seconds"), "{:.1f}", Target(90, relative=False)
        ),
        Row("training peak RSS (MiB)", *pair("training", "peak_rss_mib")),
        Row(
            "model .tar.gz (MiB)",
            *pair("training", "model_mib"),
            "{:.2f}",
            Target(25, relative=False),
        ),
        Row(
            "cold start to first answer (s)",
            *pair("cold_start", "cold_start_s"),
            "{:.1f}",
            Target(20, relative=False),
        ),
        Row("sequential p50 (ms)", *pair("sequential", "p50_ms"), target=at_most_ratio),
        Row("sequential p95 (ms)", *pair("sequential", "p95_ms"), target=at_most_ratio),
        Row("sequential p99 (ms)", *pair("sequential", "p99_ms")),
        Row("sequential errors", *pair("sequential", "errors")),
    ]
    for i, clients in enumerate(CONCURRENCY_LEVELS):
        rows += [
            Row(
                f"concurrency {clients}: msg/s",
                *pair("concurrency", i, "throughput_per_s"),
                "{:.1f}",
                Target(1.0, at_most=False) if clients == 20 else None,
            ),
            Row(f"concurrency {clients}: p50 (ms)", *pair("concurrency", i, "p50_ms")),
            Row(f"concurrency {clients}: p95 (ms)", *pair("concurrency", i, "p95_ms")),
            Row(f"concurrency {clients}: errors", *pair("concurrency", i, "errors")),
        ]
    memory_after_warm_up = results["memory_mib_after_warm_up"]
    rows += [
        Row(
            "RSS after warm-up (MiB)",
            *pair("memory_mib_after_warm_up", "total"),
            target=at_most_ratio,
        ),
        Row("  Rasa server", *pair("memory_mib_after_warm_up", "rasa")),
        Row("  action server", memory_after_warm_up["ours"]["action server"], nan),
        Row("RSS after concurrency (MiB)", *pair("memory_mib_after_concurrency", "total")),
    ]
    return rows


def notes(results: Dict[str, Any]) -> List[str]:
    ours, m = results["cold_start"]["ours"], results["machine"]
    return [
        "reference training: `rasa train --force` in a copy of rasa/cli/initial_project (what "
        "`rasa init --no-prompt` copies and then trains); ours: `rasa train --force` here; both "
        "with an empty training cache.",
        f"our model also needs the spaCy pipeline build/spacy/icp_en at run time "
        f"({results['training']['ours']['spacy_pipeline_mib']:.2f} MiB).",
        f"our cold start: action server up at {ours['action_server_up_s']:.1f} s, then Rasa up "
        f"at {ours['rasa_up_s']:.1f} s, first answer at {ours['cold_start_s']:.1f} s.",
        "tracker stores: ours SQLite (its shipped kind, in a temp dir); the reference its default, "
        "in memory.",
        f"RSS after warm-up: after {WARM_UP_CONVERSATIONS} warm-up conversations and the "
        "sequential phase.",
        "our model is the one trained above; our action server runs actions/ as it is now.",
        f"sequential: {results['sequential']['ours']['messages']} messages (ours), "
        f"{results['sequential']['reference']['messages']} (reference); messages per concurrency "
        "level: " + ", ".join(f"{c}: {message_budget(c)}" for c in CONCURRENCY_LEVELS) + ".",
        f"machine: {m['cores']} cores, {m['cpu_model']}, {m['ram_gib']} GiB RAM; load average "
        f"{m['load_average_at_start'][0]:.2f} at start, {results['load_average_at_end'][0]:.2f} "
        f"at end; the client runs on the same cores, so the numbers are indicative.",
    ]


def plot(results: Dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import NullFormatter, ScalarFormatter

    figure, (latency, throughput) = plt.subplots(1, 2, figsize=(12, 4.8))
    for name, colour in (("ours", "tab:blue"), ("reference", "tab:orange")):
        sequential = results["sequential"][name]
        ms = sorted(sequential["latencies_ms"])
        label = f"{name}: p50 {sequential['p50_ms']:.0f} ms, p95 {sequential['p95_ms']:.0f} ms"
        latency.step(
            ms, [(i + 1) / len(ms) for i in range(len(ms))], where="post", color=colour, label=label
        )
        levels = results["concurrency"][name]
        throughput.plot(
            [level["clients"] for level in levels],
            [level["throughput_per_s"] for level in levels],
            "o-",
            color=colour,
            label=name,
        )
    latency.set(
        xscale="log",
        xlabel="latency (ms, log scale)",
        ylabel="fraction of messages",
        title=f"Sequential latency, one client ({SEQUENTIAL_MESSAGES}+ messages each)",
    )
    # Plain millisecond labels: a log axis otherwise labels only the powers of ten.
    every_ms = [
        ms for name in ("ours", "reference") for ms in results["sequential"][name]["latencies_ms"]
    ]
    latency.set_xticks([10, 20, 50, 100, 200, 500, 1000, 2000, 5000])
    latency.set_xlim(min(every_ms) * 0.8, max(every_ms) * 1.25)
    latency.xaxis.set_major_formatter(ScalarFormatter())
    latency.xaxis.set_minor_formatter(NullFormatter())
    throughput.set(
        xlabel="concurrent clients",
        ylabel="messages/s",
        ylim=(0, None),
        xticks=list(CONCURRENCY_LEVELS),
        title="Throughput against concurrency",
    )
    for axes in (latency, throughput):
        axes.grid(True, which="both", alpha=0.3)
        axes.legend()
    m = results["machine"]
    figure.suptitle(
        f"ICP assistant vs rasa init reference - {m['date'][:10]}, {m['cores']} cores "
        f"({m['cpu_model']}), shared machine: indicative"
    )
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


# --- the run ---


def measure(state: Path) -> Dict[str, Any]:
    reference_project = state / "reference"
    shutil.copytree(SCAFFOLD, reference_project, ignore=shutil.ignore_patterns("__pycache__"))
    print("training ours, then the reference ...", flush=True)
    trained = {
        "ours": train(ROOT, state / "models", "icp", state),
        "reference": train(reference_project, state / "models", "reference", state),
    }
    results: Dict[str, Any] = {
        "training": {
            name: {"seconds": t.seconds, "peak_rss_mib": t.peak_rss_mib, "model_mib": t.model_mib}
            for name, t in trained.items()
        }
    }
    results["training"]["ours"]["spacy_pipeline_mib"] = directory_mib(SPACY_PIPELINE)
    (state / "ours").mkdir()
    (state / "reference-server").mkdir()
    with ExitStack() as stack:
        print("starting ours, then the reference ...", flush=True)
        bots = [
            stack.enter_context(our_bot(state / "ours", trained["ours"].model)),
            stack.enter_context(
                reference_bot(
                    state / "reference-server", reference_project, trained["reference"].model
                )
            ),
        ]
        results["cold_start"] = {bot.name: bot.start_up for bot in bots}
        print("sequential conversations, alternating ...", flush=True)
        warm_up(bots)
        turns = sequential_phase(bots)
        results["memory_mib_after_warm_up"] = {bot.name: memory(bot) for bot in bots}
        results["sequential"] = {
            bot.name: {
                **summary([t.seconds for t in turns[bot.name]]),
                "messages": len(turns[bot.name]),
                "errors": sum(1 for t in turns[bot.name] if t.error),
                "latencies_ms": [round(t.seconds * 1000, 2) for t in turns[bot.name]],
            }
            for bot in bots
        }
        results["concurrency"] = {bot.name: [] for bot in bots}
        for clients in CONCURRENCY_LEVELS:
            print(f"concurrency {clients}: ours, then the reference ...", flush=True)
            for bot in bots:
                results["concurrency"][bot.name].append(concurrency_level(bot, clients))
        results["memory_mib_after_concurrency"] = {bot.name: memory(bot) for bot in bots}
    return results


def main() -> None:
    started = time.perf_counter()
    # No telemetry calls from the Rasa processes we start: they would add network waits.
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    state = Path(tempfile.mkdtemp(prefix="icp-bench-"))
    # Rasa and TensorFlow leave temporary files (unpacked models, autograph code): keep them here.
    (state / "tmp").mkdir()
    os.environ["TMPDIR"] = str(state / "tmp")
    info = machine()
    results = measure(state)
    results.update(
        machine=info,
        load_average_at_end=os.getloadavg(),
        wall_seconds=time.perf_counter() - started,
        logs=str(state),
    )
    rows = table_rows(results)
    results["targets"] = [
        {
            "metric": r.metric,
            "ours": r.ours,
            "reference": r.reference,
            "target": str(r.target),
            "holds": r.target.holds(r.ours, r.reference),
        }
        for r in rows
        if r.target
    ]
    results["notes"] = notes(results)
    reports = ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "bench.json").write_text(json.dumps(results, indent=2))
    plot(results, reports / "bench.png")
    print()
    print(format_table(rows))
    print()
    for note in results["notes"]:
        print(f"- {note}")
    print(
        f"\nWall time {results['wall_seconds']:.0f} s; logs in {state}; "
        f"wrote reports/bench.json and reports/bench.png"
    )


if __name__ == "__main__":
    main()
