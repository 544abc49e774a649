#!/usr/bin/env bash
# Two assignments named: a zip of those two.
set -euo pipefail
export SOURCE_DATE_EPOCH=1780315200 EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY
export-assessment "$FIXTURES/demo-course" ch1 loops >two.zip 2>/dev/null
python3 -c 'import zipfile; print(zipfile.ZipFile("two.zip").namelist())'
