import { join } from 'node:path';
import { readTimeMlFolder } from '/work/wt/dates/eval/dates.ts';
const re = new RegExp(process.argv[2]!, 'i');
const docs = await readTimeMlFolder(join('/work/shared/corpora/tempeval3', 'TimeBank'));
for (const d of docs) for (const g of d.gold) if (re.test(g.text)) console.log(`${g.value}\t[${g.text}]\t${d.dct}\t${d.text.slice(Math.max(0,g.start-150), g.end+30).replace(/\s+/g,' ')}`);
