// The data shapes that flow between the pipeline's stages. Every stage is a
// function from one of these to another; only the edges touch files.

import type { z } from 'zod';
import type { articleMetaSchema, provenanceSchema, removalReasonSchema } from './schema/article.ts';

/**
 * Where a metadata value came from:
 * - `given`: the user said so (seed frontmatter or seeds/sources.yml);
 * - `stated`: printed in the article itself (text line, HTML meta, JSON-LD);
 * - `inferred`: deduced from indirect evidence (e.g. dates the article mentions);
 * - `derived`: built by us from the text (e.g. a title made from the lead).
 */
export type Provenance = z.infer<typeof provenanceSchema>;

/** Why a line of the seed was kept out of the article body (each reason is explained in schema/article.ts). */
export type RemovalReason = z.infer<typeof removalReasonSchema>;

/** The frontmatter of `content/articles/<id>.md`: the zod schema is its one definition. */
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export type SeedFormat = ArticleMeta['format'];

/** A line stripped from a seed, kept so a reader can see what was removed. */
export type RemovedLine = ArticleMeta['removed'][number];

/** Metadata a user supplies for a seed; it wins over anything inferred. */
export interface GivenMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** BCP 47 language tag. */
  language?: string;
  /** The story (a slug) this article belongs to, overriding story detection. */
  story?: string;
}

/** A block of the clean article body: an in-body subheading or a paragraph of plain text. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** How a paragraph was set on the page (list item, quote, code, table); plain prose when absent. */
  style?: BlockStyle;
  /** A table's cells, row by row, the first row its header (style `table`). */
  rows?: string[][];
  /** A code block's text with its line breaks (style `code`). */
  code?: string;
}

export type BlockStyle = 'list' | 'ordered' | 'quote' | 'code' | 'table';

/** A clean article: frontmatter plus a Markdown body of `##` headings and paragraphs. */
export interface Article extends ArticleMeta {
  body: string;
}

/** A seed that could not be published, with a one-line reason. */
export interface IngestError {
  /** Path of the seed relative to the project, e.g. `seeds/bad.txt`. */
  file: string;
  message: string;
}

export interface IngestResult {
  articles: Article[];
  errors: IngestError[];
  /** Metadata problems that did not stop a seed (ignored fields, skipped files), naming file and field. */
  warnings: IngestError[];
  /** How many articles came from the cache instead of being ingested again. */
  reused: number;
}

/** Points at one sentence of one source: the source page's `#s<sentence>` anchor. */
export interface Citation {
  source: string;
  sentence: number;
}

/** One sentence of a source, in reading order. `index` is stable for the same text. */
export interface SourceSentence {
  index: number;
  /** Index into the source's `blocks`. */
  block: number;
  text: string;
  /** The cross-source claim this sentence belongs to, if any other source carries it. */
  claim: number | null;
  /** Other sources whose sentences are in the same claim, sorted. */
  sharedWith: string[];
}

/** A block of a source as the source page renders it. */
export interface SourceBlock {
  kind: 'heading' | 'paragraph';
  /** Heading text; a paragraph's text is its sentences (in briefing.json it is left empty). */
  text: string;
  sentences: number[];
}

/** A source as the briefing knows it: metadata plus the segmented body. */
export interface SourceDoc
  extends Pick<
    ArticleMeta,
    'id' | 'title' | 'titleSource' | 'dek' | 'outlet' | 'outletSource' | 'url' | 'language' | 'wordCount'
  > {
  /** Publication date after timeline resolution (may be inferred there). */
  published: string | null;
  publishedSource: Provenance | null;
  /** Why an inferred date was chosen, or why none could be. */
  publishedReason: string | null;
  /** Set when a stated date disagrees with the dates the article itself mentions: why it may be wrong. */
  publishedUncertain?: string | undefined;
  blocks: SourceBlock[];
  sentences: SourceSentence[];
}

import type { Analysis, CitedStatement, Discrepancy, Quote } from './analysis/types.ts';
import type { TimelineEvent } from './timeline/types.ts';

/** The whole synthesised story: `content/briefing.json`, the site's single source of truth. */
export interface Briefing extends Omit<Analysis, 'stats'> {
  /** Bumped when the shape changes (2: `stories[]`). */
  schemaVersion: 2;
  /** A headline for the story: the title of the most central source. */
  headline: string;
  /** The sources, sorted by id. */
  sources: SourceDoc[];
  timeline: TimelineEvent[];
  /** Seeds that could not be published, with why. */
  errors: IngestError[];
  /** Metadata problems that did not stop a seed: file and what was ignored. */
  warnings?: IngestError[] | undefined;
  /** What the latest change of sources brought, against the briefing built before it; null on a first build. */
  changes: BriefingChanges | null;
  stats: Analysis['stats'];
  /**
   * Every story, sorted by id, each analysed on its own. With one story the top-level analysis fields
   * above are that story's (as before stories existed); with several they are empty and `/` lists the stories.
   */
  stories: StoryBriefing[];
  /** Which stories are new, grew or went since the previous build; null on a first build. */
  storyChanges: StoryChanges | null;
  /** `story:` values that could not be used (the articles stay in their detected stories). */
  storyErrors: IngestError[];
}

/**
 * One story's briefing, computed within the story only. Self-contained but for its sources' documents,
 * which are `Briefing.sources` (annotated within this story: their `claim` ids are this story's).
 */
export interface StoryBriefing extends Omit<Analysis, 'stats'> {
  /** A stable slug: `/stories/<id>/`. */
  id: string;
  /** The title of the story's most central source. */
  headline: string;
  /** Member source ids, sorted. */
  sources: string[];
  /** How many distinct outlets (unknown outlets not counted). */
  outlets: number;
  /** Earliest and latest publication dates of its sources (ISO 8601), null when none is known. */
  firstPublished: string | null;
  lastPublished: string | null;
  timeline: TimelineEvent[];
  /** What the latest change of this story's sources brought to it; null when it is new or on a first build. */
  changes: BriefingChanges | null;
  stats: Analysis['stats'];
}

/** The story-level part of "what changed". */
export interface StoryChanges {
  /** Stories that did not exist before. */
  newStories: string[];
  /** Stories that gained sources, with the ones they gained. */
  grownStories: { story: string; addedSources: string[] }[];
  /** Stories that lost sources (but still exist). */
  shrunkStories: { story: string; removedSources: string[] }[];
  /** Stories that are gone. */
  removedStories: string[];
}

/** How a claim's reach changed between two builds. */
export interface ReachChange {
  text: string;
  claim: number;
  before: number;
  after: number;
}

/** What a new (or removed) article changed in the briefing. */
export interface BriefingChanges {
  addedSources: string[];
  removedSources: string[];
  /** Key points that were not in the previous briefing. */
  newKeyPoints: CitedStatement[];
  /** Quotes that were not in the previous briefing. */
  newQuotes: Quote[];
  /** Disagreements that the new sources brought to light. */
  newDiscrepancies: Discrepancy[];
  /** Facts now carried by more (or fewer) sources. */
  reach: ReachChange[];
  /** Quotes already in the briefing now carried by more (or fewer) sources. */
  quoteReach?: Array<{ text: string; speaker: string | null; before: number; after: number }> | undefined;
}
