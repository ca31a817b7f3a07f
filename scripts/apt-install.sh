#!/usr/bin/env bash
# Installs the named Debian packages (as root, or through sudo); does nothing when none are named.
set -euo pipefail
[ $# -eq 0 ] && exit 0
echo "installing Debian packages: $*" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
