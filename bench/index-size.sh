#!/usr/bin/env bash
# Index size against raw text (title + body bytes of the corpus), by Lucene file kind, looking inside compound files.
# usage: bench/index-size.sh INDEX_DIR [CORPUS.jsonl]
source "$(dirname "$0")/lib.sh"
require_built
raw=0
[[ $# -ge 2 ]] && raw="$(text_bytes "$2")"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$BENCH_CP" org.newsquote.bench.IndexSizes "$1" "$raw" 2>&1 \
  | grep -v -e 'VectorizationProvider' -e 'incubator module'
