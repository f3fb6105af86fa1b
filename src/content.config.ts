/**
 * Astro collections, built from the registry in src/schemas/collections.ts so that Astro and `npm run check`
 * read content/ the same way and validate it with the same schemas.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { globSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionDef } from './schemas/collections.ts';
import { EDITION_COLLECTIONS } from './lib/editions/collections.ts';
import { inEdition, readEditionList } from './lib/content-source/editions.ts';
import { FOLDERS } from './lib/paths.ts';
import type { SchemaContext } from './schemas/context.ts';

function loaderFor(def: CollectionDef) {
  const source = def.source;
  if (source.kind === 'glob') {
    return glob({ base: source.base, pattern: source.pattern, generateId: ({ entry }) => source.idOf(entry) });
  }
  if (source.single) {
    const id = source.single.id;
    return file(source.path, { parser: (text) => ({ [id]: parseYaml(text) as Record<string, unknown> }) });
  }
  return file(source.path);
}

/**
 * Astro asks for the schema once per entry, because its image() resolves paths against the entry's own file. A
 * schema that never asks for an image is the same for every entry, so it is built once: building one costs more
 * than parsing an entry with it (zod 4 compiles it).
 */
/**
 * A kind of entry in every frozen edition at once (editions/<year>/ mirrors content/), with ids `<year>/<id>`: one
 * collection per kind rather than per edition, so a new edition needs no change here.
 */
function editionsLoaderFor(def: CollectionDef): Loader {
  const source = def.source;
  const yearOf = (path: string) => path.slice(0, path.indexOf('/'));
  if (source.kind === 'glob') {
    return glob({
      base: FOLDERS.editions,
      pattern: `*/${inEdition(source.base)}/${source.pattern}`,
      generateId: ({ entry }) => `${yearOf(entry)}/${source.idOf(entry.slice(entry.indexOf('/') + 1))}`,
    });
  }
  // A list file (chapters.yaml, regulations.yaml): each item of each edition's copy is an entry.
  return {
    name: 'edition-lists',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const path of globSync(`*/${inEdition(source.path)}`, { cwd: FOLDERS.editions }).sort()) {
        const items = readEditionList(`${FOLDERS.editions}/${path}`);
        for (const item of items) {
          const id = `${yearOf(path)}/${String(item.id)}`;
          const data = await parseData({ id, data: item });
          store.set({ id, data, digest: generateDigest(item), filePath: `${FOLDERS.editions}/${path}` });
        }
      }
    },
  };
}

function collectionFrom<S extends z.ZodType>(def: CollectionDef<S>, loader = loaderFor(def)) {
  let shared: S | undefined;
  return defineCollection({
    loader,
    schema: ({ image }) => {
      if (shared) return shared;
      let asksForImages = false;
      const schema = def.schema({
        reference: reference as SchemaContext['reference'],
        image: () => {
          asksForImages = true;
          return image();
        },
      });
      if (!asksForImages) shared = schema;
      return schema;
    },
  });
}

export const collections = {
  site: collectionFrom(COLLECTIONS.site),
  duties: collectionFrom(COLLECTIONS.duties),
  chapters: collectionFrom(COLLECTIONS.chapters),
  procedures: collectionFrom(COLLECTIONS.procedures),
  flowcharts: collectionFrom(COLLECTIONS.flowcharts),
  templates: collectionFrom(COLLECTIONS.templates),
  regulations: collectionFrom(COLLECTIONS.regulations),
  bulletins: collectionFrom(COLLECTIONS.bulletins),
  rectification: collectionFrom(COLLECTIONS.rectification),
  units: collectionFrom(COLLECTIONS.units),
  series: collectionFrom(COLLECTIONS.series),
  cases: collectionFrom(COLLECTIONS.cases),
  publicity: collectionFrom(COLLECTIONS.publicity),
  revisions: collectionFrom(COLLECTIONS.revisions),
  searchWords: collectionFrom(COLLECTIONS.searchWords),
  ...editionCollections(),
};

/** The past editions' collections (src/lib/editions/collections.ts names them). */
function editionCollections() {
  const of = <S extends z.ZodType>(def: CollectionDef<S>) => collectionFrom(def, editionsLoaderFor(def));
  return {
    [EDITION_COLLECTIONS.chapters]: of(COLLECTIONS.chapters),
    [EDITION_COLLECTIONS.procedures]: of(COLLECTIONS.procedures),
    [EDITION_COLLECTIONS.flowcharts]: of(COLLECTIONS.flowcharts),
    [EDITION_COLLECTIONS.templates]: of(COLLECTIONS.templates),
    [EDITION_COLLECTIONS.regulations]: of(COLLECTIONS.regulations),
  } as const;
}
