import { join } from 'node:path';
import { readTimeMlFolder, scoreFolder, metrics, type Mismatch } from './dates.ts';
const docs = await readTimeMlFolder(join('/work/shared/corpora/tempeval3', 'TimeBank'));
const groups = new Map<string, typeof docs>();
for (const d of docs) { const k = /^wsj|^WSJ/.test(d.name) ? 'wsj' : d.name.replace(/[0-9].*/, ''); groups.set(k, [...(groups.get(k) ?? []), d]); }
for (const [k, ds] of groups) { const m = metrics(scoreFolder(ds)); console.log(k, ds.length, m['value F1 (0-100)'], m['relaxed F1 (0-100)'], m['relaxed P (0-100)'], m['relaxed R (0-100)']); }
const mm: Mismatch[] = [];
scoreFolder(docs.filter(d => !/^wsj|^WSJ/.test(d.name)), mm);
for (const m of mm) console.error(`${m.kind}\t${m.gold ?? ''}\t${m.system ?? ''}\t${m.text}\t${m.doc}\t…${m.context}`);
