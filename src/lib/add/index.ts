// `briefing add`: one article into seeds/, validated by ingest and checked for duplicates first.
export { AddError, overLimit, type AddExit } from './errors.ts';
export { FETCH_TIMEOUT_MS, fetchArticle, isHttpUrl, type Fetched, type FetchOptions } from './fetch.ts';
export { checkName, checkPublished, checkUrl, givenFromFlags, type AddFlags, type SeedStem } from './flags.ts';
export { withFrontmatter } from './frontmatter.ts';
export { extForFormat, nextPrefix, seedExtension, seedFileName, slugify } from './naming.ts';
export { composeSeed, givenLost, planAdd, summaryLine, type AddInput, type AddPlan, type SeedFolder } from './plan.ts';
export { bodyWords, findDuplicate, jaccard, NEAR_DUPLICATE, percent, shingleSet, type Duplicate, type KnownSeed } from './similarity.ts';
