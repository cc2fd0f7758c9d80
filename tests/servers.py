"""Starts the real action server and Rasa server on 127.0.0.1 for tests, and stops them."""
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

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


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@contextmanager
def running_assistant(workdir: Path) -> Iterator[str]:
    """Yields the Rasa server's base URL while both servers run."""
    if not MODEL.exists():
        raise RuntimeError(f"{MODEL} is missing: run `make train` (make test does it)")
    action_port, rasa_port = free_port(), free_port()
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n')
    env = {**os.environ, "SANIC_HOST": "127.0.0.1", "TF_CPP_MIN_LOG_LEVEL": "3",
           "ICP_SUPPORT_CONTACT": "support@example.com"}
    action_log, rasa_log = workdir / "actions.log", workdir / "rasa.log"
    actions = subprocess.Popen(
        [RASA, "run", "actions", "--port", str(action_port)], cwd=ROOT, env=env,
        stdout=action_log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
    rasa = subprocess.Popen(
        [RASA, "run", "-i", "127.0.0.1", "-p", str(rasa_port), "--model", str(MODEL),
         "--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")],
        cwd=ROOT, env=env, stdout=rasa_log.open("w"), stderr=subprocess.STDOUT,
        start_new_session=True)
    try:
        _wait_until_up(f"http://127.0.0.1:{action_port}/health", actions, action_log)
        _wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa, rasa_log)
        yield f"http://127.0.0.1:{rasa_port}"
    finally:
        _stop(rasa)
        _stop(actions)
