// zod schema of content/briefing.json and dist/briefing.json: the one definition of its shape (the
// Briefing types in types.ts are inferred from it; the pipeline's stage types must fit it).
// The README documents it; dist/briefing.schema.json is generated from it.
import { z } from 'zod';
import { provenanceSchema } from './article.ts';

const citation = z.object({
  source: z.string().describe('Source id (the seed file stem)'),
  sentence: z.number().int().nonnegative().describe('Sentence index: the source page anchor #s<index>'),
});

const citedStatement = z.object({
  text: z.string(),
  claim: z.number().int().describe('Id of the claim (cluster) the statement comes from; -1 when only one source reports it'),
  citations: z.array(citation).min(1).describe('Every source sentence in that claim'),
  sourceCount: z.number().int().positive().describe('How many sources carry it'),
  conflict: z.string().optional().describe('What other sources say instead of a number or date in it, e.g. "eight (2 sources say seven)"'),
});

const sourceDoc = z.object({
  id: z.string(),
  title: z.string(),
  titleSource: provenanceSchema,
  dek: z.string().nullable(),
  outlet: z.string().nullable(),
  outletSource: provenanceSchema.nullable(),
  published: z.string().nullable().describe('ISO 8601 date or date-time'),
  publishedSource: provenanceSchema.nullable(),
  publishedReason: z.string().nullable().describe('Why an inferred date was chosen, or why none could be'),
  publishedUncertain: z.string().optional().describe('Why a stated date may be wrong (it disagrees with the dates the article mentions)'),
  url: z.string().nullable(),
  language: z.string(),
  wordCount: z.number().int().nonnegative(),
  blocks: z.array(
    z.object({
      kind: z.enum(['heading', 'paragraph']),
      text: z.string(),
      sentences: z.array(z.number().int().nonnegative()),
    }),
  ),
  sentences: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      block: z.number().int().nonnegative(),
      text: z.string(),
      claim: z.number().int().nullable().describe('Cross-source claim id, null when only this source reports it'),
      sharedWith: z
        .array(z.string())
        .default([])
        .describe('Other sources carrying the same claim: not written to briefing.json (derive it from `claim`: that claim\'s sources in the story, but this one); filled in when the site reads it'),
    }),
  ),
});

const quote = z.object({
  id: z.number().int(),
  speaker: z.string().nullable(),
  speakerKind: z.enum(['person', 'organisation']).nullable().default(null),
  text: z.string(),
  partial: z.boolean(),
  variants: z.array(z.object({ source: z.string(), sentence: z.number().int().nonnegative(), text: z.string() })).min(1),
  sources: z.array(z.string()).min(1),
});

const discrepancy = z.object({
  kind: z.enum(['number', 'date', 'title', 'name', 'attribution', 'contradiction']),
  claim: z.number().int(),
  description: z.string(),
  sides: z
    .array(z.object({ value: z.string(), source: z.string(), sentence: z.number().int().nonnegative(), passage: z.string() }))
    .min(2),
});

const storyChanges = z.object({
  newStories: z.array(z.string()).describe('Stories that did not exist in the previous build'),
  grownStories: z.array(z.object({ story: z.string(), addedSources: z.array(z.string()) })).describe('Stories that gained sources'),
  shrunkStories: z.array(z.object({ story: z.string(), removedSources: z.array(z.string()) })).describe('Stories that lost sources'),
  removedStories: z.array(z.string()).describe('Stories that are gone'),
});

const timexMod = z.enum(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'MORE_THAN', 'LESS_THAN']);

/** What is analysed across sources: the top level's (one story) and every story's own. */
const analysisFields = {
  claims: z.array(
    z.object({
      id: z.number().int(),
      text: z.string(),
      citations: z.array(citation).min(1),
      sources: z.array(z.string()).min(1),
      centrality: z.number().min(0).max(1),
    }),
  ),
  summary: z.array(citedStatement).describe('The lead paragraph, sentence by sentence'),
  keyPoints: z.array(citedStatement),
  quotes: z.array(quote),
  entities: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['person', 'organization', 'place']),
      roles: z.array(z.string()),
      mentions: z.number().int().positive(),
      sources: z.array(z.string()),
      citations: z.array(citation),
    }),
  ),
  discrepancies: z.array(discrepancy),
  unique: z.array(z.object({ source: z.string(), sentences: z.array(z.number().int().nonnegative()) })),
  coverage: z.array(z.object({ claim: z.number().int(), text: z.string(), sources: z.array(z.string()) })),
  timeline: z.array(
    z.object({
      id: z.number().int(),
      date: z.string().describe('TimeML value: 2025-08-08, 2025-08, 2025, 199, 2025-W32, ...'),
      precision: z.enum(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century']),
      mod: timexMod.optional(),
      description: z.string(),
      citations: z.array(citation).min(1),
      sources: z.array(z.string()).min(1),
      conflicts: z.array(z.object({ date: z.string(), citations: z.array(citation).min(1) })),
      uncertain: z.string().optional().describe('Why the date is not certain (e.g. it rests on an inferred publication date)'),
    }),
  ),
};

const changes = z
  .object({
    addedSources: z.array(z.string()),
    removedSources: z.array(z.string()),
    newKeyPoints: z.array(citedStatement),
    newQuotes: z.array(quote),
    newDiscrepancies: z.array(discrepancy),
    reach: z.array(z.object({ text: z.string(), claim: z.number().int(), before: z.number().int(), after: z.number().int() })),
    quoteReach: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), before: z.number().int(), after: z.number().int() })).optional(),
  })
  .nullable()
  .default(null);

const stats = z.object({
  sentences: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  candidatePairs: z.number().int().nonnegative(),
});

/** One story's self-contained briefing; its sources' documents are the top-level `sources` it lists. */
const storyBriefingSchema = z.object({
  id: z.string().describe('Stable slug: the page /stories/<id>/'),
  headline: z.string(),
  sources: z.array(z.string()).describe('Member source ids, sorted'),
  outlets: z.number().int().nonnegative().describe('Distinct known outlets'),
  firstPublished: z.string().nullable().describe('Earliest publication date of its sources'),
  lastPublished: z.string().nullable().describe('Latest publication date of its sources: when the story last grew'),
  ...analysisFields,
  changes: changes.describe("What the latest change of this story's sources brought to it; null when new or on a first build"),
  stats,
});

export const briefingSchema = z.object({
  schemaVersion: z.literal(3),
  headline: z.string(),
  sources: z.array(sourceDoc),
  ...analysisFields,
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
  warnings: z.array(z.object({ file: z.string(), message: z.string() })).optional().describe('Metadata problems that did not stop a seed'),
  changes: changes.describe('What the latest change of sources brought, against the previous build; null on a first build'),
  stats,
  stories: z
    .array(storyBriefingSchema)
    .describe('Every story, analysed on its own; with one story the top-level analysis fields are its, with several they are empty'),
  storyChanges: storyChanges.nullable().default(null).describe('Which stories are new, grew, shrank or went since the previous build; null on a first build'),
  storyErrors: z
    .array(z.object({ file: z.string(), message: z.string() }))
    .describe('`story:` values that could not be used; the articles stay in their detected stories'),
});

export function briefingJsonSchema(): unknown {
  // As written: fields with a default (sharedWith, …) may be absent.
  return z.toJSONSchema(briefingSchema, { target: 'draft-2020-12', io: 'input' });
}
