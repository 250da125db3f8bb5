import type { Briefing } from '../types.ts';
import { withoutSharedWith } from './shared-with.ts';

/**
 * The same briefing always gives the same bytes. Compact, because a big story's briefing runs to
 * hundreds of megabytes and every page build parses it; a paragraph's text is left out, as it is
 * exactly its sentences (headings keep theirs), and so is each sentence's `sharedWith`, which its
 * claim gives (shared-with.ts).
 */
export function serializeBriefing(briefing: Briefing): string {
  const sources = withoutSharedWith(briefing.sources).map((source) => ({
    ...source,
    blocks: source.blocks.map((block) => (block.kind === 'paragraph' ? { ...block, text: '' } : block)),
  }));
  return `${JSON.stringify({ ...briefing, sources })}\n`;
}
