// A small invented story (a factory fire) told by three outlets, for checks on text the code has never seen.
import type { SourceDoc } from '../../../src/lib/types.ts';
import { makeDoc } from './helpers.ts';

export function fireDocs(): SourceDoc[] {
  return [
    makeDoc('a-ledger', [
      'A fire tore through a textile factory in the northern town of Varnsby on Tuesday, killing twelve workers and injuring dozens more, officials said.',
      'Fire chief Helena Marsh said the blaze started in a storage room shortly after midnight.',
      '“The building had no working sprinklers. We could not reach the upper floors,” she said.',
      'The factory is owned by Corvell Textiles, which employs about 400 people in the region.',
      'Local residents described seeing flames rise above the rooftops for hours.',
    ], { outlet: 'The Ledger', published: '2025-03-04' }),
    makeDoc('b-courier', [
      'Fourteen workers were killed when a blaze swept through a textile plant in Varnsby on Tuesday, according to the regional government.',
      '“The building had no functioning sprinklers. We were unable to reach the upper floors,” said Helena Marsh, the town’s fire chief.',
      'Mayor Tomas Ekdahl announced three days of mourning.',
      'Corvell Textiles said it was cooperating fully with investigators.',
    ], { outlet: 'The Courier', published: '2025-03-04' }),
    makeDoc('c-wire', [
      'At least twelve people died after a fire broke out at a textile factory in the town of Varnsby, the Ledger reported.',
      'Marsh told reporters the fire had started in a storage room.',
      'Former Mayor Tomas Ekdahl visited the site on Wednesday.',
      'Investigators are examining whether safety rules were broken, the company said.',
    ], { outlet: 'Wire Service', published: '2025-03-05' }),
  ];
}

/** A court ruling told by two outlets: colon attributions, role-only attributions, partial quotes. */
export function courtDocs(): SourceDoc[] {
  return [
    makeDoc('x-daily', [
      'The Supreme Court upheld the new fishing law on Monday, ending a two-year dispute between coastal towns and the national government.',
      'Chief Justice Maria Delgado wrote the majority opinion. “The law is clear,” she said. “No further appeal is possible.”',
      'Attorney General Paul Okafor welcomed the decision. “We will enforce it from next month,” the attorney general said.',
      'Judge Delgado said the statute was “perfectly clear” to anyone who read it.',
    ], { outlet: 'X Daily' }),
    makeDoc('y-times', [
      'The country’s highest court upheld the fishing law on Monday, settling a dispute between coastal towns and the government that had lasted two years.',
      'The court’s top judge, Maria Delgado, stated: “The law is clear. No further appeal is possible.”',
      'Five of the nine judges backed the ruling.',
    ], { outlet: 'Y Times' }),
    makeDoc('z-post', [
      'Coastal towns lost their challenge to the fishing law at the Supreme Court on Monday.',
      '“The law is clear. No further appeal is possible,” said Attorney General Paul Okafor.',
    ], { outlet: 'Z Post' }),
  ];
}
