#!/usr/bin/env bash
# In-process query latency (JMH, sample time, after warm-up): p50 and p99 of a term, a phrase, a boolean, a
# speaker+quote quote search, a date range and a facet query, each with highlighted snippets of the top 10.
#
# usage: bench/query-latency.sh INDEX_DIR [extra JMH options, e.g. -wi 2 -i 3 -r 1s]
# env:   HARNESS=0 skips QueryLatency (interleaved queries, wall and CPU time per query: steadier on a busy machine)
#        THREADS=N (N >= 2): each search uses N threads through an executor (NewsSearcher.open(Path, Parallelism)), in
#        JMH and the harness; the harness's CPU time is then summed over the N threads. Unset: one thread per search.
source "$(dirname "$0")/lib.sh"
index="$(readlink -f "$1")"
shift
require_built
result="$out_root/query-latency-$(basename "$index").json"
machine_line
echo "index: $index ($(du -sh "$index" | cut -f1))"
"$JAVA" -cp "$BENCH_CP" org.openjdk.jmh.Main QueryBench -p "index=$index" -p "threads=${THREADS:-1}" -rf json -rff "$result" "$@" \
  > "$out_root/query-latency.log" 2>&1 || { tail -n 30 "$out_root/query-latency.log" >&2; exit 2; }
python3 - "$result" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
print(f"{'query':<14} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} {'samples':>8}")
for r in rows:
    m = r['primaryMetric']
    p = m['scorePercentiles']
    n = sum(c for fork in m.get('rawDataHistogram', []) for it in fork for _, c in it)
    print(f"{r['params']['query']:<14} {p['50.0']:8.2f} {p['99.0']:8.2f} {m['score']:8.2f} {n:8d}")
PY
if [[ "${HARNESS:-1}" == 1 ]]; then
  echo "harness (QueryLatency, wall and thread CPU time):"
  "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g -XX:+UseParallelGC -cp "$BENCH_CP" org.newsquote.bench.QueryLatency \
    ${THREADS:+--threads=$THREADS} "$index" "${ROUNDS:-200}" "${WARMUP:-100}" 2>&1 | grep -v -e 'VectorizationProvider' -e 'incubator module'
fi
