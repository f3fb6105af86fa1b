/**
 * A branch's answers and how they are kept in its browser (localStorage, nothing leaves the machine). The stored
 * text carries a format version; reading it never throws and loses nothing unnoticed (see lib/saved-record.ts):
 * what cannot be read is reported and the record kept aside; an answer whose item is gone stays stored and is
 * reported, but counted and exported nowhere.
 */
import type { CheckGroup } from './checklist.ts';
import { isPlainObject, storedDate, type FieldProblem, type Reading, type RecordSpec } from '../saved-record.ts';

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

const CODES = new Set<string>(ANSWERS.map((a) => a.code));

/** The stored form: `{ v, branch, date, answers: { id: { a, n, d } } }`, empty answers left out. */
export function serializeState(state: SelfCheckState): string {
  const answers: Record<string, { a?: Answer; n?: string; d?: string }> = {};
  for (const [id, item] of Object.entries(state.answers)) {
    const stored = { a: item.answer, n: item.note?.trim() ? item.note : undefined, d: item.date || undefined };
    if (stored.a || stored.n || stored.d) answers[id] = stored;
  }
  return JSON.stringify({ v: STORAGE_VERSION, branch: state.branch, date: state.date, answers });
}

/**
 * One item's stored answer: the fields that are set and valid; `bad` counts the parts that are not (an unknown
 * code, a note that is not text, an impossible date, a field this version does not know).
 */
function readAnswer(id: string, raw: unknown, fields: FieldProblem[]): { answer: ItemAnswer; bad: number } {
  const answer: ItemAnswer = {};
  if (!isPlainObject(raw)) return { answer, bad: 1 };
  const { a, n, d, ...rest } = raw;
  let bad = Object.keys(rest).length;
  if (typeof a === 'string' && CODES.has(a)) answer.answer = a as Answer;
  else if (a !== undefined) bad++;
  if (typeof n === 'string') {
    if (n.trim()) answer.note = n;
  } else if (n !== undefined) bad++;
  const before = fields.length;
  const date = storedDate(d, `${id}-date`, fields);
  if (date) answer.date = date;
  return { answer, bad: bad + fields.length - before };
}

/**
 * The state a stored text holds, with what could not be read. Only one format (v1) has ever been written, under
 * `djzy-self-check`; a higher version is a newer page's.
 */
export function readSelfCheck(raw: string): Reading<SelfCheckState> {
  const state = emptyState();
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { state, damage: 'unreadable' };
  }
  if (!isPlainObject(record)) return { state, damage: 'unreadable' };
  const { v, branch, date, answers, ...rest } = record;
  if (typeof v === 'number' && v > STORAGE_VERSION) return { state, damage: 'newer' };
  if (v !== STORAGE_VERSION) return { state, damage: 'unreadable' };
  const fields: FieldProblem[] = [];
  let bad = Object.keys(rest).length;
  if (typeof branch === 'string') state.branch = branch;
  else if (branch !== undefined) bad++;
  state.date = storedDate(date, 'date', fields);
  bad += fields.length;
  if (isPlainObject(answers)) {
    for (const [id, value] of Object.entries(answers)) {
      const read = readAnswer(id, value, fields);
      bad += read.bad;
      if (Object.keys(read.answer).length) state.answers[id] = read.answer;
    }
  } else if (answers !== undefined) bad++;
  return bad ? { state, damage: bad, fields } : { state };
}

export const SELF_CHECK_RECORD: RecordSpec<SelfCheckState> = {
  tool: 'self-check',
  key: STORAGE_KEY,
  legacyKeys: [],
  read: readSelfCheck,
  write: serializeState,
  empty: emptyState,
};

/** Ids of stored answers to items no longer on the list (a standard reworded or removed). */
export function answersOffList(groups: readonly CheckGroup[], state: SelfCheckState): string[] {
  const listed = new Set(groups.flatMap((g) => g.items.map((item) => item.id)));
  return Object.keys(state.answers).filter((id) => !listed.has(id));
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
