// `briefing add`: one article into seeds/, validated by ingest and checked for duplicates first.
export { AddError, overLimit } from './errors.ts';
export { fetchArticle, isHttpUrl } from './fetch.ts';
export { checkName, checkPublished, checkUrl, givenFromFlags, type SeedStem } from './flags.ts';
export { withFrontmatter } from './frontmatter.ts';
export { nextPrefix, seedExtension, slugify } from './naming.ts';
export { planAdd, summaryLine, type AddPlan, type SeedFolder } from './plan.ts';
export { findDuplicate, jaccard, percent, shingleSet, type KnownSeed } from './similarity.ts';
