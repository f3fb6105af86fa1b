import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineLabel, deadlineState, isSheetOfMonth } from '../../src/lib/deadline.ts';

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
  it('counts a sheet as the reader’s own only in its own month, by the reader’s local calendar', () => {
    expect(isSheetOfMonth('2022-07', today)).toBe(true);
    expect(isSheetOfMonth('2022-07', new Date(2022, 6, 31, 23, 59))).toBe(true);
    expect(isSheetOfMonth('2022-07', new Date(2022, 7, 1))).toBe(false);
    expect(isSheetOfMonth('2022-06', today)).toBe(false);
    expect(isSheetOfMonth('2021-07', today)).toBe(false);
    expect(isSheetOfMonth('2026-12', new Date(2026, 11, 7))).toBe(true);
  });
});
