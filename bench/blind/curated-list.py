#!/usr/bin/env python3
"""The curated list for a blind writer or a second labeller: code | name | level (level from the national file).

curated-list.py CONTENT_PROCEDURES_DIR OUT.txt NATIONAL.jsonl.gz
"""
import glob, gzip, json, re, sys
recs = {}
with gzip.open(sys.argv[3], 'rt') as f:
    for line in f:
        d = json.loads(line)
        recs[d['ma_thu_tuc']] = d.get('cap_thuc_hien', '')
rows = []
for path in sorted(glob.glob(sys.argv[1] + '/*.yaml')):
    text = open(path, encoding='utf-8').read()
    code = re.search(r'^code:\s*"?([^"\n]+)"?', text, re.M).group(1)
    name = re.search(r'^name:\s*(.+)$', text, re.M).group(1).strip().strip('"')
    rows.append(f"{code} | {name} | {recs.get(code, '(not in the national file)')}")
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(rows) + '\n')
