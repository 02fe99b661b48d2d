#!/usr/bin/env bash
# CLI wall time: a cold `./newsquote search` (a new JVM per run, as a user at a terminal gets it) against `rg -c` and
# `grep -c` over the same articles as one file each, in one hyperfine run; prints medians and ratios, and the peak
# RSS of one search. The OS page cache is warm for all of them (warm-up runs), so the comparison is CPU, not disk.
#
# usage: bench/cli-search.sh INDEX_DIR FILES_DIR [WORD=oil] [RUNS=10]
# env:   GREP=0 leaves grep out (it is slow at 1 GB)
source "$(dirname "$0")/lib.sh"
index="$(readlink -f "$1")"
files="$(readlink -f "$2")"
word="${3:-oil}"
runs="${4:-10}"
require_built
command -v rg > /dev/null && command -v hyperfine > /dev/null || {
  echo "bench: needs ripgrep and hyperfine: apt-get install -y ripgrep hyperfine" >&2
  exit 2
}
machine_line
echo "index: $index ($(du -sh "$index" | cut -f1)); files: $files ($(du -sh --apparent-size "$files" | cut -f1) apparent)"
result="$out_root/cli-search-$(basename "$index").json"
cmds=("$repo/newsquote search --index $index $word" "rg -c -i -w $word $files")
[[ "${GREP:-1}" == 1 ]] && cmds+=("grep -r -c -i -w $word $files")
hyperfine -N --warmup 2 --runs "$runs" -i --export-json "$result" "${cmds[@]}" > "$out_root/cli-search.log" 2>&1 \
  || { tail -n 20 "$out_root/cli-search.log" >&2; exit 2; }
python3 - "$result" <<'PY'
import json, sys, statistics
rs = json.load(open(sys.argv[1]))['results']
nq = statistics.median(rs[0]['times'])
for r in rs:
    med = statistics.median(r['times'])
    print(f"{r['command'].split()[0].split('/')[-1]:<10} median {med:7.3f} s  min {min(r['times']):7.3f} s  "
          f"max {max(r['times']):7.3f} s  ({len(r['times'])} runs)  x{med / nq:6.1f} newsquote's time")
PY
timed "$repo/newsquote" search --index "$index" "$word" > /dev/null
echo "newsquote search peak RSS: $RSS_MB MB"
timed rg -c -i -w "$word" "$files" > /dev/null
echo "rg peak RSS: $RSS_MB MB"
