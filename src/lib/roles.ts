/**
 * What concerns a post (五岗): its own list, its organisation's list, and anything addressed to either. Pure, so
 * the role portals' selection is tested without Astro.
 */
import { DUTY_LISTS, type DutyListFact } from '../schemas/seed-facts.ts';

/** The duty-list ids that speak to a post: the post itself and the organisation it belongs to. */
export function audienceOf(postId: string): string[] {
  const post = DUTY_LISTS.find((d) => d.id === postId);
  if (!post) return [];
  return post.organisation ? [post.id, post.organisation] : [post.id];
}

/** True when any of `refs` (duty-list references) addresses the post. */
export function concernsPost(refs: readonly { id: string }[], postId: string): boolean {
  const audience = audienceOf(postId);
  return refs.some((ref) => audience.includes(ref.id));
}

export function postFact(postId: string): DutyListFact | undefined {
  return DUTY_LISTS.find((d) => d.id === postId && d.kind === '岗位');
}
