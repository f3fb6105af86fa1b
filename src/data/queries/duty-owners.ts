/** Who a duty reference names: the organisation or post of a duty list, by the seed's name for it. */
import { DUTY_LISTS } from '../../schemas/seed-facts.ts';

export interface DutyOwner {
  id: string;
  /** “党支部”, “党支部书记”: the list's subject, or the id itself for a list the seed does not name. */
  subject: string;
}

export const dutySubject = (id: string): string => DUTY_LISTS.find((d) => d.id === id)?.subject ?? id;

export const dutyOwners = (refs: readonly { id: string }[]): DutyOwner[] =>
  refs.map((ref) => ({ id: ref.id, subject: dutySubject(ref.id) }));
