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
python3 "$here/curated-list.py" "$root/content/procedures" "$dir/curated-procedures.txt" "$shared/data/national-tthc/procedures.jsonl.gz"
sed -n '/^---$/,$p' "$here/BRIEF.md" | tail -n +2 |
  sed -e "s#FOLDER#$dir#g" -e "s#SHARED#$shared#g" -e "s#PREFIX#$prefix#g" -e "s#number \`N\`#number $n#" \
      -e "s#blindN#blind$n#g" -e "s#THEME#$theme#" -e "s#DEADLINE#$deadline#g" > "$dir/PROMPT.md"
echo "$dir/PROMPT.md"
