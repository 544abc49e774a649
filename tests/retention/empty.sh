#!/usr/bin/env bash
# Empty input, either format, gives empty output.
retention --now 2026-06-01T00:00:00Z </dev/null | wc -c
retention -c --now 2026-06-01T00:00:00Z </dev/null | wc -c
