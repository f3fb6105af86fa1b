/**
 * The editor's warnings (src/lib/cms/entry-warnings.ts, src/client/editor/warnings.ts): an entry as Decap holds it
 * (read with the format Decap saves it with) is judged against a snapshot of the real content with the checker's
 * own schemas and rules, and the messages are the checker's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refuseWrongSave } from '../../src/client/editor/warnings.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import {
  BROWSER_RULES,
  CI_ONLY_RULES,
  CONTENT_SNAPSHOT,
  contentSnapshot,
  entryWarnings,
  formatWarning,
  prepareSnapshot,
} from '../../src/lib/cms/entry-warnings.ts';
import { mdxKeep, yamlKeep, yamlListKeep, type EntryData } from '../../src/lib/cms/keep-format.ts';
import { RULES } from '../../src/lib/content-check/rules/index.ts';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { ROOT } from '../support/builds.ts';

const BACKEND = { name: 'gitlab', repo: 'party/djzy' } as const;
const snapshot = contentSnapshot(
  loadContent(ROOT, COLLECTION_LIST).entries,
  cmsConfig({ backend: BACKEND }).collections,
);

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const BULLETIN = 'content/bulletins/2022-07.yaml';
/** The bulletin as Decap's form holds it: its data and the text it was read from. */
const bulletin = () => yamlKeep.fromFile(read(BULLETIN)) as EntryData & { tasks: Record<string, unknown>[] };
const warnings = (collection: string, file: string | undefined, data: EntryData) =>
  entryWarnings(snapshot, collection, file, data).map(formatWarning);

describe('the snapshot', () => {
  it('holds every entry the checker reads, as raw data, and the new-entry file names', () => {
    const json = JSON.stringify(snapshot);
    console.log(`admin/${CONTENT_SNAPSHOT}: ${snapshot.entries.length} entries, ${(json.length / 1024).toFixed(0)} KB`);
    expect(snapshot.entries.find((e) => e.file === BULLETIN)?.data).toMatchObject({ issue: 63, month: '2022-07' });
    expect(snapshot.slugs.bulletins).toBe('{{fields.month}}');
    // Raw data survives JSON (YAML's core schema keeps dates as text): the browser sees what the checker sees.
    expect(JSON.parse(json)).toEqual(snapshot);
  });
});

describe('warnings for an entry being edited', () => {
  beforeAll(() => {
    const start = performance.now();
    prepareSnapshot(snapshot);
    console.log(`snapshot validated in ${(performance.now() - start).toFixed(0)} ms`);
  });

  it('has none for correct entries: a bulletin, a procedure with its body, a list file', () => {
    for (const [collection, file, format] of [
      ['bulletins', BULLETIN, yamlKeep],
      ['procedures', 'content/guide/org-life/theme-party-day.mdx', mdxKeep],
      ['regulations', 'content/regulations.yaml', yamlListKeep],
    ] as const) {
      const start = performance.now();
      expect(warnings(collection, file, format.fromFile(read(file))), file).toEqual([]);
      console.log(`${file}: ${(performance.now() - start).toFixed(1)} ms`);
    }
  });

  it('gives reminders the checker gives as reminders, without refusing', () => {
    const file = 'content/templates/meeting-record.mdx';
    const problems = entryWarnings(snapshot, 'templates', file, mdxKeep.fromFile(read(file)));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter(isBlocking)).toEqual([]);
    expect(formatWarning(problems[0]!)).toMatch(/^（提醒）checked\./);
  });

  it('names a 期号 another bulletin already has (a new bulletin, named by its month as Decap names it)', () => {
    const { __original, ...fresh } = bulletin();
    const next = { ...fresh, month: '2022-08', issuedOn: '2022-08-03', tasks: fresh.tasks.slice(2, 3) };
    expect(warnings('bulletins', undefined, next)).toEqual([
      'issue：期号 63 与 content/bulletins/2022-07.yaml 重复 — 改成未使用的期号',
    ]);
    expect(warnings('bulletins', undefined, { ...next, issue: 64 })).toEqual([]);
  });

  it('names a month that is not the file’s, and an issue date outside it', () => {
    expect(warnings('bulletins', BULLETIN, { ...bulletin(), month: '2022-09' })).toEqual([
      'month：所属月份 2022-09 与文件名 2022-07.yaml 不一致 — 文件名写成 2022-09.yaml，或改正所属月份',
      'issuedOn：印发日期 2022-07-05 与所属月份 2022-09 对不上（提示单在当月或上月印发） — 改正印发日期或所属月份，检查年份和月份是否写错',
    ]);
  });

  it('names a procedure that does not exist, with the checker’s suggestion', () => {
    const data = bulletin();
    data.tasks[2] = { ...data.tasks[2], procedure: 'three-meeting-one-lesson' };
    expect(warnings('bulletins', BULLETIN, data)).toEqual([
      'tasks[2].procedure：找不到工作程序「three-meeting-one-lesson」 — 是否应为「three-meetings-one-lesson」？',
    ]);
  });

  it('names a required field left empty', () => {
    expect(warnings('bulletins', BULLETIN, { ...bulletin(), issuedOn: '' })).toEqual([
      'issuedOn：缺少「印发日期」 — 请补上，例如 2022-07-15',
    ]);
  });

  it('names an invisible character by the field it is in', () => {
    const data = bulletin();
    data.tasks[0] = { ...data.tasks[0], title: `${String(data.tasks[0]!.title)}\u200b` };
    const [only, ...rest] = warnings('bulletins', BULLETIN, data);
    expect(rest).toEqual([]);
    expect(only).toMatch(/^tasks\[0\]\.title：这一行有看不见的字符：第 \d+ 个字符是零宽空格（U\+200B）/);
  });

  it('says so when the file cannot be written back (its text could not be read), as saving would', () => {
    const broken = { ...yamlKeep.fromFile('issue: [63\n'), issue: 64 };
    expect(() => yamlKeep.toFile(broken)).toThrow();
    const [only, ...rest] = warnings('bulletins', BULLETIN, broken);
    expect(rest).toEqual([]);
    expect(only).toMatch(/^这个文件的格式有误.*没有保存.*再用编辑器。$/);
  });

  it('names the item of a list file a problem is in', () => {
    const data = yamlListKeep.fromFile(read('content/regulations.yaml')) as EntryData & { items: { id: string }[] };
    const first = data.items[0]!;
    data.items = [first, { ...first }, ...data.items.slice(1)];
    expect(warnings('regulations', 'content/regulations.yaml', data)).toEqual([
      `「${first.id}」 id：制度文件编号「${first.id}」重复（已用于 content/regulations.yaml） — 换一个未使用的编号（编号决定网址，必须唯一）`,
    ]);
  });
});

describe('the rules it runs', () => {
  it('are the checker’s: each rule of RULES is run in the browser or left to the forge’s check, by name', () => {
    const browser = BROWSER_RULES.map((r) => r.name);
    expect(RULES.every((r) => BROWSER_RULES.includes(r as never) || r.name in CI_ONLY_RULES)).toBe(true);
    expect([...browser, ...Object.keys(CI_ONLY_RULES)].sort()).toEqual(RULES.map((r) => r.name).sort());
  });
  // That it imports nothing from node: is held for every module of src/lib/cms by tests/unit/cms-config.test.ts.
});

describe('refusing a wrong save (Decap preSave listener)', () => {
  const json = JSON.stringify(snapshot);
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      expect(url).toBe(`https://intranet.example/admin/${CONTENT_SNAPSHOT}`);
      return new Response(json);
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  const entry = (data: EntryData, path: string | undefined) => ({
    get: (key: string) =>
      ({ data: { toJS: () => data }, collection: 'bulletins', path: path ?? '', newRecord: path === undefined })[key],
  });
  const guard = refuseWrongSave('https://intranet.example/admin/');

  it('lets a correct entry be saved, unchanged', async () => {
    await expect(guard.handler({ entry: entry(bulletin(), BULLETIN) })).resolves.toBeUndefined();
  });

  it('refuses a wrong one with the checker’s words', async () => {
    const saving = guard.handler({ entry: entry({ ...bulletin(), month: '2022-09' }, BULLETIN) });
    await expect(saving).rejects.toThrow(
      /\n1\. month：所属月份 2022-09 与文件名 2022-07\.yaml 不一致.*\n2\. issuedOn：/,
    );
    await saving.catch((error: Error) => expect(String(error)).toMatch(/^npm run check 会报告以下问题/));
  });
});
