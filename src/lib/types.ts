// The data shapes that flow between the pipeline's stages. Every stage is a
// function from one of these to another; only the edges touch files.

import type { z } from 'zod';
import type { articleMetaSchema, provenanceSchema, removalReasonSchema } from './schema/article.ts';
import type { briefingSchema } from './schema/briefing.ts';

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

/**
 * The whole synthesised story: `content/briefing.json`, the site's single source of truth. Its zod
 * schema (schema/briefing.ts) is the one definition; these are views of it.
 */
export type Briefing = z.output<typeof briefingSchema>;

/** A source as the briefing knows it: metadata plus the segmented body. */
export type SourceDoc = Briefing['sources'][number];

/** One sentence of a source, in reading order. `index` is stable for the same text. */
export type SourceSentence = SourceDoc['sentences'][number];

/** A block of a source as the source page renders it (a paragraph's text is its sentences). */
export type SourceBlock = SourceDoc['blocks'][number];

/** Points at one sentence of one source: the source page's `#s<sentence>` anchor. */
export type Citation = Briefing['claims'][number]['citations'][number];

/** One story's briefing, computed within the story only. */
export type StoryBriefing = Briefing['stories'][number];

/** The story-level part of "what changed". */
export type StoryChanges = NonNullable<Briefing['storyChanges']>;

/** What a new (or removed) article changed in the briefing. */
export type BriefingChanges = NonNullable<Briefing['changes']>;
