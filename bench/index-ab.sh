#!/usr/bin/env bash
# Indexing cost of two builds of newsquote, alternated in one run with the bare-Lucene baseline, so that all three
# see the same machine load: per rep the baseline, then each build with the final merge of `index --full` and with
# --no-merge. Prints every run's wall and CPU seconds and the medians of CPU time and of the ratio baseline/newsquote.
#
# usage: bench/index-ab.sh OLD_DIR CORPUS.jsonl [REPS=3]
#   OLD_DIR holds the old build laid out as a worktree (newsquote, cli/target, bench/target); this worktree is "new".
# env:   THREADS (default nproc), HEAP (default 2g), VARIANTS (default "merge nomerge")
source "$(dirname "$0")/lib.sh"
old="$(readlink -f "$1")"
corpus="$(readlink -f "$2")"
reps="${3:-3}"
threads="${THREADS:-$(nproc)}"
heap="${HEAP:-2g}"
variants="${VARIANTS:-merge nomerge}"
require_built
work="$out_root/index-ab"
mkdir -p "$work"
machine_line
echo "corpus: $corpus, $(wc -l < "$corpus") articles; $threads threads, -Xmx$heap, $reps reps; old = $old"
declare -A cpu wall
for ((r = 1; r <= reps; r++)); do
  rm -rf "$work/baseline"
  timed "$JAVA" --enable-native-access=ALL-UNNAMED "-Xmx$heap" -cp "$BENCH_CP" org.newsquote.bench.BareLuceneIndex \
    --index "$work/baseline" --threads "$threads" "$corpus" > /dev/null 2> "$work/baseline.err"
  cpu[baseline]+="$CPU "; wall[baseline]+="$WALL "
  echo "rep $r: baseline $WALL s wall, $CPU s CPU; load $(cut -d' ' -f1 /proc/loadavg)"
  for v in $variants; do
    for side in old new; do
      [[ $side == old ]] && launcher="$old/newsquote" || launcher="$repo/newsquote"
      args=(index --full --threads "$threads" --index "$work/$side-$v")
      [[ $v == nomerge ]] && args+=(--no-merge)
      rm -rf "$work/$side-$v"
      NEWSQUOTE_JAVA_OPTS="-Xmx$heap" timed "$launcher" "${args[@]}" "$corpus" > "$work/$side-$v.out" 2>&1
      cpu[$side-$v]+="$CPU "; wall[$side-$v]+="$WALL "
      echo "rep $r: $side $v $WALL s wall, $CPU s CPU, $RSS_MB MB RSS; load $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
bc="$(median ${cpu[baseline]})"; bw="$(median ${wall[baseline]})"
for v in $variants; do
  for side in old new; do
    c="$(median ${cpu[$side-$v]})"; w="$(median ${wall[$side-$v]})"
    awk -v s="$side" -v v="$v" -v c="$c" -v w="$w" -v bc="$bc" -v bw="$bw" 'BEGIN {
      printf "%s %-7s median CPU %.1f s (ratio %.2fx), wall %.1f s (ratio %.2fx); baseline CPU %.1f s, wall %.1f s\n",
        s, v, c, bc/c, w, bw/w, bc, bw }'
  done
done
