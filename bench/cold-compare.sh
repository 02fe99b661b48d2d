#!/usr/bin/env bash
# Cold CLI runs of two or more builds (or option sets), alternated run by run so that the load of a shared machine
# falls on all of them alike. Prints per command: median and quartiles of wall time, of CPU (user + system) and of
# user-space instructions (perf stat; far steadier than times under load, but not exact: how far the JIT gets
# depends on timing), and the load average before and after.
#
# usage: bench/cold-compare.sh RUNS LABEL 'COMMAND' LABEL 'COMMAND' ...
#   e.g. bench/cold-compare.sh 20 old '/tmp/old/newsquote search --index IDX oil' new './newsquote search --index IDX oil'
# A build to compare against: copy cli/target and the launcher to OLD/cli/target and OLD/newsquote, then remake its
# AOT cache there (the cache records the jars' paths): NEWSQUOTE_AOT_OUTPUT=OLD/cli/target/newsquote.aot
# OLD/newsquote search --index OLD/cli/target/aot-training-index 'speaker:kirby OR "NATO territory" OR sanction*'
set -euo pipefail
runs="$1"
shift
labels=()
cmds=()
while [[ $# -ge 2 ]]; do labels+=("$1"); cmds+=("$2"); shift 2; done
perf=()
command -v perf > /dev/null && perf stat -x, -e instructions:u true > /dev/null 2>&1 && perf=(perf stat -x, -e instructions:u)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
load0="$(cut -d' ' -f1 /proc/loadavg)"
for ((i = 0; i < runs; i++)); do
  for j in "${!cmds[@]}"; do
    if [[ ${#perf[@]} -gt 0 ]]; then
      /usr/bin/time -f "%e %U %S" -a -o "$tmp/time$j" "${perf[@]}" -o "$tmp/perf$j" --append bash -c "${cmds[$j]}" \
        > /dev/null 2>> "$tmp/err$j" || true
    else
      /usr/bin/time -f "%e %U %S" -a -o "$tmp/time$j" bash -c "${cmds[$j]}" > /dev/null 2>> "$tmp/err$j" || true
    fi
    sleep 0.2
  done
done
load1="$(cut -d' ' -f1 /proc/loadavg)"
for j in "${!cmds[@]}"; do
  python3 - "${labels[$j]}" "$tmp/time$j" "$tmp/perf$j" << 'PY'
import os, statistics as st, sys
label, times, perf = sys.argv[1:4]
rows = [l.split() for l in open(times) if l[:1].isdigit()]
def q(a):
    a = sorted(a)
    q1, _, q3 = st.quantiles(a, n=4) if len(a) > 1 else (a[0], a[0], a[0])
    return f"median {st.median(a):.3f} (quartiles {q1:.3f}-{q3:.3f})"
print(f"{label}: {len(rows)} runs; wall {q(float(r[0]) for r in rows)} s; "
      f"CPU {q(float(r[1]) + float(r[2]) for r in rows)} s")
if os.path.exists(perf):
    ins = [int(l.split(',')[0]) / 1e6 for l in open(perf) if 'instructions' in l and l[:1].isdigit()]
    if ins:
        print(f"{' ' * len(label)}  instructions (user) {q(ins)} M")
PY
  [[ -s "$tmp/err$j" ]] && { echo "  stderr of ${labels[$j]} (first lines):"; sort "$tmp/err$j" | uniq -c | head -n 3; }
done
echo "load average: $load0 before, $load1 after ($(nproc) cores)"
