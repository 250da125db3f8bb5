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

/**
 * An earthquake told by three outlets: pronoun- and title-led sentences, connective openers, a
 * quote split over two sentences, an "X and Y Service" name, a "who served as" role, and two
 * sentences that share only generic words (they must not merge).
 */
export function quakeDocs(): SourceDoc[] {
  return [
    makeDoc('e-herald', [
      'A magnitude 6.8 earthquake struck the mountain province of Talvera early on Sunday, killing at least 31 people and leaving hundreds homeless, the national disaster agency said.',
      'Interior Minister Sofia Brandt said rescue teams had reached the worst-hit villages by midday. She added that army helicopters were flying the injured to hospitals in the capital.',
      '“Many houses were built of mud brick. They simply collapsed,” Brandt said.',
      'Furthermore, the quake cut power to more than 40,000 homes across the region.',
      'Volunteers joined the National Search and Rescue Service in clearing rubble from collapsed schools.',
      'Aftershocks are common after large earthquakes in the region, experts said.',
    ], { outlet: 'The Herald', published: '2025-06-01' }),
    makeDoc('f-post', [
      'At least 29 people died when a powerful earthquake of magnitude 6.8 hit Talvera province on Sunday morning, officials said.',
      'Sofia Brandt, the interior minister, flew to the province on Sunday afternoon. The minister said rescuers had reached the hardest-hit villages by noon.',
      '“Many houses were built of mud brick. They simply fell down,” she said.',
      'Power was cut to more than 40,000 homes, the electricity company said.',
      'Ivan Kessler, who served as the head of the national seismology institute until 2020, said the fault had been quiet for decades before the quake.',
      'Both provinces have been hit by large earthquakes in the past, experts said.',
    ], { outlet: 'The Post', published: '2025-06-01' }),
    makeDoc('g-wire', [
      'The death toll from Sunday’s magnitude 6.8 earthquake in Talvera has risen to 31, the disaster agency said.',
      'Meanwhile, Interior Minister Sofia Brandt said army helicopters were carrying the wounded to hospitals in the capital.',
      'Ivan Kessler, a former seismology official, said the fault line had been quiet for decades.',
      'Roads into the valley remain blocked by landslides.',
    ], { outlet: 'Wire Service', published: '2025-06-02' }),
  ];
}
