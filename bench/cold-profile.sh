#!/usr/bin/env bash
# JFR profile of N cold CLI runs, with the AOT cache ON. -XX:StartFlightRecording adds the jdk.jfr module, and a cache
# trained without it is then refused for the application classes ("Mismatched values for property jdk.module.addmods
# ... Disabling optimized module handling"): a plain JFR recording of a cold run profiles a JVM that loads every class
# from the jars, not the one users run. This script trains a second cache with JFR on (same training query as the
# build), records N runs with it, and writes one recording (the runs' files concatenated).
#
# usage: bench/cold-profile.sh N OUT.jfr ARGS...   e.g. bench/cold-profile.sh 12 /tmp/s.jfr search --index IDX oil
# Read it with `jfr summary`, `jfr print --events jdk.ExecutionSample`, or jdk.jfr.consumer.RecordingFile.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="$1"
out="$2"
shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
NEWSQUOTE_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/training.jfr" NEWSQUOTE_AOT_OUTPUT="$work/jfr.aot" \
  "$repo/newsquote" search --index "$repo/cli/target/aot-training-index" --color=always \
  'speaker:kirby OR "NATO territory" OR sanction* OR date:[2020 TO 2026]' > /dev/null 2>&1 || true
for ((i = 1; i <= n; i++)); do
  NEWSQUOTE_JAVA_OPTS="-XX:AOTCache=$work/jfr.aot -XX:StartFlightRecording=filename=$work/run$i.jfr,settings=profile,jdk.ExecutionSample#period=1ms" \
    "$repo/newsquote" "$@" > /dev/null 2>&1 || true
done
cat "$work"/run*.jfr > "$out"
echo "bench: $n runs recorded in $out"
