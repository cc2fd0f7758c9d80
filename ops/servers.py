"""Starts the real action server and Rasa server on 127.0.0.1 (for tests, the cluster and the
bench), and stops them."""

import os
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, NamedTuple, Optional, Sequence

import requests
import yaml

from project_paths import MODEL, RASA_EXECUTABLE, ROOT

SHIPPED_ENDPOINTS = yaml.safe_load((ROOT / "endpoints.yml").read_text())
SHIPPED_TRACKER_STORE = SHIPPED_ENDPOINTS["tracker_store"]["type"]


def shipped_endpoints(action_url: str, **tracker_store: object) -> str:
    """endpoints.yml as shipped (action server options, tracker store class), with this action
    server URL and these tracker store settings (dialect, db, …)."""
    endpoints = {
        "action_endpoint": {**SHIPPED_ENDPOINTS["action_endpoint"], "url": action_url},
        "tracker_store": {"type": SHIPPED_TRACKER_STORE, **tracker_store},
    }
    return yaml.safe_dump(endpoints, sort_keys=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early; log:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)  # short, so that the bench's cold-start times are not rounded up
    raise RuntimeError(f"server not up after {timeout}s; log:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def _env():
    return {
        **os.environ,
        "SANIC_HOST": "127.0.0.1",
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "ICP_SUPPORT_CONTACT": "support@example.com",
    }


class Server(NamedTuple):
    url: str
    pid: int  # leads the server's process group


@contextmanager
def _serving(
    args: List[str],
    cwd: Path,
    env: dict,
    log: Path,
    health_url: str,
    stop_signal: int = signal.SIGTERM,
) -> Iterator[int]:
    """Runs `args` in its own process group until the context ends; yields its pid once
    `health_url` answers."""
    process = subprocess.Popen(
        args,
        cwd=cwd,
        env=env,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_until_up(health_url, process, log)
        yield process.pid
    finally:
        _stop(process, stop_signal)


@contextmanager
def action_server(workdir: Path, port: int = 0) -> Iterator[Server]:
    """The action server while it runs; its URL is the webhook Rasa calls."""
    port = port or free_port()
    with _serving(
        [RASA_EXECUTABLE, "run", "actions", "--port", str(port)],
        ROOT,
        _env(),
        workdir / f"actions-{port}.log",
        f"http://127.0.0.1:{port}/health",
    ) as pid:
        yield Server(f"http://127.0.0.1:{port}/webhook", pid)


@contextmanager
def running_actions(workdir: Path, port: int = 0) -> Iterator[str]:
    """Yields the action server's webhook URL while it runs."""
    with action_server(workdir, port) as server:
        yield server.url


@contextmanager
def rasa_server(
    workdir: Path,
    action_url: str = "",
    cors: Sequence[str] = (),
    port: int = 0,
    stop_signal: int = signal.SIGTERM,
    env: Optional[dict] = None,
    endpoints: Optional[Path] = None,
    extra_args: Sequence[str] = (),
    model: Path = MODEL,
    project: Path = ROOT,
) -> Iterator[Server]:
    """The Rasa server serving `model` from the `project` directory (its working directory and
    credentials.yml) while it runs, calling actions at `action_url`, accepting browser requests
    from the `cors` origins, and keeping conversations in an SQLite tracker store in `workdir`
    (as endpoints.yml does in var/) unless `endpoints` says otherwise."""
    if not model.exists():
        raise RuntimeError(f"{model} is missing: run `make train` (make test does it)")
    port = port or free_port()
    if endpoints is None:
        endpoints = workdir / f"endpoints-{port}.yml"
        endpoints.write_text(
            shipped_endpoints(action_url, dialect="sqlite", db=str(workdir / "conversations.db"))
        )
    args = (
        [
            RASA_EXECUTABLE,
            "run",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(project / "credentials.yml"),
        ]
        + (["--cors", *cors] if cors else [])
        + list(extra_args)
    )
    with _serving(
        args,
        project,
        {**_env(), **(env or {})},
        workdir / f"rasa-{port}.log",
        f"http://127.0.0.1:{port}/",
        stop_signal,
    ) as pid:
        yield Server(f"http://127.0.0.1:{port}", pid)


@contextmanager
def running_rasa(
    workdir: Path, action_url: str = "", cors: Sequence[str] = (), **options
) -> Iterator[str]:
    """Yields the Rasa server's base URL while it runs (options: see rasa_server)."""
    with rasa_server(workdir, action_url, cors, **options) as server:
        yield server.url


@contextmanager
def running_assistant(workdir: Path, cors: Sequence[str] = ()) -> Iterator[str]:
    """Yields the Rasa server's base URL while it and its action server run."""
    with (
        running_actions(workdir) as action_url,
        running_rasa(workdir, action_url, cors) as base_url,
    ):
        yield base_url
