import { join } from 'node:path';
import { readTimeMlFolder } from './dates.ts';
const docs = (await readTimeMlFolder(join('/work/shared/corpora/tempeval3', 'TimeBank'))).filter(d => !/^wsj|^WSJ/.test(d.name));
for (const w of process.argv.slice(2)) {
  const re = new RegExp(`\\b${w}\\b`, 'gi'); let n = 0, g = 0;
  for (const d of docs) { for (const m of d.text.matchAll(re)) { n++; if (d.gold.some(x => x.start <= m.index && m.index < x.end)) g++; } }
  console.log(w, n, g);
}
