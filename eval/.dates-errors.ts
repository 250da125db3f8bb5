import { join } from 'node:path';
import { readTimeMlFolder, scoreFolder, type Mismatch } from '/work/wt/dates/eval/dates.ts';
const docs = await readTimeMlFolder(join('/work/shared/corpora/tempeval3', 'TimeBank'));
const mm: Mismatch[] = [];
scoreFolder(docs, mm);
for (const m of mm) console.log(`${m.kind}\t${m.gold ?? ''}\t${m.system ?? ''}\t${m.text}\t${m.doc}\t…${m.context}`);
