/** Bulletin tasks as calendar events: one all-day event on each task's deadline. */
import type { CalendarEvent } from './ics.ts';
import { bulletinName } from './bulletin-name.ts';
import { dutyListOwner } from './duty-lists.ts';

export interface BulletinForCalendar {
  id: string;
  issue: number;
  month: string;
  issuedOn: Date;
  example: boolean;
  tasks: { title: string; requirement: string; deadline: Date; audience: { id: string }[] }[];
}

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
                `落实主体：${task.audience.map((a) => dutyListOwner(a.id)).join('、')}`,
                `出处：${bulletinName(b, 'full')}${b.example ? '，示例内容' : ''}`,
              ].join('\n'),
              url: pageUrl(b.id),
              stamp: b.issuedOn,
            },
          ]
        : [],
    ),
  );
}
