/** Bulletin tasks as calendar events: one all-day event on each task's deadline. */
import type { CalendarEvent } from './ics.ts';
import { formatMonth } from './dates.ts';
import { DUTY_LISTS } from '../schemas/seed-facts.ts';

export interface BulletinForCalendar {
  id: string;
  issue: number;
  month: string;
  issuedOn: Date;
  example: boolean;
  tasks: { title: string; requirement: string; deadline: Date; audience: { id: string }[] }[];
}

const subject = (id: string) => DUTY_LISTS.find((d) => d.id === id)?.subject ?? id;

/**
 * Events for the tasks that `concerns` (every task when omitted); `pageUrl` turns a bulletin id into the
 * address of its page, absolute when the site's address is known.
 */
export function bulletinEvents(
  bulletins: readonly BulletinForCalendar[],
  pageUrl: (id: string) => string | undefined,
  concerns: (audience: { id: string }[]) => boolean = () => true,
): CalendarEvent[] {
  return bulletins.flatMap((b) =>
    b.tasks.flatMap((task, i) =>
      concerns(task.audience)
        ? [
            {
              uid: `bulletin-${b.id}-task-${i + 1}@djzy`,
              date: task.deadline,
              summary: `【提示单截止】${task.title}`,
              description: [
                task.requirement,
                `落实主体：${task.audience.map((a) => subject(a.id)).join('、')}`,
                `出处：第${b.issue}期重点工作提示单（${formatMonth(b.month)}）${b.example ? '，示例内容' : ''}`,
              ].join('\n'),
              url: pageUrl(b.id),
              stamp: b.issuedOn,
            },
          ]
        : [],
    ),
  );
}
