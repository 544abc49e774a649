#!/usr/bin/env bash
# One assignment named: its CSV alone, in the teacher's download form, with
# the demo's clock and key (attempts and activity before 2025-12-01T12:00Z
# left out).
cd "$FIXTURES" || exit
SOURCE_DATE_EPOCH=1780315200 EXPORT_KEY_FILE=demo-key.DEMO-ONLY \
    export-assessment demo-course operators
