import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineLabel, deadlineState } from '../../src/lib/deadline.ts';

const today = new Date(2022, 6, 10); // 2022-07-10, local time as the browser sees it

describe('deadlines', () => {
  it('counts calendar days', () => {
    expect(daysUntil('2022-07-15', today)).toBe(5);
    expect(daysUntil('2022-07-10', today)).toBe(0);
    expect(daysUntil('2022-06-30', today)).toBe(-10);
  });
  it('marks overdue and due-soon tasks, and leaves later ones alone', () => {
    expect(deadlineLabel(deadlineState('2022-07-09', today))).toBe('已过时限');
    expect(deadlineLabel(deadlineState('2022-07-10', today))).toBe('今天截止');
    expect(deadlineLabel(deadlineState('2022-07-17', today))).toBe('还有 7 天');
    expect(deadlineLabel(deadlineState('2022-07-18', today))).toBeUndefined();
  });
});
