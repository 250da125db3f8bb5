import type { Citation } from '../types.ts';

/** A fact reported by one or more sources: a cluster of sentences that say the same thing. */
export interface Claim {
  id: number;
  /** The most representative sentence's text. */
  text: string;
  /** Every sentence in the cluster, sorted by source then sentence. */
  citations: Citation[];
  /** Distinct sources, sorted. */
  sources: string[];
  /** LexRank-style centrality in [0, 1]. */
  centrality: number;
}

/** A sentence of the summary or a key point, always traceable to its claim's sentences. */
export interface CitedStatement {
  text: string;
  claim: number;
  citations: Citation[];
  sourceCount: number;
  /** What other sources say instead, when they disagree on a number or date in it: "eight (2 sources say seven)". */
  conflict?: string | undefined;
}

/** One outlet's wording of a quote. */
export interface QuoteVariant {
  source: string;
  sentence: number;
  text: string;
}

export interface Quote {
  id: number;
  /** Full name of the speaker as resolved, or null when no speaker could be found. */
  speaker: string | null;
  /** Whether the speaker is a person or an organisation (null with no speaker). */
  speakerKind: 'person' | 'organisation' | null;
  /** The canonical wording (the most common, else the longest). */
  text: string;
  /** True when only part of a sentence is quoted. */
  partial: boolean;
  variants: QuoteVariant[];
  sources: string[];
}

export type EntityKind = 'person' | 'organization' | 'place';

export interface Entity {
  name: string;
  kind: EntityKind;
  /** Roles as the sources give them, e.g. "US Secretary of State". */
  roles: string[];
  mentions: number;
  sources: string[];
  citations: Citation[];
}

export type DiscrepancyKind = 'number' | 'date' | 'title' | 'name' | 'attribution' | 'contradiction';

/** One side of a disagreement: what one outlet says, in its words. */
export interface DiscrepancySide {
  value: string;
  source: string;
  sentence: number;
  passage: string;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  /** The claim the differing sentences belong to. */
  claim: number;
  /** A one-line description, e.g. "How many groups were designated". */
  description: string;
  sides: DiscrepancySide[];
}

/** What only one source reports. */
export interface UniqueReport {
  source: string;
  sentences: number[];
}

/** One row of the coverage matrix: a key fact and the sources that carry it. */
export interface CoverageRow {
  claim: number;
  text: string;
  sources: string[];
}

export interface AnalysisStats {
  sentences: number;
  claims: number;
  /** Sentence pairs compared after candidate generation (grows ~linearly). */
  candidatePairs: number;
}

export interface Analysis {
  claims: Claim[];
  summary: CitedStatement[];
  keyPoints: CitedStatement[];
  quotes: Quote[];
  entities: Entity[];
  discrepancies: Discrepancy[];
  unique: UniqueReport[];
  coverage: CoverageRow[];
  stats: AnalysisStats;
}
