#!/usr/bin/env bash
# A FIFO or a device as input is refused, never read; stdin is still
# read (here from /dev/null).
mkfifo ff
timeout 5 retention --now 2026-06-01T00:00:00Z ff
echo "exit $?"
timeout 5 retention --now 2026-06-01T00:00:00Z /dev/zero
echo "exit $?"
timeout 5 retention --now 2026-06-01T00:00:00Z - </dev/null
echo "exit $?"
