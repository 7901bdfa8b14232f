#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh Debian machine, then runs every test.
#   tests/run.sh [dotnet test options]        e.g. tests/run.sh --filter FullyQualifiedName~Feed
# Needs the .NET 10 SDK. Installs with apt only what is missing:
#   chromium  the emulator's browser tests drive Debian's /usr/bin/chromium (never a browser Playwright downloads)
#   nginx     the reverse-proxy tests run the feed behind a real /usr/sbin/nginx
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "tests/run.sh: the .NET 10 SDK is missing (dotnet not on PATH); install it from https://dot.net" >&2
  exit 2
fi

# package name -> the file the tests use
declare -A wanted=([chromium]=/usr/bin/chromium [nginx]=/usr/sbin/nginx)
missing=()
for package in chromium nginx; do
  if [ -x "${wanted[$package]}" ]; then
    echo "== $package: ${wanted[$package]} is there"
  else
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "tests/run.sh: ${missing[*]} missing and no apt-get here; install them so that ${wanted[${missing[0]}]} exists" >&2
    exit 2
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  echo "== installing ${missing[*]} with apt-get (apt-get update first)"
  $sudo apt-get update -q
  $sudo apt-get install -y -q "${missing[@]}"
  for package in "${missing[@]}"; do
    if [ ! -x "${wanted[$package]}" ]; then
      echo "tests/run.sh: installed $package but ${wanted[$package]} is still missing" >&2
      exit 2
    fi
  done
fi

echo "== .NET SDK $(dotnet --version): dotnet test Ticker.sln $*"
exec dotnet test Ticker.sln "$@"
