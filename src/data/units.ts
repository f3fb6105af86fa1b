/** The views of /units/: the subordinate units of the 双面清单, each with its own problem list. */
import { SEED_COUNTS } from '../schemas/seed-facts.ts';
import { UNIT_KINDS } from '../schemas/unit.ts';
import { getUnits } from './queries/entries.ts';

export async function getUnitsPage() {
  return { units: await getUnits(), kinds: UNIT_KINDS, seedCounts: SEED_COUNTS };
}

export const getUnitPaths = async () => (await getUnits()).map((u) => ({ params: { id: u.id }, props: { id: u.id } }));

export async function getUnitPage(id: string) {
  return { unit: (await getUnits()).find((u) => u.id === id)! };
}
