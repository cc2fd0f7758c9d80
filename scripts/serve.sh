#!/usr/bin/env bash
# Starts the action server and the Rasa server (REST channel), both on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
export SANIC_HOST=127.0.0.1 TF_CPP_MIN_LOG_LEVEL=3
.venv/bin/rasa run actions --port 5055 &
actions_pid=$!
trap 'kill "$actions_pid" 2>/dev/null || true' EXIT INT TERM
cat <<MSG

  The ICP Filing assistant is starting on http://127.0.0.1:5005 (action server on :5055).
  Chat in a terminal:     make shell          (in another terminal; or stop this and run it alone)
  Chat over HTTP:         curl -s -X POST http://127.0.0.1:5005/webhooks/rest/webhook \\
                            -H 'Content-Type: application/json' \\
                            -d '{"sender": "me", "message": "Do I need an ICP Filing?"}'
  Stop with Ctrl-C.

MSG
.venv/bin/rasa run -i 127.0.0.1 -p 5005 --model models/icp.tar.gz \
  --endpoints endpoints.yml --credentials credentials.yml
