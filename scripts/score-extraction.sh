#!/usr/bin/env bash
# Scores quote extraction on PolNeAR dev and train and on the seeds: builds core's test classes, writes predictions
# to $OUT (default /tmp/newsquote-eval) and runs the shared scorer. Usage: scripts/score-extraction.sh [--misses N]
# JOPTS adds JVM options to the prediction runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
out="${OUT:-/tmp/newsquote-eval}"
mkdir -p "$out"
cd "$here"
mvn -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
java_bin="${NEWSQUOTE_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}"
java_bin="${java_bin:-java}"
cp="core/target/test-classes:core/target/classes:$(cat "$out/cp.txt")"
run() { "$java_bin" ${JOPTS:-} -cp "$cp" org.newsquote.extract.EvalMain "$@"; }
for split in dev train; do
  run "$shared/corpus/polnear/$split/articles.jsonl" "$out/$split.pred.jsonl"
  echo "== polnear $split"
  python3 "$shared/eval/score_quotes.py" "$shared/corpus/polnear/$split/gold.jsonl" "$out/$split.pred.jsonl" "$@"
done
run "$shared/corpus/seeds" "$out/seeds.pred.jsonl"
echo "== seeds"
python3 "$shared/eval/score_quotes.py" "$shared/corpus/seeds/gold.jsonl" "$out/seeds.pred.jsonl" "$@" | grep -v '^\(date\|title\|outlet\) wrong'
