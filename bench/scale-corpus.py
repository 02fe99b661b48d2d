#!/usr/bin/env python3
"""Make a benchmark corpus of N real articles from the Reuters-21578 JSON Lines file.

usage: scale-corpus.py N OUT_DIR [--source PATH] [--files]

Writes OUT_DIR/articles.jsonl with N articles: the Reuters records repeated in order, each copy with a new id
(`reuters-123-c4`) and its date shifted by the copy number of days times 7, so that copies spread over the timeline
instead of piling onto 1987's dates. The text is the real text, untouched: no random words, so analysis, quote
extraction and compression behave as on real news. With --files it also writes OUT_DIR/files/NNNN/ID.txt, one article
per file (title on line 1, then the body), 1,000 files per folder, for `rg`/`grep` comparisons and file-walk indexing.
"""
import argparse, datetime, json, os, sys

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('n', type=int)
    ap.add_argument('out')
    ap.add_argument('--source', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'corpus',
                                                      'reuters21578', 'articles.jsonl'))
    ap.add_argument('--files', action='store_true')
    a = ap.parse_args()
    with open(a.source, encoding='utf-8') as f:
        records = [json.loads(line) for line in f if line.strip()]
    os.makedirs(a.out, exist_ok=True)
    files_dir = os.path.join(a.out, 'files')
    written = bytes_text = 0
    with open(os.path.join(a.out, 'articles.jsonl'), 'w', encoding='utf-8') as out:
        while written < a.n:
            copy = written // len(records)
            rec = dict(records[written % len(records)])
            rec['id'] = f"{rec['id']}-c{copy}"
            if rec.get('date'):
                d = datetime.datetime.fromisoformat(rec['date'].replace('Z', '+00:00'))
                rec['date'] = (d + datetime.timedelta(days=7 * copy)).strftime('%Y-%m-%dT%H:%M:%SZ')
            out.write(json.dumps(rec, ensure_ascii=False) + '\n')
            bytes_text += len(rec.get('text', '').encode('utf-8'))
            if a.files:
                folder = os.path.join(files_dir, f'{written // 1000:04d}')
                if written % 1000 == 0:
                    os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, rec['id'] + '.txt'), 'w', encoding='utf-8') as f:
                    f.write((rec.get('title') or '') + '\n\n' + rec.get('text', '') + '\n')
            written += 1
    print(f'{written} articles, {bytes_text / 1e6:.1f} MB of text -> {a.out}', file=sys.stderr)

if __name__ == '__main__':
    main()
