/**
 * The monthly bulletins as several views show them (their own pages, the home page, the role portals): the newest
 * sheet's label and its tasks with their owners named.
 */
import type { CollectionEntry } from 'astro:content';
import { formatMonth } from '../../lib/dates.ts';
import { dutyOwners, type DutyOwner } from './duty-owners.ts';

/**
 * What the home page says under the newest sheet's heading, so nothing in it reads as today's work: whose month its
 * deadlines belong to, and, for an illustrative sheet, that it is one (the heading's 示例 badge says it in a word).
 */
export function sheetAsOf(bulletin: { data: { month: string; example: boolean } }): string {
  const month = formatMonth(bulletin.data.month);
  const plan = `所列时限是${month}当期的安排。`;
  return bulletin.data.example ? `${plan}本期为示例，任务内容为示意，不是实际印发的提示单。` : plan;
}

export type BulletinTask = CollectionEntry<'bulletins'>['data']['tasks'][number];

/** A task as the task list shows it: with the duty lists it is addressed to, by name. */
export type TaskView = BulletinTask & { owners: DutyOwner[] };

export const taskViews = (tasks: readonly BulletinTask[]): TaskView[] =>
  tasks.map((task) => ({ ...task, owners: dutyOwners(task.audience) }));
