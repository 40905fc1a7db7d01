#!/usr/bin/env bash
# The test command (README "Run the tests"): installs what the tests need, then runs them.
#   bash scripts/test.sh            # everything
#   bash scripts/test.sh -k sandbox # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the tests use for real: Chromium (review UI tests through Playwright)
# and redis-server (distributed crawl). Installed from Debian when missing.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} from Debian" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    need=()
  else
    # Cannot install here (no root or no apt): the tests that need them skip, each
    # naming what is missing; everything else runs.
    echo "warning: missing ${need[*]} and cannot install them here" \
      "(as root: apt-get install ${need[*]}); the tests that need them will skip" >&2
  fi
fi
# Installed: a test that still finds one missing fails rather than skips.
if [ ${#need[@]} -eq 0 ]; then
  export NEPHELPDESK_TEST_REQUIRE_ALL=1
fi

# The project's virtual environment, with the test extras.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

# Tests never touch the internet.
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""
exec .venv/bin/python -m pytest "$@"
