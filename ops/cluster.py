"""Scale-out on one machine, the documented Rasa way: several Rasa servers behind a round-robin
nginx proxy, sharing a PostgreSQL tracker store and a Redis lock store, with one action server.

`make run-cluster` runs `python -m ops.cluster up` (Ctrl-C or TERM stops everything). PostgreSQL,
Redis and nginx come from Debian packages (`ops/ensure_debian_packages.sh` installs them);
everything listens on 127.0.0.1 and keeps its state under var/cluster/. Tests use the same
functions.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from glob import glob
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

from project_paths import ROOT

NGINX_CONF = """
worker_processes 1;
pid {state}/nginx.pid;
error_log {state}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {state}/nginx-body;
    proxy_temp_path {state}/nginx-proxy;
    fastcgi_temp_path {state}/nginx-fastcgi;
    uwsgi_temp_path {state}/nginx-uwsgi;
    scgi_temp_path {state}/nginx-scgi;
    # Per-client rate limit: one client flooding cannot starve the others. A person chatting sends
    # a message every few seconds; 2/s with a burst of 10 is far above that and far below what
    # two Rasa servers on 2 cores can serve (about 20/s, make bench-cluster).
    limit_req_zone $binary_remote_addr zone=per_client:10m rate={rate}r/s;
    limit_req_status 429;
    upstream rasa {{
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 64k;
        location / {{
            limit_req zone=per_client burst={burst} nodelay;
            proxy_pass http://rasa;
            proxy_connect_timeout 5s;
            proxy_read_timeout 60s;
            proxy_next_upstream error timeout;
        }}
    }}
}}
"""


def _postgres_bin(name: str) -> str:
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        sys.exit(
            "PostgreSQL is missing: run ops/ensure_debian_packages.sh (apt-get install postgresql)"
        )
    return found[-1]


def _as_postgres(args: List[str], **kwargs) -> subprocess.CompletedProcess:
    # PostgreSQL refuses to run as root: run it as the Debian package's "postgres" user.
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + args, check=True, capture_output=True, text=True, **kwargs)


@contextmanager
def postgres(state: Path, port: int) -> Iterator[str]:
    """A PostgreSQL server with an empty `rasa` database; yields its host:port.

    Its data lives in a fresh temporary folder that the "postgres" user can reach (the caller's
    `state` folder may be private to root), and is removed afterwards."""
    scratch = Path(tempfile.mkdtemp(prefix="icp-postgres-"))
    scratch.chmod(0o755)
    data = scratch / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    _as_postgres([_postgres_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"])
    _as_postgres(
        [
            _postgres_bin("pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(data / "server.log"),
            "-w",
            "-o",
            f"-p {port} -k {data} -c listen_addresses=127.0.0.1",
            "start",
        ]
    )
    try:
        _as_postgres(
            [
                _postgres_bin("createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "rasa",
            ]
        )
        yield f"127.0.0.1:{port}"
    finally:
        _as_postgres([_postgres_bin("pg_ctl"), "-D", str(data), "-m", "fast", "stop"])
        shutil.copy(data / "server.log", state / "postgres.log")
        shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def redis(state: Path, port: int) -> Iterator[str]:
    """A Redis server (no persistence: it only holds conversation locks); yields host:port."""
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(state),
        ],
        stdout=(state / "redis.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(100):
            if (
                subprocess.run(
                    ["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True
                ).stdout.strip()
                == "PONG"
            ):
                break
            time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


@contextmanager
def nginx(
    state: Path, port: int, rasa_urls: List[str], rate: int = 2, burst: int = 10
) -> Iterator[str]:
    """nginx round-robin over the Rasa servers with a per-client rate limit; yields its URL."""
    servers = "\n".join(f"        server {u.split('://')[1]};" for u in rasa_urls)
    conf = state / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(state=state, rate=rate, burst=burst, servers=servers, port=port)
    )
    subprocess.run(["nginx", "-p", str(state), "-c", str(conf), "-g", "daemon on;"], check=True)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        subprocess.run(["nginx", "-p", str(state), "-c", str(conf), "-s", "quit"], check=False)


def endpoints_yml(action_url: str, postgres_hostport: str, redis_hostport: str) -> str:
    """The endpoints every Rasa server of the cluster shares."""
    from ops.servers import shipped_endpoints

    pg_host, pg_port = postgres_hostport.split(":")
    redis_host, redis_port = redis_hostport.split(":")
    return (
        shipped_endpoints(
            action_url,
            dialect="postgresql",
            url=pg_host,
            port=int(pg_port),
            db="rasa",
            username="postgres",
        )
        + f"lock_store:\n  type: redis\n  url: {redis_host}\n  port: {redis_port}\n  db: 0\n"
    )


@contextmanager
def running_cluster(
    state: Path,
    proxy_port: int = 0,
    rasa_ports: Tuple[int, int] = (0, 0),
    action_port: int = 0,
    postgres_port: int = 0,
    redis_port: int = 0,
    rate: int = 2,
    burst: int = 10,
) -> Iterator[Dict[str, object]]:
    """PostgreSQL, Redis, one action server, two Rasa servers sharing them, and nginx in front.
    Port 0 picks a free port. Yields the URLs: `proxy`, `servers`, `actions`, `postgres`,
    `redis`."""
    from ops.servers import free_port, running_actions, running_rasa

    with ExitStack() as stack:
        pg = stack.enter_context(postgres(state, postgres_port or free_port()))
        rd = stack.enter_context(redis(state, redis_port or free_port()))
        action_url = stack.enter_context(running_actions(state, port=action_port))
        endpoints = state / "endpoints.yml"
        endpoints.write_text(endpoints_yml(action_url, pg, rd))
        servers = [
            stack.enter_context(running_rasa(state, endpoints=endpoints, port=p))
            for p in rasa_ports
        ]
        proxy = stack.enter_context(nginx(state, proxy_port or free_port(), servers, rate, burst))
        yield {
            "proxy": proxy,
            "servers": servers,
            "actions": action_url,
            "postgres": pg,
            "redis": rd,
        }


def main(argv: List[str]) -> None:
    """`up`: starts the whole cluster in the foreground until Ctrl-C or TERM."""
    if argv != ["up"]:
        sys.exit("usage: python -m ops.cluster up")
    state = ROOT / "var" / "cluster"
    state.mkdir(parents=True, exist_ok=True)

    def stop(*_):
        raise KeyboardInterrupt

    # Ctrl-C, and TERM from a supervisor, stop everything (a background job ignores SIGINT).
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    with running_cluster(
        state,
        proxy_port=8000,
        rasa_ports=(5006, 5007),
        action_port=5055,
        postgres_port=5433,
        redis_port=6380,
    ) as cluster:
        print(
            f"\n  Cluster up: nginx {cluster['proxy']} -> Rasa {', '.join(cluster['servers'])}; "
            f"PostgreSQL {cluster['postgres']}; Redis {cluster['redis']}; "
            f"actions {cluster['actions']}.\n"
            f"  Chat: POST {cluster['proxy']}/webhooks/rest/webhook. "
            "Ctrl-C stops everything.\n",
            flush=True,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(sys.argv[1:])
