/**
 * A branch's answers and how they are kept in its browser (localStorage, nothing leaves the machine). The stored
 * text carries a format version; reading it never throws: a damaged or unknown record reads as no answers, and an
 * answer whose item is gone stays stored but is counted and exported nowhere.
 */
import type { CheckGroup } from './checklist.ts';

/** Stored codes, not the labels, so a reworded label keeps the saved answers. */
export const ANSWERS = [
  { code: 'absent', label: '不存在' },
  { code: 'present', label: '存在' },
  { code: 'fixed', label: '已整改' },
] as const;

export type Answer = (typeof ANSWERS)[number]['code'];

export const answerLabel = (answer: Answer): string => ANSWERS.find((a) => a.code === answer)!.label;

/** 存在 and 已整改 are what the report lists. */
export const isFinding = (answer: Answer | undefined): boolean => answer === 'present' || answer === 'fixed';

export interface ItemAnswer {
  answer?: Answer;
  note?: string;
  /** 计划完成时间, yyyy-mm-dd as a date field gives it. */
  date?: string;
}

export interface SelfCheckState {
  /** The branch's name and the report's date, as the reader typed them (both optional). */
  branch: string;
  date: string;
  answers: Record<string, ItemAnswer>;
}

export const STORAGE_KEY = 'djzy-self-check';
export const STORAGE_VERSION = 1;

export const emptyState = (): SelfCheckState => ({ branch: '', date: '', answers: {} });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODES = new Set<string>(ANSWERS.map((a) => a.code));
const MAX_TEXT = 500;

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : '');

/** One item's answer with only the fields that are set and valid; undefined when nothing is. */
function cleanAnswer(raw: unknown): ItemAnswer | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { a, n, d } = raw as Record<string, unknown>;
  const out: ItemAnswer = {};
  if (typeof a === 'string' && CODES.has(a)) out.answer = a as Answer;
  if (text(n).trim()) out.note = text(n);
  if (typeof d === 'string' && ISO_DAY.test(d)) out.date = d;
  return Object.keys(out).length ? out : undefined;
}

/** The stored form: `{ v, branch, date, answers: { id: { a, n, d } } }`, empty answers left out. */
export function serializeState(state: SelfCheckState): string {
  const answers: Record<string, { a?: Answer; n?: string; d?: string }> = {};
  for (const [id, item] of Object.entries(state.answers)) {
    const stored = { a: item.answer, n: item.note?.trim() ? item.note : undefined, d: item.date || undefined };
    if (stored.a || stored.n || stored.d) answers[id] = stored;
  }
  return JSON.stringify({ v: STORAGE_VERSION, branch: state.branch, date: state.date, answers });
}

/** The state a stored text holds; anything unreadable reads as empty. */
export function parseState(stored: string | null | undefined): SelfCheckState {
  const state = emptyState();
  if (!stored) return state;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return state;
  }
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== STORAGE_VERSION) return state;
  const record = raw as { branch?: unknown; date?: unknown; answers?: unknown };
  state.branch = text(record.branch);
  state.date = typeof record.date === 'string' && ISO_DAY.test(record.date) ? record.date : '';
  if (record.answers && typeof record.answers === 'object') {
    for (const [id, value] of Object.entries(record.answers as Record<string, unknown>)) {
      const answer = cleanAnswer(value);
      if (answer) state.answers[id] = answer;
    }
  }
  return state;
}

export interface Summary {
  /** Items on the list. */
  total: number;
  absent: number;
  present: number;
  fixed: number;
  /** Items without an answer (a note alone is not an answer). */
  unanswered: number;
}

/** Counts over the items of the list only: an answer to an item no longer listed is not counted. */
export function summarize(groups: readonly CheckGroup[], state: SelfCheckState): Summary {
  const summary: Summary = { total: 0, absent: 0, present: 0, fixed: 0, unanswered: 0 };
  for (const item of groups.flatMap((g) => g.items)) {
    summary.total++;
    const answer = state.answers[item.id]?.answer;
    if (answer) summary[answer]++;
    else summary.unanswered++;
  }
  return summary;
}

/** “已填 12 项，共 155 项：不存在 9 项，存在 2 项，已整改 1 项。” */
export function summaryText(s: Summary): string {
  return (
    `已填 ${s.total - s.unanswered} 项，共 ${s.total} 项：` +
    `不存在 ${s.absent} 项，存在 ${s.present} 项，已整改 ${s.fixed} 项。`
  );
}
