import { seedDocs } from '../tests/unit/analysis/helpers.ts';
for (const d of seedDocs()) { console.log('=====', d.id); for (const s of d.sentences) console.log(s.index, s.block, s.text); }
