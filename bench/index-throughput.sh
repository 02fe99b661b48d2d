#!/usr/bin/env bash
# Indexing throughput: `newsquote index --full` (reading, quote extraction, all fields) against the bare-Lucene
# baseline (same text, same analyzer, same threads, body with positions + offsets, no extraction), alternated in one
# run so that both see the same machine load. Prints the medians, the ratio, peak RSS and index sizes.
#
# usage: bench/index-throughput.sh CORPUS.jsonl [REPS=3]
# env:   THREADS (default nproc), HEAP (default 2g, both sides), PROFILE=1 records a JFR profile of the newsquote run,
#        INDEX_ARGS more options for `newsquote index` (e.g. --no-merge: the baseline does not merge its segments)
source "$(dirname "$0")/lib.sh"
corpus="$(readlink -f "$1")"
reps="${2:-3}"
threads="${THREADS:-$(nproc)}"
heap="${HEAP:-2g}"
require_built
work="$out_root/index-throughput"
mkdir -p "$work"
rm -f "$work/index.jfr" # a profile left by an earlier run must not be reported as this one's
machine_line
raw="$(text_bytes "$corpus")"
echo "corpus: $corpus, $(wc -l < "$corpus") articles, $((raw / 1000000)) MB of text; $threads threads, -Xmx$heap, $reps reps"

declare -a base_t nq_t base_rss nq_rss base_cpu nq_cpu
for ((r = 1; r <= reps; r++)); do
  rm -rf "$work/baseline" "$work/newsquote"
  timed "$JAVA" --enable-native-access=ALL-UNNAMED "-Xmx$heap" -cp "$BENCH_CP" org.newsquote.bench.BareLuceneIndex \
    --index "$work/baseline" --threads "$threads" "$corpus" 2> "$work/baseline.err" > "$work/baseline.out"
  base_t+=("$WALL"); base_rss+=("$RSS_MB"); base_cpu+=("$CPU")
  profile=""
  if [[ "${PROFILE:-0}" == 1 && $r == 1 ]]; then
    profile="-XX:StartFlightRecording=filename=$work/index.jfr,settings=profile"
  fi
  NEWSQUOTE_JAVA_OPTS="-Xmx$heap $profile ${NEWSQUOTE_JAVA_OPTS:-}" timed "$repo/newsquote" index --full ${INDEX_ARGS:-} \
    --index "$work/newsquote" --threads "$threads" "$corpus" > "$work/newsquote.out" 2> "$work/newsquote.err"
  nq_t+=("$WALL"); nq_rss+=("$RSS_MB"); nq_cpu+=("$CPU")
  echo "rep $r: baseline ${base_t[-1]} s wall, ${base_cpu[-1]} s CPU, ${base_rss[-1]} MB RSS;" \
    "newsquote ${nq_t[-1]} s wall, ${nq_cpu[-1]} s CPU, ${nq_rss[-1]} MB RSS"
done
bt="$(median "${base_t[@]}")"
nt="$(median "${nq_t[@]}")"
bsize="$(du -sb "$work/baseline" | cut -f1)"
nsize="$(du -sb "$work/newsquote" | cut -f1)"
docs="$(wc -l < "$corpus")"
awk -v bt="$bt" -v nt="$nt" -v d="$docs" -v raw="$raw" -v bs="$bsize" -v ns="$nsize" \
    -v brss="$(median "${base_rss[@]}")" -v nrss="$(median "${nq_rss[@]}")" \
    -v bc="$(median "${base_cpu[@]}")" -v nc="$(median "${nq_cpu[@]}")" 'BEGIN {
  printf "median wall: baseline %.2f s (%.0f docs/s, %.2f MB/s), newsquote index %.2f s (%.0f docs/s, %.2f MB/s)\n",
    bt, d/bt, raw/1e6/bt, nt, d/nt, raw/1e6/nt
  printf "throughput ratio newsquote/baseline: %.2fx by wall time (target >= 0.80); %.2fx by CPU time (%.1f s vs %.1f s)\n",
    bt/nt, bc/nc, nc, bc
  printf "peak RSS median: baseline %d MB, newsquote index %d MB\n", brss, nrss
  printf "index size: newsquote %.1f MB = %.2fx raw text; baseline %.1f MB = %.2fx raw text (target newsquote <= 1.00x)\n",
    ns/1e6, ns/raw, bs/1e6, bs/raw
}'
tail -n 2 "$work/newsquote.out"
if [[ -f "$work/index.jfr" ]]; then "$(dirname "$0")/jfr-top.sh" "$work/index.jfr"; fi
