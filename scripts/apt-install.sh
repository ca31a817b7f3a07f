#!/usr/bin/env bash
# Installs the named Debian packages (as root, or through sudo); does nothing when none are named. When another apt
# holds the package lock (an unattended upgrade, another install), it waits for it rather than failing at once.
set -euo pipefail
[ $# -eq 0 ] && exit 0
echo "installing Debian packages: $* (this takes a few minutes the first time)" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
lock_wait=(-o DPkg::Lock::Timeout="${APT_LOCK_TIMEOUT:-600}")
echo "apt-get update ..." >&2
$sudo apt-get "${lock_wait[@]}" update -qq
echo "apt-get install $* ..." >&2
$sudo apt-get "${lock_wait[@]}" install -y -qq --no-install-recommends "$@" >/dev/null
echo "installed: $*" >&2
