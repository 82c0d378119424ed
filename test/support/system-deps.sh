#!/usr/bin/env bash
# Installs the Debian packages the test suite runs for real (never mocked, never skipped): run by `npm test`
# before Jest. Each package is installed only when its command or file is missing, so a warm machine pays
# nothing. Add a package as "check-path:debian-package".
set -euo pipefail
NEEDED=(
  "/usr/bin/git:git"
  "/usr/bin/unzip:unzip"
  "/usr/bin/ssh-keygen:openssh-client"
  "/usr/sbin/nginx:nginx"
  "/usr/bin/prometheus:prometheus"
  "/usr/bin/chromium:chromium"
  "/usr/bin/bwrap:bubblewrap"
  "/usr/bin/zsh:zsh"
  "/usr/bin/fish:fish"
  "/usr/bin/script:bsdutils"
  "/usr/bin/redis-server:redis-server"
  "/usr/bin/kubectl:kubectl"
  "/usr/lib/postgresql:postgresql"
)
missing=()
for entry in "${NEEDED[@]}"; do
  path="${entry%%:*}" pkg="${entry#*:}"
  [ -e "$path" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
