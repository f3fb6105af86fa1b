/**
 * `astro:content` for unit tests of the view layer (src/data/): collections are whatever the test puts in with
 * setCollections, so a view function is tested on a handful of entries without a build.
 */
type Entry = { id: string; collection: string; data: Record<string, unknown>; body?: string; filePath?: string };

let collections: Record<string, Entry[]> = {};

export function setCollections(entries: Record<string, Omit<Entry, 'collection'>[]>): void {
  collections = Object.fromEntries(
    Object.entries(entries).map(([name, list]) => [name, list.map((e) => ({ ...e, collection: name }))]),
  );
}

export async function getCollection(name: string): Promise<Entry[]> {
  return [...(collections[name] ?? [])];
}

export async function getEntry(name: string, id: string): Promise<Entry | undefined> {
  return collections[name]?.find((e) => e.id === id);
}

export async function render(entry: Entry) {
  return { Content: () => entry.body ?? '', headings: [] };
}

export type CollectionEntry<_C> = Entry & { data: never };
export type CollectionKey = string;
