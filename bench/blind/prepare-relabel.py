#!/usr/bin/env python3
"""Prepares a second labeller's folder (see RELABEL-BRIEF.md).

bench/blind/prepare-relabel.py N SEED DEADLINE SET:COUNT [SET:COUNT ...]
  SET: a fixture name under test/fixtures without .json (e.g. chat-train-blind134, chat-eval-blind41-holdout).
  A held-out set's turns are read by the second labeller only: bench/label-agreement.ts reports them
  as aggregates, never turn by turn, as eval:chat does.
Writes relabelN/ beside the checkout: items.json (ids prefixed with the set, texts only), the label
rules, the curated list, PROMPT.md; and, outside the helper's folder, relabelN-original/original.json
(the sampled conversations with their labels, to look at by hand; bench/label-agreement.ts reads the
original labels from the fixtures). The helper's labels.json goes to test/fixtures/relabel/.
"""
import json, os, random, shutil, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '..', '..'))
shared = os.path.abspath(os.path.join(root, '..', 'shared'))
n, seed, deadline, *picks = sys.argv[1:]
folder = os.path.join(os.path.dirname(root), f'relabel{n}')
keep = os.path.join(os.path.dirname(root), f'relabel{n}-original')
os.makedirs(folder, exist_ok=True)
os.makedirs(keep, exist_ok=True)
rng = random.Random(int(seed))
items, originals = [], []
for pick in picks:
    name, count = pick.split(':')
    data = json.load(open(os.path.join(root, 'test', 'fixtures', name + '.json'), encoding='utf-8'))
    chosen = rng.sample(data['items'], min(int(count), len(data['items'])))
    for item in chosen:
        iid = f"{name.replace('chat-train-', '').replace('chat-eval-', '')}/{item['id']}"
        items.append({'id': iid, 'turns': [{'text': t['text']} for t in item['turns']]})
        originals.append({'id': iid, 'turns': item['turns']})
rng.shuffle(items)
json.dump({'items': items}, open(os.path.join(folder, 'items.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump({'items': originals}, open(os.path.join(keep, 'original.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
shutil.copy(os.path.join(here, 'LABEL-RULES.md'), folder)
# The curated list, as prepare.sh writes it.
subprocess.run(['python3', os.path.join(here, 'curated-list.py'), os.path.join(root, 'content', 'procedures'),
                os.path.join(folder, 'curated-procedures.txt'), os.path.join(shared, 'data', 'national-tthc', 'procedures.jsonl.gz')],
               check=True)
brief = open(os.path.join(here, 'RELABEL-BRIEF.md'), encoding='utf-8').read().split('\n---\n', 1)[1].lstrip('\n')
turns = sum(len(i['turns']) for i in items)
brief = (brief.replace('FOLDER', folder).replace('SHARED', shared).replace('COUNT', f'{len(items)} ({turns} turns)')
         .replace('DEADLINE', deadline))
open(os.path.join(folder, 'PROMPT.md'), 'w', encoding='utf-8').write(brief)
print(os.path.join(folder, 'PROMPT.md'), len(items), 'conversations', turns, 'turns')
