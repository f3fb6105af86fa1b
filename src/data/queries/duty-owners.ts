/** Who a duty reference names: the organisation or post of a duty list, by the name src/lib/duty-lists.ts gives it. */
import { dutyListOwner } from '../../lib/duty-lists.ts';

export interface DutyOwner {
  id: string;
  /** “党支部”, “党支部书记”: the list's subject, or the id itself for a list the seed does not name. */
  subject: string;
}

export const dutyOwners = (refs: readonly { id: string }[]): DutyOwner[] =>
  refs.map((ref) => ({ id: ref.id, subject: dutyListOwner(ref.id) }));
