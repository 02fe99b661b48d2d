#!/usr/bin/env bash
# Scores quote extraction on PolNeAR dev and train and on the seeds, through the CLI contract that users and the
# scorer rely on (`./newsquote extract --json`, so page cleaning, titles and dates are the shipped ones): packages the
# CLI (tests and the AOT training skipped), writes predictions to $OUT (default /tmp/newsquote-eval) and runs the
# shared scorer. Usage: scripts/score-extraction.sh [--misses N]   (NO_BUILD=1 scores the CLI as last packaged;
# NEWSQUOTE_JAVA_OPTS adds JVM options to the prediction runs.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
out="${OUT:-/tmp/newsquote-eval}"
mkdir -p "$out"
cd "$here"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  mvn -q -B -pl core,cli -am -DskipTests -Dnewsquote.aot.skip -Dstyle.color=never package >/dev/null
fi
score() {
  python3 "$shared/eval/score_quotes.py" "$1" "$2" "${@:3}"
}
for split in dev train; do
  ./newsquote extract --json "$shared/corpus/polnear/$split/articles.jsonl" > "$out/$split.pred.jsonl"
  echo "== polnear $split"
  score "$shared/corpus/polnear/$split/gold.jsonl" "$out/$split.pred.jsonl" "$@"
done
# The seeds folder also holds its gold file, which is not an article.
./newsquote extract --json --exclude gold.jsonl "$shared/corpus/seeds" > "$out/seeds.pred.jsonl"
echo "== seeds"
score "$shared/corpus/seeds/gold.jsonl" "$out/seeds.pred.jsonl" "$@"
