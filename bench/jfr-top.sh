#!/usr/bin/env bash
# Summarises a JFR recording: the top frames of jdk.ExecutionSample (self time), and the top newsquote/Lucene frames
# anywhere on the stack.  usage: bench/jfr-top.sh FILE.jfr [N=25]
source "$(dirname "$0")/lib.sh"
jfr_file="$1"
n="${2:-25}"
jfr_bin="$(dirname "$(readlink -f "$JAVA")")/jfr"
"$jfr_bin" print --events jdk.ExecutionSample --stack-depth 64 "$jfr_file" | python3 -c '
import re, sys, collections
n = int(sys.argv[1])
top, incl, samples = collections.Counter(), collections.Counter(), 0
stack = None
for line in sys.stdin:
    s = line.strip()
    if s.startswith("stackTrace = ["):
        stack = []
    elif stack is not None and (s == "]" or s.startswith("]")):
        if stack:
            samples += 1
            top[stack[0]] += 1
            for f in set(stack):
                incl[f] += 1
        stack = None
    elif stack is not None and s and not s.startswith("..."):
        stack.append(re.sub(r"\s+line:.*", "", s))
print(f"{samples} execution samples")
print("top frames (self):")
for f, c in top.most_common(n):
    print(f"  {100*c/samples:5.1f}%  {f}")
print("on the stack (inclusive), newsquote and Lucene entry points:")
for f, c in [x for x in incl.most_common() if re.search(r"newsquote|IndexWriter|DocumentsWriter|Highlighter|IndexSearcher", x[0])][:n]:
    print(f"  {100*c/samples:5.1f}%  {f}")
' "$n"
