# Shared by the bench/*.sh drivers (sourced, not run): paths, the JDK, medians, peak memory.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_root="${BENCH_OUT:-$repo/bench-out}"
mkdir -p "$out_root"

# The JDK the launcher would pick: NEWSQUOTE_JAVA, else the newest JDK 21+ under /usr/lib/jvm, else `java`.
bench_java() {
  if [[ -n "${NEWSQUOTE_JAVA:-}" ]]; then echo "$NEWSQUOTE_JAVA"; return; fi
  local c v
  for c in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$(readlink -f "$c")")")/release" 2>/dev/null | head -n 1)"
    if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$c"; return; fi
  done
  command -v java
}
JAVA="$(bench_java)"
BENCH_CP="$repo/bench/target/classes:$repo/bench/target/lib/*"

require_built() {
  if [[ ! -f "$repo/bench/target/classes/META-INF/BenchmarkList" || ! -d "$repo/cli/target/lib" ]]; then
    echo "bench: not built: run 'mvn -q -B -DskipTests package' in $repo" >&2
    exit 2
  fi
}

# The median of the numbers given as arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Runs a command under /usr/bin/time -v; sets WALL (seconds), CPU (user + system seconds) and RSS_MB (peak resident
# set) from its report. CPU is the steadier figure on a machine shared with other work.
timed() {
  local report
  report="$(mktemp)"
  /usr/bin/time -v -o "$report" "$@"
  WALL="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$report")"
  RSS_MB="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$report")"
  CPU="$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$report")"
  rm -f "$report"
}

# Bytes of article text (title + body, UTF-8) in JSON Lines files: the "raw text" index sizes are divided by.
text_bytes() {
  python3 - "$@" <<'PY'
import json, sys
n = 0
for p in sys.argv[1:]:
    with open(p, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                n += len((r.get('title') or '').encode()) + len((r.get('text') or '').encode())
print(n)
PY
}

machine_line() {
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ {print $2}') GB RAM; $("$JAVA" -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
}
