/**
 * A limit's offset as an editor writes it in a procedure's frontmatter — “当日”, “1个月后”, “6个月前”,
 * “5个工作日后” — and back: one spelling for the content, the page text and the solver's model.
 */
import { OFFSET_PATTERN } from '../../schemas/timeline.ts';
import type { Duration, Unit } from './rules.ts';

const UNITS: Record<string, Unit> = { 天: 'days', 个工作日: 'workingDays', 个月: 'months', 年: 'years' };
const WORDS: Record<Unit, string> = { days: '天', workingDays: '个工作日', months: '个月', years: '年' };

export interface Offset {
  offset: Duration;
  direction: 'after' | 'before';
}

/** The offset written as text; undefined when it does not match OFFSET_PATTERN. */
export function parseOffset(text: string): Offset | undefined {
  const m = OFFSET_PATTERN.exec(text);
  if (!m) return undefined;
  if (m[1] === undefined) return { offset: { amount: 0, unit: 'days' }, direction: 'after' };
  return { offset: { amount: Number(m[1]), unit: UNITS[m[2]!]! }, direction: m[3] === '前' ? 'before' : 'after' };
}

export function formatOffset({ offset, direction }: Offset): string {
  if (offset.amount === 0) return '当日';
  return `${offset.amount}${WORDS[offset.unit]}${direction === 'before' ? '前' : '后'}`;
}
