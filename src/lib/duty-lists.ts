/**
 * Who a duty list (责任清单) belongs to, named once for every place that names it: links to the lists, the handbook's
 * and the calendar's 责任主体, the role portals and the comparison of editions. The lists themselves are seed facts
 * (DUTY_LISTS in src/schemas/seed-facts.ts).
 */
import { DUTY_LISTS } from '../schemas/seed-facts.ts';

/** '党支部书记' for 'branch-secretary'; an id that names no list is shown as it is written, so it is still seen. */
export function dutyListOwner(id: string): string {
  return DUTY_LISTS.find((list) => list.id === id)?.subject ?? id;
}
