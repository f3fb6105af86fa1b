/**
 * Records kept in the browser: opened with a Map standing in for localStorage, so that each kind of record — current,
 * under an earlier key, not JSON, the wrong shape, a newer format, partly damaged, with impossible dates — and each
 * kind of refusing storage is shown to lose nothing without a notice. The timeline's reader is tested here too.
 */
import { describe, expect, it } from 'vitest';
import { fieldProblemText, keptFileName, recordNotices } from '../../src/lib/saved-record-words.ts';
import { openRecord, stampOf, writeRecord, type OpenedRecord, type Store } from '../../src/lib/saved-record.ts';
import { SELF_CHECK_RECORD, type SelfCheckState } from '../../src/lib/self-check/answers.ts';
import {
  datesOffPage,
  readTimelineDates,
  serializeTimelineDates,
  timelineRecord,
} from '../../src/lib/timeline/saved-dates.ts';

/** localStorage over a Map; `refuse` makes setItem throw for the keys it matches (a full quota). */
class MapStore implements Store {
  readonly map = new Map<string, string>();
  private readonly refuse: (key: string) => boolean;
  constructor(entries: Record<string, string> = {}, refuse: (key: string) => boolean = () => false) {
    for (const [k, v] of Object.entries(entries)) this.map.set(k, v);
    this.refuse = refuse;
  }
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse(key)) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  snapshot() {
    return Object.fromEntries(this.map);
  }
}

const NOW = new Date(2026, 11, 7, 10, 15, 30); // local time, as the page stamps it
const KEPT = 'djzy-self-check-unreadable-2026-12-07-101530';
/** The notices the page shows for what opening found (their buttons act on `store`). */
const noticesOf = (opened: OpenedRecord<unknown>, store?: Store, tool: 'self-check' | 'timeline' = 'self-check') =>
  recordNotices(
    opened.findings,
    tool,
    tool === 'timeline' ? 'djzy-timeline-branch-election' : 'djzy-self-check',
    store,
    NOW,
  );
const texts = (opened: OpenedRecord<unknown>, tool: 'self-check' | 'timeline' = 'self-check') =>
  noticesOf(opened, undefined, tool).map((n) => n.text);
const open = (store: Store | undefined) => openRecord(store, SELF_CHECK_RECORD, NOW);
const current = (state: Partial<SelfCheckState>) => SELF_CHECK_RECORD.write({ ...SELF_CHECK_RECORD.empty(), ...state });

describe('openRecord', () => {
  it('nothing stored: an empty record, no notice, nothing written', () => {
    const store = new MapStore();
    const opened = open(store);
    expect(opened).toEqual({ state: SELF_CHECK_RECORD.empty(), canSave: true, findings: [], fields: [] });
    expect(store.snapshot()).toEqual({});
  });

  it('a current record: read, left as it is, no notice', () => {
    const raw = current({ branch: '第一党支部', answers: { p01: { answer: 'absent' } } });
    const store = new MapStore({ 'djzy-self-check': raw });
    const opened = open(store);
    expect(opened.state.answers).toEqual({ p01: { answer: 'absent' } });
    expect(opened.findings).toEqual([]);
    expect(store.snapshot()).toEqual({ 'djzy-self-check': raw });
  });

  it.each([
    ['not JSON', '{"v":1,"answers":{"p01":', '格式无法识别'],
    ['the wrong shape', '[{"a":"present"}]', '格式无法识别'],
    ['a newer format', '{"v":2,"answers":{"p01":{"a":"present","why":"新字段"}}}', '来自更新版本的页面，本页无法读取'],
  ])('%s: kept aside byte for byte before anything is written, and said', (_what, raw, damage) => {
    const store = new MapStore({ 'djzy-self-check': raw });
    const opened = open(store);
    expect(store.getItem(KEPT)).toBe(raw);
    expect(opened.canSave).toBe(true);
    expect(texts(opened)).toEqual([
      `本机保存的自查记录${damage}。原记录已于2026年12月7日10:15另存，未被覆盖，可以下载留存，或交给信息中心查看。`,
    ]);
    expect(noticesOf(opened)[0]).toMatchObject({
      alert: true,
      file: { name: 'djzy-self-check-saved-2026-12-07-101530.txt', text: raw },
      remove: { label: '删除另存的记录', confirm: '确定删除这份另存的记录吗？删除后不能恢复，请先下载保存。' },
    });
    // The key itself now holds a clean record, so the next visit does not keep the same text again …
    expect(JSON.parse(store.getItem('djzy-self-check')!)).toMatchObject({ v: 1, answers: {} });
    // … and the kept copy is still reported on later visits, once.
    const later = openRecord(store, SELF_CHECK_RECORD, new Date(2026, 11, 9));
    expect(texts(later)).toEqual(texts(opened));
    expect([...store.map.keys()].filter((k) => k.includes('unreadable'))).toEqual([KEPT]);
    // Deleted on the reader's word only: then it is gone, and so is the notice.
    expect(noticesOf(later, store)[0]!.remove!.run()).toBe(true);
    expect(store.getItem(KEPT)).toBeNull();
    expect(open(store).findings).toEqual([]);
  });

  it('a partly damaged record: its readable parts used, the whole kept aside, impossible dates named by field', () => {
    const raw = JSON.stringify({
      v: 1,
      branch: '第一党支部',
      date: '2026-02-30',
      answers: { p01: { a: 'present', n: '说明', d: '2026-13-01' }, p02: { a: '是' } },
    });
    const store = new MapStore({ 'djzy-self-check': raw });
    const opened = open(store);
    expect(opened.state).toEqual({
      branch: '第一党支部',
      date: '',
      answers: { p01: { answer: 'present', note: '说明' } },
    });
    expect(store.getItem(KEPT)).toBe(raw);
    expect(texts(opened)).toEqual([
      '本机保存的自查记录有 3 处内容无法识别，其余内容已读出。原记录已于2026年12月7日10:15另存，未被覆盖，可以下载留存，或交给信息中心查看。',
    ]);
    expect(opened.fields).toEqual([
      { field: 'date', value: '2026-02-30', reason: '不是有效日期：2026年2月只有28天' },
      { field: 'p01-date', value: '2026-13-01', reason: '不是有效日期：月份只有1至12月' },
    ]);
    // The record under the key holds no impossible date, so nothing exported from it can.
    expect(store.getItem('djzy-self-check')).not.toMatch(/2026-02-30|2026-13-01/);
  });

  it('two kept copies in the same second get keys of their own', () => {
    const store = new MapStore({ [KEPT]: 'earlier', 'djzy-self-check': 'later' });
    open(store);
    expect(store.getItem(KEPT)).toBe('earlier');
    expect(store.getItem(`${KEPT}-2`)).toBe('later');
  });

  it('a record that cannot be kept aside (quota) is not overwritten: nothing is saved this visit, and it can be downloaded', () => {
    const raw = '{"v":1,"answers":{"p01":{"a":"present"}';
    const store = new MapStore({ 'djzy-self-check': raw }, () => true);
    const opened = open(store);
    expect(opened.canSave).toBe(false);
    expect(store.snapshot()).toEqual({ 'djzy-self-check': raw });
    expect(texts(opened)).toEqual([
      '本机保存的自查记录格式无法识别。浏览器存储空间不足，无法另存原记录；为免覆盖，本页这次不保存新填的内容，请先下载这份记录。',
    ]);
    expect(noticesOf(opened)[0]!.file).toEqual({ name: 'djzy-self-check-saved-2026-12-07-101530.txt', text: raw });
    expect(noticesOf(opened)[0]!.remove).toBeUndefined();
  });

  it('storage the browser refuses (blocked, private mode, throwing on reading) is said, not ignored', () => {
    const unusable =
      '这个浏览器不能在本机保存填写的内容（可能是隐私模式、存储空间已满或禁用了本机存储），关闭页面后会丢失。请填完后及时导出或打印。';
    expect(texts(open(undefined))).toEqual([unusable]);
    expect(open(undefined).canSave).toBe(false);
    const throwing = new MapStore();
    throwing.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(texts(open(throwing))).toEqual([unusable]);
    expect(writeRecord(undefined, 'k', 'v')).toBe(false);
    expect(writeRecord(new MapStore({}, () => true), 'k', 'v')).toBe(false);
  });

  it('a damaged record whose clean copy cannot be written: kept aside first, then said that nothing will be kept', () => {
    const store = new MapStore({ 'djzy-self-check': 'oops' }, (key) => key === 'djzy-self-check');
    const opened = open(store);
    expect(store.getItem(KEPT)).toBe('oops');
    expect(opened.canSave).toBe(false);
    expect(texts(opened)[0]).toMatch(/^这个浏览器不能在本机保存填写的内容/);
    expect(texts(opened)[1]).toMatch(/^本机保存的自查记录格式无法识别。原记录已于/);
  });

  it('an old-key record whose conversion cannot be written stays under its old key', () => {
    const spec = timelineRecord('branch-election');
    const raw = '{"term-start":"2023-06-15"}';
    const store = new MapStore({ [spec.legacyKeys[0]!]: raw }, () => true);
    const opened = openRecord(store, spec, NOW);
    expect(opened.state).toEqual({ 'term-start': '2023-06-15' });
    expect(opened.canSave).toBe(false);
    expect(store.snapshot()).toEqual({ [spec.legacyKeys[0]!]: raw });
  });
});

describe('the 时间推算 record', () => {
  const spec = timelineRecord('branch-election');
  const LEGACY = 'djzy:timeline:branch-election:v1';
  const KEY = 'djzy-timeline-branch-election';

  it('has its keys: the current one, and the one the first pages (9151b0c–9df10e0) wrote', () => {
    expect([spec.key, ...spec.legacyKeys]).toEqual([KEY, LEGACY]);
  });

  it('reads the current format and writes only real days', () => {
    const raw = '{"v":1,"dates":{"term-start":"2023-06-15"}}';
    expect(readTimelineDates(raw)).toEqual({ state: { 'term-start': '2023-06-15' } });
    expect(serializeTimelineDates({ 'term-start': '2023/6/15', election: '2026-02-30', reminder: 'abc' })).toBe(raw);
  });

  it('moves the first format from its old key: dates as typed, normalised; the old key removed once written', () => {
    const store = new MapStore({ [LEGACY]: '{"term-start":"2023/6/15","election":"2026年6月1日"}' });
    const opened = openRecord(store, spec, NOW);
    expect(opened.state).toEqual({ 'term-start': '2023-06-15', election: '2026-06-01' });
    expect(texts(opened, 'timeline')).toEqual(['已把旧版页面保存的时间推算记录转换为新格式。']);
    expect(noticesOf(opened, store, 'timeline')[0]!.alert).toBe(false);
    expect(store.snapshot()).toEqual({ [KEY]: '{"v":1,"dates":{"term-start":"2023-06-15","election":"2026-06-01"}}' });
    expect(openRecord(store, spec, NOW).findings).toEqual([]);
  });

  it('an old-key record damaged in part: converted, and the original kept aside', () => {
    const raw = '{"term-start":"2023-06-15","election":"2026-02-30","reminder":7}';
    const store = new MapStore({ [LEGACY]: raw });
    const opened = openRecord(store, spec, NOW);
    expect(opened.state).toEqual({ 'term-start': '2023-06-15' });
    expect(store.getItem(`${KEY}-unreadable-2026-12-07-101530`)).toBe(raw);
    expect(store.getItem(LEGACY)).toBeNull();
    expect(texts(opened, 'timeline')).toEqual([
      '已把旧版页面保存的时间推算记录转换为新格式。',
      '本机保存的时间推算记录有 2 处内容无法识别，其余内容已读出。原记录已于2026年12月7日10:15另存，未被覆盖，可以下载留存，或交给信息中心查看。',
    ]);
    expect(opened.fields.map((f) => [f.field, fieldProblemText(f)])).toEqual([
      [
        'election',
        '本机保存的日期「2026-02-30」不是有效日期：2026年2月只有28天。这个日期没有填入，也不会导出，请重新填写。',
      ],
      ['reminder', '本机保存的日期「7」不是“年-月-日”格式，请按 2026-03-05 的样式填写。这个日期没有填入，也不会导出。'],
    ]);
  });

  it('an old-key record beside a current one: the current one is used, the old one kept aside and said', () => {
    const store = new MapStore({
      [KEY]: '{"v":1,"dates":{"term-start":"2023-06-15"}}',
      [LEGACY]: '{"reminder":"2025-12-01"}',
    });
    const opened = openRecord(store, spec, NOW);
    expect(opened.state).toEqual({ 'term-start': '2023-06-15' });
    expect(store.getItem(LEGACY)).toBeNull();
    expect(store.getItem(`${KEY}-unreadable-2026-12-07-101530`)).toBe('{"reminder":"2025-12-01"}');
    expect(texts(opened, 'timeline')).toEqual([
      '本机还另存有一份时间推算记录（于2026年12月7日10:15另存），本页没有采用，可以下载留存。',
    ]);
  });

  it.each([
    ['not JSON', '{"v":1,"dates":[oops', 'unreadable'],
    ['dates that are not a map', '{"v":1,"dates":["2023-06-15"]}', 'unreadable'],
    ['a newer format', '{"v":3,"dates":{}}', 'newer'],
    ['a list', '["2023-06-15"]', 'unreadable'],
    ['a field this version does not know', '{"v":1,"dates":{},"note":"x"}', 1],
  ])('%s: read as what can be read, with the reason', (_what, raw, damage) => {
    expect(readTimelineDates(raw)).toMatchObject({ state: {}, damage });
  });

  it('keeps the dates of steps the page no longer has, and says so', () => {
    expect(datesOffPage({ 'term-start': '2023-06-15', 'old-step': '2024-01-01' }, ['term-start'])).toEqual({
      'old-step': '2024-01-01',
    });
    let removed = false;
    const [notice] = recordNotices(
      [{ kind: 'off-page', count: 1, raw: '{"v":1}', remove: () => (removed = true) }],
      'timeline',
      'djzy-timeline-branch-election',
      undefined,
      NOW,
    );
    expect(notice).toMatchObject({
      text: '本机保存的时间推算记录中，有 1 个日期对应的节点已不在本页上（节点已修改或删除）。这些日期不参与推算，仍保存在本机，可以下载查看。',
      alert: false,
      file: { name: 'djzy-timeline-branch-election-2026-12-07-101530.txt', text: '{"v":1}' },
      remove: { label: '删除这些日期', confirm: '确定删除这些已不在本页上的内容吗？删除后不能恢复，请先下载保存。' },
    });
    expect(notice!.remove!.run()).toBe(true);
    expect(removed).toBe(true);
  });
});

describe('names', () => {
  it('stamp in local time and give kept records an ASCII file name', () => {
    expect(stampOf(NOW)).toBe('2026-12-07-101530');
    expect(keptFileName('djzy-timeline-branch-election-unreadable-2026-12-07-101530-2')).toBe(
      'djzy-timeline-branch-election-saved-2026-12-07-101530-2.txt',
    );
  });
});
