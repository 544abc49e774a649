#!/usr/bin/env bash
# Scale (make check-slow): a generated course of 1,000,000 events.  The
# export holds exactly the access events since the cutoff that jq counts,
# in time order, and extract-access's peak memory stays under 8 MB, as it
# does for a log of any length in time order.
[ -n "${SLOW:-}" ] || { echo "slow case: run by make check-slow" >&2; exit 77; }
set -euo pipefail
"$FIXTURES/gen-course" --seed 3 --events 1000000 --students 100 \
    --assessments 1 --attempts 1 c >/dev/null
export SOURCE_DATE_EPOCH=1780315200
mkdir tmp
TMPDIR=$PWD/tmp export-access --plain c >access.csv 2>/dev/null
[ -z "$(ls -A tmp)" ]
rows=$(($(wc -l <access.csv) - 1))
# jq's count: the four types, users on the roster, at or after the cutoff
# (the cutoff's UTC text compared with each time made UTC by jq).
cut=$(retention -P)
want=$(jq -rn --slurpfile ids <(mlr --icsv --ojson cut -f user_id c/users.csv) '
    ($ids[0] | map({(.user_id | tostring): true}) | add) as $roster
    | [inputs | select(.type | IN("login", "logout", "project_open", "project_close"))
    | select($roster[.user_id])
    | .time | sub("\\.[0-9]+"; "")
    | (if test("Z$") then fromdateiso8601
       else (.[0:19] + "Z" | fromdateiso8601) - ((.[19:20] + "1" | tonumber) *
           ((.[20:22] | tonumber) * 3600 + (.[23:25] | tonumber) * 60)) end)
    | select(. >= ($ARGS.named.cut | fromdateiso8601))] | length' \
    --arg cut "$cut" c/events.ndjson)
echo "rows: $rows, jq: $want"
[ "$rows" -eq "$want" ]
# In time order: the UTC instants of Date_Time never go back.
# shellcheck disable=SC2016 # mlr's own $ fields
mlr --icsv --onidx put -q '
    s = strptime(substr1($Date_Time, 1, 19) . "Z", "%Y-%m-%dT%H:%M:%SZ");
    o = substr1($Date_Time, 20, 25);
    print s - (substr1(o, 1, 1) == "-" ? -1 : 1) *
        ((int("1" . substr1(o, 2, 3)) - 100) * 3600 +
        (int("1" . substr1(o, 5, 6)) - 100) * 60)' access.csv |
    sort -c -n && echo "in time order"
/usr/bin/time -f %M -o mem extract-access -c c/course.json -u c/users.csv \
    c/events.ndjson >/dev/null 2>&1
[ "$(cat mem)" -lt 8192 ] && echo "peak memory under 8 MB"
