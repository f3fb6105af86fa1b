/**
 * The 党费计算 tool's record in the reader's browser (localStorage only): the members as typed. Read without ever
 * throwing and without losing anything unnoticed (lib/saved-record.ts): a record that is not JSON, not this shape,
 * from a newer page, or with members or fields this page cannot read is reported and kept aside; the rest is used.
 */
import { isPlainObject, type Reading, type RecordSpec } from '../saved-record.ts';
import { emptyMember, type MemberInput, type Relief } from './member.ts';

export const DUES_KEY = 'djzy-party-dues';
export const DUES_VERSION = 1;

export interface DuesState {
  members: MemberInput[];
}

export const emptyDues = (): DuesState => ({ members: [emptyMember()] });

export const serializeDues = (state: DuesState) => JSON.stringify({ v: DUES_VERSION, members: state.members });

const TEXT_FIELDS = ['name', 'category', 'income', 'set', 'approved', 'extra'] as const;
const RELIEFS: readonly Relief[] = ['', 'less', 'exempt'];

/** One stored member: its readable fields, and how many were not. */
function readMember(raw: unknown): { member: MemberInput; bad: number } {
  const member = emptyMember();
  if (!isPlainObject(raw)) return { member, bad: 1 };
  let bad = 0;
  for (const [key, value] of Object.entries(raw)) {
    if ((TEXT_FIELDS as readonly string[]).includes(key) && typeof value === 'string')
      member[key as (typeof TEXT_FIELDS)[number]] = value;
    else if (key === 'relief' && RELIEFS.includes(value as Relief)) member.relief = value as Relief;
    else if (
      key === 'months' &&
      Array.isArray(value) &&
      value.length <= 12 &&
      value.every((v) => typeof v === 'string')
    )
      member.months = [...value, '', '', ''].slice(0, Math.max(3, value.length)) as string[];
    else bad++;
  }
  return { member, bad };
}

export function readDues(raw: string): Reading<DuesState> {
  const state: DuesState = { members: [] };
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { state: emptyDues(), damage: 'unreadable' };
  }
  if (!isPlainObject(record)) return { state: emptyDues(), damage: 'unreadable' };
  const { v, members, ...rest } = record;
  if (typeof v === 'number' && v > DUES_VERSION) return { state: emptyDues(), damage: 'newer' };
  if (v !== DUES_VERSION || !Array.isArray(members)) return { state: emptyDues(), damage: 'unreadable' };
  let bad = Object.keys(rest).length;
  for (const m of members) {
    const read = readMember(m);
    bad += read.bad;
    state.members.push(read.member);
  }
  if (!state.members.length) state.members.push(emptyMember());
  return bad ? { state, damage: bad } : { state };
}

export const DUES_RECORD: RecordSpec<DuesState> = {
  tool: 'party-dues',
  key: DUES_KEY,
  legacyKeys: [],
  read: readDues,
  write: serializeDues,
  empty: emptyDues,
};
