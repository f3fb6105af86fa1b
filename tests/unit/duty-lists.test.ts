/** Who a duty list belongs to, named once: by the seed's lists, and what the calendar and the editions show. */
import { describe, expect, it } from 'vitest';
import { bulletinEvents } from '../../src/lib/bulletin-calendar.ts';
import { dutyListOwner } from '../../src/lib/duty-lists.ts';
import { DUTY_LISTS } from '../../src/schemas/seed-facts.ts';

describe('dutyListOwner', () => {
  it('names each of the nine lists by whom it binds, each name told apart from the others', () => {
    expect(dutyListOwner('branch-secretary')).toBe('党（总）支部书记');
    expect(dutyListOwner('committee')).toBe('党委');
    const owners = DUTY_LISTS.map((list) => dutyListOwner(list.id));
    expect(new Set(owners).size).toBe(DUTY_LISTS.length);
    expect(owners.every((owner) => /^[\u4e00-\u9fff（）]+$/.test(owner))).toBe(true);
  });

  it('shows an id that names no list as it is written, so a mistake is seen rather than hidden', () => {
    expect(dutyListOwner('nobody')).toBe('nobody');
  });

  it('is the 落实主体 a calendar event names', () => {
    const [event] = bulletinEvents(
      [
        {
          id: '2022-07',
          issue: 63,
          month: '2022-07',
          issuedOn: new Date('2022-07-05'),
          example: false,
          tasks: [
            {
              title: '任务',
              requirement: '要求',
              deadline: new Date('2022-07-31'),
              audience: [{ id: 'branch' }, { id: 'branch-secretary' }],
            },
          ],
        },
      ],
      () => undefined,
    );
    expect(event!.description).toContain(`落实主体：${dutyListOwner('branch')}、${dutyListOwner('branch-secretary')}`);
  });
});
