/** The typical-case views: the showcase, each series and each case, and the publicity pages beside them. */
import { render } from 'astro:content';
import { getCases, getPublicity, getSeries, indexOf } from './entries.ts';
import { PUBLICITY_KINDS } from '../schemas/publicity.ts';

export async function getCasesPage() {
  const cases = await getCases();
  const series = await getSeries();
  const counts = new Map(series.map((s) => [s.id, cases.filter((c) => c.data.series.id === s.id).length]));
  return {
    cases,
    series,
    titles: new Map(series.map((s) => [s.id, s.data.title])),
    countOf: (id: string) => counts.get(id) ?? 0,
  };
}

export const getSeriesPaths = async () =>
  (await getSeries()).map((s) => ({ params: { id: s.id }, props: { id: s.id } }));

export async function getSeriesPage(id: string) {
  const series = (await getSeries()).find((s) => s.id === id)!;
  return { series, cases: (await getCases()).filter((c) => c.data.series.id === id) };
}

export const getCasePaths = async () => (await getCases()).map((c) => ({ params: { id: c.id }, props: { id: c.id } }));

export async function getCasePage(id: string) {
  const entry = (await getCases()).find((c) => c.id === id)!;
  return {
    entry,
    data: entry.data,
    Content: (await render(entry)).Content,
    series: (await indexOf('series')).get(entry.data.series.id),
  };
}

export async function getPublicityPage() {
  const entries = await getPublicity();
  return {
    groups: PUBLICITY_KINDS.map((kind) => ({ kind, items: entries.filter((e) => e.data.kind === kind) })).filter(
      (g) => g.items.length > 0,
    ),
  };
}

export const getPublicityPaths = async () =>
  (await getPublicity()).map((e) => ({ params: { id: e.id }, props: { id: e.id } }));

export async function getPublicityItemPage(id: string) {
  const entry = (await getPublicity()).find((e) => e.id === id)!;
  return { entry, Content: (await render(entry)).Content };
}
