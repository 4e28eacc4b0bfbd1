#!/usr/bin/env bash
# Prepares a blind set writer's folder (see BRIEF.md): bench/blind/prepare.sh N PREFIX "THEME" "DEADLINE"
set -euo pipefail
n=$1 prefix=$2 theme=$3 deadline=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# Beside the checkout, as the national records are (../shared, the path the server reads by default).
shared=$(cd "$root/../shared" && pwd)
dir=$(dirname "$root")/eval-blind$n
mkdir -p "$dir" "$dir-src"
cp "$here/LABEL-RULES.md" "$dir/"
# The curated list: code | name | level (level from the national file).
python3 - "$root/content/procedures" "$dir/curated-procedures.txt" "$shared/data/national-tthc/procedures.jsonl.gz" <<'PY'
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
PY
sed -n '/^---$/,$p' "$here/BRIEF.md" | tail -n +2 |
  sed -e "s#FOLDER#$dir#g" -e "s#SHARED#$shared#g" -e "s#PREFIX#$prefix#g" -e "s#number \`N\`#number $n#" \
      -e "s#blindN#blind$n#g" -e "s#THEME#$theme#" -e "s#DEADLINE#$deadline#g" > "$dir/PROMPT.md"
echo "$dir/PROMPT.md"
