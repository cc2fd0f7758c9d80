#!/usr/bin/env bash
# Installs the Debian packages the tests and `make run-cluster` start for real when they are
# missing (we are root with apt on this kind of machine); otherwise says exactly what to install.
#   chromium      browser tests (playwright downloads no browser here)
#   postgresql    the cluster's tracker store
#   redis-server  the cluster's lock store
#   nginx         the cluster's round-robin proxy
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || need+=(postgresql)
command -v redis-server > /dev/null || need+=(redis-server)
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing Debian packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" > /dev/null
  exit 0
fi
echo "Missing Debian packages: ${need[*]}. Install them: sudo apt-get install ${need[*]}" >&2
exit 1
