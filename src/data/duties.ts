/** The views of /duties/: the 三级五岗 overview and each duty list. */
import { DUTY_ITEMS } from '../lib/pillar-counts.ts';
import { DUTY_LEVELS, DUTY_LISTS, SEED_FIGURES } from '../schemas/seed-facts.ts';
import { dutyItemsView } from './queries/duty-items.ts';
import { getDutyLists } from './queries/entries.ts';

export async function getDutiesPage() {
  const lists = await getDutyLists();
  return {
    present: new Set(lists.map((l) => l.id)),
    lists,
    total: DUTY_ITEMS,
    levels: DUTY_LEVELS,
    facts: DUTY_LISTS,
    seedFigures: SEED_FIGURES,
  };
}

export const getDutyListPaths = async () =>
  (await getDutyLists()).map((list) => ({ params: { id: list.id }, props: { id: list.id } }));

export async function getDutyListPage(id: string) {
  const list = (await getDutyLists()).find((l) => l.id === id)!;
  return { list, items: await dutyItemsView(list.data.items), post: list.fact.kind === '岗位' };
}
