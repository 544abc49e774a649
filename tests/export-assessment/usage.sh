#!/usr/bin/env bash
# Bad command lines.
export EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY
export-assessment; echo "exit $?"
export-assessment --bogus "$FIXTURES/demo-course"; echo "exit $?"
export-assessment "$FIXTURES/demo-course" --now; echo "exit $?"
export-assessment --help
