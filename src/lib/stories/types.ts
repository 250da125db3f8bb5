// The shapes of story detection: what it reads of an article, and the stories it returns.

/** What story detection needs of an article (a pure subset of Article). */
export interface StoryArticle {
  id: string;
  /** The seed file name, for messages. */
  seed: string;
  title: string;
  dek: string | null;
  /** Markdown body: `##` headings and paragraphs. */
  body: string;
  /** ISO 8601 date or date-time, when known. */
  published: string | null;
  /** `story:` as given in the seed's frontmatter or seeds/sources.yml, unvalidated. */
  story?: string | undefined;
}

/** One detected story: a stable id, a headline and its member articles. */
export interface DetectedStory {
  /** A slug made from the founding article's headline, kept while the story lives. */
  id: string;
  /** The founding (earliest) article's title. */
  title: string;
  /** Member article ids, sorted. */
  sources: string[];
}

/** A `story:` value that could not be used; the article stays in its detected story. */
export interface StoryMetadataError {
  /** The seed, e.g. `seeds/004_nyt.txt`. */
  file: string;
  message: string;
}

export interface StoryDetection {
  /** Stories sorted by id. */
  stories: DetectedStory[];
  errors: StoryMetadataError[];
}

/** Tuning of the clusterer: similarity thresholds and how time raises them. */
export interface StoryOptions {
  /** Cosine similarity (article vs story centroid) needed to join a story published at the same time. */
  joinThreshold: number;
  /** What merging two stories needs above the join threshold (centroids are smoother than articles). */
  mergeExtra: number;
  /** Centroid-to-centroid cosine that merges two stories published at the same time, whatever their articles' spread. */
  centroidMergeThreshold: number;
  /** Extra similarity needed per doubling of the gap in days beyond `sameTimeDays`. */
  gapPenaltyPerDoubling: number;
  /** Articles this many days apart count as published together. */
  sameTimeDays: number;
  /** Terms kept per article vector (the highest weighted). */
  termsPerArticle: number;
  /** Terms kept per story centroid. */
  termsPerStory: number;
  /** An article asks the index for stories sharing any of its this many strongest terms. */
  probeTerms: number;
  /** Rounds of reassignment (each followed by merging again) after the single pass. */
  reassignRounds: number;
  /** How much less similarity an article alone in its story needs to move to another (fragments, not stories). */
  lonerRelax: number;
  /** Stories of at least this many articles merge only when one's leading name is among the other's… */
  subjectStorySize: number;
  /** …this many leading names. */
  leadingNames: number;
}
