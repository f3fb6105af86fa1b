/** The views of /publicity/: the publicity platforms and activities, and each one's page. */
import { render } from 'astro:content';
import { PUBLICITY_KINDS } from '../schemas/publicity.ts';
import { SEED_FIGURES } from '../schemas/seed-facts.ts';
import { getPublicity } from './queries/entries.ts';

export async function getPublicityPage() {
  const entries = await getPublicity();
  return {
    groups: PUBLICITY_KINDS.map((kind) => ({ kind, items: entries.filter((e) => e.data.kind === kind) })).filter(
      (g) => g.items.length > 0,
    ),
    seedFigures: SEED_FIGURES,
  };
}

export const getPublicityPaths = async () =>
  (await getPublicity()).map((e) => ({ params: { id: e.id }, props: { id: e.id } }));

export async function getPublicityItemPage(id: string) {
  const entry = (await getPublicity()).find((e) => e.id === id)!;
  return { entry, Content: (await render(entry)).Content };
}
