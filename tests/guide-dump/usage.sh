#!/usr/bin/env bash
# Bad options exit 2 with the synopsis; --help and --version exit 0.
set -euo pipefail
guide-dump --help
guide-dump --version | sed 's/ [0-9.]*$/ VERSION/'
rc=0
guide-dump -x t 2>err || rc=$?
echo "exit $rc"
cat err >&2
