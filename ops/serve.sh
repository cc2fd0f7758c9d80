#!/usr/bin/env bash
# Starts the action server, the Rasa server (REST channel) and the demo support portal, all on
# 127.0.0.1 only. The Rasa server accepts browser requests only from the origins in
# ICP_CORS_ORIGINS (space-separated; default: the demo portal). `make run` runs it and passes the
# venv's rasa and python as RASA and PY (the Makefile names them, as project_paths.py does for
# Python).
set -euo pipefail
: "${RASA:?start this with make run}" "${PY:?start this with make run}"
cd "$(dirname "$0")/.."  # the project root (a shell script cannot import project_paths)
export SANIC_HOST=127.0.0.1 TF_CPP_MIN_LOG_LEVEL=3
DEMO_PORT="${DEMO_PORT:-8080}"
read -r -a cors <<< "${ICP_CORS_ORIGINS:-http://127.0.0.1:${DEMO_PORT} http://localhost:${DEMO_PORT}}"
# Rasa's HTTP API (trackers, model, ...) stays off unless a token is given for it.
api=()
if [ -n "${ICP_API_TOKEN:-}" ]; then api=(--enable-api --auth-token "$ICP_API_TOKEN"); fi

mkdir -p var  # the SQLite tracker store (endpoints.yml)
"$RASA" run actions --port 5055 &
actions_pid=$!
"$PY" -m http.server "$DEMO_PORT" --bind 127.0.0.1 --directory web > /dev/null 2>&1 &
demo_pid=$!
trap 'kill "$actions_pid" "$demo_pid" 2>/dev/null || true' EXIT INT TERM
cat <<MSG

  The ICP Filing assistant is starting on http://127.0.0.1:5005 (action server on :5055).
  Demo support portal:    http://127.0.0.1:${DEMO_PORT}/demo/   (the chat button is bottom right)
  Chat in a terminal:     make shell          (in another terminal; or stop this and run it alone)
  Chat over HTTP:         curl -s -X POST http://127.0.0.1:5005/webhooks/rest/webhook \\
                            -H 'Content-Type: application/json' \\
                            -d '{"sender": "me", "message": "Do I need an ICP Filing?"}'
  Stop with Ctrl-C.

MSG
"$RASA" run -i 127.0.0.1 -p 5005 --model models/icp.tar.gz \
  --endpoints endpoints.yml --credentials credentials.yml --cors "${cors[@]}" "${api[@]}"
