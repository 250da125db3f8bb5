import { tagTemporalExpressions } from '../src/lib/timeline/temporal.ts';
import { tenseAt } from '../src/lib/timeline/tense.ts';
const t = process.argv[2]!; const ref = process.argv[3]!;
for (const x of tagTemporalExpressions(t, ref)) console.log(JSON.stringify(x), tenseAt(t, x.start, x.end));
