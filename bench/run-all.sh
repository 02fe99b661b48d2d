#!/usr/bin/env bash
# Every benchmark at one corpus size, in one run, written to bench-out/results-N.txt: corpus (made if missing),
# indexing throughput against the bare-Lucene baseline, index size, query latency, CLI wall time against rg/grep.
#
# usage: bench/run-all.sh N [REPS=3]      e.g. bench/run-all.sh 100000; bench/run-all.sh 1000000 1
# env:   as the scripts it runs (THREADS, HEAP, PROFILE, GREP); JMH_OPTS for query-latency.sh
source "$(dirname "$0")/lib.sh"
n="$1"
reps="${2:-3}"
require_built
corpus="$out_root/c$n"
if [[ ! -f "$corpus/articles.jsonl" || ! -d "$corpus/files" ]]; then
  python3 "$repo/bench/scale-corpus.py" "$n" "$corpus" --files
fi
results="$out_root/results-$n.txt"
{
  echo "== indexing throughput"
  "$repo/bench/index-throughput.sh" "$corpus/articles.jsonl" "$reps"
  index="$out_root/idx-$n"
  rm -rf "$index"
  mv "$out_root/index-throughput/newsquote" "$index"
  echo "== index size"
  "$repo/bench/index-size.sh" "$index" "$corpus/articles.jsonl"
  echo "== query latency"
  # shellcheck disable=SC2086 # JMH_OPTS is a list of options
  "$repo/bench/query-latency.sh" "$index" ${JMH_OPTS:-}
  echo "== CLI wall time"
  "$repo/bench/cli-search.sh" "$index" "$corpus/files"
} 2>&1 | tee "$results"
echo "written: $results"
