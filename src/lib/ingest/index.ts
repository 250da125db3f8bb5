// Ingest stage: raw seed files → clean Article objects → content/articles/<id>.md.
export { SeedError } from './errors.ts';
export { MAX_SEED_BYTES } from './decode.ts';
export { ingestSeed } from './seed.ts';
export { ingestSeeds } from './seeds.ts';
export { articleToMarkdown, markdownToArticle } from './serialize.ts';
export { writeContent } from './write.ts';
