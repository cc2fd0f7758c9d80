#!/usr/bin/env bash
# Prints a working Python 3.10 interpreter (Rasa 3.6 needs 3.10), or explains what to install.
for candidate in "${PYTHON310:-}" python3.10 "$(command -v pyenv >/dev/null && echo "$(pyenv root)/versions/3.10"*/bin/python3.10 | tr ' ' '\n' | tail -1)" /usr/bin/python3.10 /usr/local/bin/python3.10; do
  [ -n "$candidate" ] || continue
  if "$candidate" -c 'import sys, venv; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
    command -v "$candidate" 2>/dev/null || echo "$candidate"
    exit 0
  fi
done
echo "Python 3.10 not found: Rasa 3.6 needs it. Install it (e.g. 'pyenv install 3.10') or set PYTHON310=/path/to/python3.10." >&2
exit 1
