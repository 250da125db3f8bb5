// briefing.json has two descriptions: the zod schema (what the site validates, and the published JSON
// Schema) and the pipeline's types. tsc checks this file, so neither can drift from the other:
// everything the pipeline builds passes the schema, and everything the schema admits is a Briefing.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { articleMetaSchema } from '../../../src/lib/schema/article.ts';
import { briefingSchema } from '../../../src/lib/schema/briefing.ts';
import type { ArticleMeta, Briefing } from '../../../src/lib/types.ts';

/** Plain TypeScript assignability (true when every A is a B). */
type Assignable<A, B> = [A] extends [B] ? true : false;

describe('types and schemas agree', () => {
  it('a Briefing is what the schema reads, and what it reads is a Briefing', () => {
    expectTypeOf<Assignable<Briefing, z.input<typeof briefingSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<Assignable<z.output<typeof briefingSchema>, Briefing>>().toEqualTypeOf<true>();
  });

  it('article frontmatter is the schema’s own type', () => {
    expectTypeOf<ArticleMeta>().toEqualTypeOf<z.output<typeof articleMetaSchema>>();
  });
});
