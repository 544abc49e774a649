#!/usr/bin/env bash
# The scale case, outside make check-slow, says why it skips.
env -u SLOW bash "$CASEDIR/scale.sh"
echo "exit $?"
