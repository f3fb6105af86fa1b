/**
 * What a schema needs from its surroundings. Astro supplies `reference()` and `image()` from astro:content; the
 * content checker (src/lib/content-check) supplies stand-ins with the same output shape, so both validate content
 * with the very same schema definitions.
 */
import type { z } from 'astro/zod';

/** Every collection of content/, by the name pages and references use. */
export type CollectionName =
  | 'site'
  | 'duties'
  | 'chapters'
  | 'procedures'
  | 'flowcharts'
  | 'templates'
  | 'regulations'
  | 'bulletins'
  | 'rectification'
  | 'units'
  | 'series'
  | 'cases'
  | 'publicity'
  | 'revisions'
  | 'searchWords';

/** The value a reference field holds after validation: the same shape Astro's reference() produces. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

export interface SchemaContext {
  /** A field naming an entry of another collection by its id. */
  reference: <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>>;
  /** A local image next to the entry (covers, photos), optimised by astro:assets. */
  image: () => z.ZodType<unknown>;
}
