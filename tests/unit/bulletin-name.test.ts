/** A bulletin's name, one spelling wherever it is shown: the page, the list, the feed, the calendar, search. */
import { describe, expect, it } from 'vitest';
import { bulletinEvents } from '../../src/lib/bulletin-calendar.ts';
import { bulletinName, newestLabel } from '../../src/lib/bulletin-name.ts';

const JULY = { issue: 63, month: '2022-07' };

describe('bulletinName', () => {
  it('names the issue and the month it was issued for, with as much of the series’ name as the place needs', () => {
    expect(bulletinName(JULY)).toBe('第63期（2022年7月）');
    expect(bulletinName(JULY, 'short')).toBe('第63期提示单（2022年7月）');
    expect(bulletinName(JULY, 'full')).toBe('第63期重点工作提示单（2022年7月）');
  });

  it('writes the month as readers do, without a leading zero', () => {
    expect(bulletinName({ issue: 1, month: '2023-01' })).toBe('第1期（2023年1月）');
    expect(bulletinName({ issue: 12, month: '2023-12' })).toBe('第12期（2023年12月）');
  });

  it('names the newest sheet by its month, never as 本月', () => {
    expect(newestLabel(JULY)).toBe('最新一期 · 2022年7月');
  });

  it('is the name a calendar event gives as its source', () => {
    const [event] = bulletinEvents(
      [
        {
          ...JULY,
          id: '2022-07',
          issuedOn: new Date('2022-07-05'),
          example: false,
          tasks: [
            { title: '任务', requirement: '要求', deadline: new Date('2022-07-31'), audience: [{ id: 'branch' }] },
          ],
        },
      ],
      () => undefined,
    );
    expect(event!.description).toContain(`出处：${bulletinName(JULY, 'full')}`);
  });
});
