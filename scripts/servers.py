"""Starts the real action server and Rasa server on 127.0.0.1 (for tests and the cluster), and
stops them."""
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, Sequence

import requests

ROOT = Path(__file__).resolve().parents[1]
RASA = str(Path(sys.executable).with_name("rasa"))
MODEL = ROOT / "models" / "icp.tar.gz"


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
        time.sleep(0.5)
    raise RuntimeError(f"server not up after {timeout}s; log:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def _env():
    return {**os.environ, "SANIC_HOST": "127.0.0.1", "TF_CPP_MIN_LOG_LEVEL": "3",
            "ICP_SUPPORT_CONTACT": "support@example.com"}


@contextmanager
def running_actions(workdir: Path, port: int = 0) -> Iterator[str]:
    """Yields the action server's webhook URL while it runs."""
    port = port or free_port()
    log = workdir / f"actions-{port}.log"
    process = subprocess.Popen(
        [RASA, "run", "actions", "--port", str(port)], cwd=ROOT, env=_env(),
        stdout=log.open("a"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/health", process, log)
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        _stop(process)


@contextmanager
def running_rasa(workdir: Path, action_url: str = "", cors: Sequence[str] = (),
                 port: int = 0, stop_signal: int = signal.SIGTERM,
                 env: Optional[dict] = None, endpoints: Optional[Path] = None,
                 extra_args: Sequence[str] = ()) -> Iterator[str]:
    """Yields the Rasa server's base URL while it runs, calling actions at `action_url`,
    accepting browser requests from the `cors` origins, and keeping conversations in an SQLite
    tracker store in `workdir` (as endpoints.yml does in var/) unless `endpoints` says otherwise."""
    if not MODEL.exists():
        raise RuntimeError(f"{MODEL} is missing: run `make train` (make test does it)")
    port = port or free_port()
    if endpoints is None:
        endpoints = workdir / f"endpoints-{port}.yml"
        endpoints.write_text(
            f'action_endpoint:\n  url: "{action_url}"\n'
            f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{workdir / "conversations.db"}"\n')
    log = workdir / f"rasa-{port}.log"
    process = subprocess.Popen(
        [RASA, "run", "-i", "127.0.0.1", "-p", str(port), "--model", str(MODEL),
         "--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")]
        + (["--cors", *cors] if cors else []) + list(extra_args),
        cwd=ROOT, env={**_env(), **(env or {})}, stdout=log.open("a"), stderr=subprocess.STDOUT,
        start_new_session=True)
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process, stop_signal)


@contextmanager
def running_assistant(workdir: Path, cors: Sequence[str] = ()) -> Iterator[str]:
    """Yields the Rasa server's base URL while it and its action server run."""
    with running_actions(workdir) as action_url, \
            running_rasa(workdir, action_url, cors) as base_url:
        yield base_url
