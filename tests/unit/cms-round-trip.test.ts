/**
 * The editor's formats (src/lib/cms/keep-format.ts) over samples of the real content (every file is saved in
 * tests/build/cms-round-trip-content.test.ts): an edit's diff is only the edited field's lines, comments stay, new entries come out in the
 * repository's style, awkward values read back as written, and what is written passes the project's own parser and
 * the collection's schema (src/lib/content-source, src/lib/content-check/validate.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  forgetCopiedOriginal,
  mdxKeep,
  ORIGINAL,
  PICKED_AS_TEXT,
  withoutOriginal,
  yamlKeep,
  yamlListKeep,
  type EntryData,
} from '../../src/lib/cms/keep-format.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/content-source/source-map.ts';
import { contentFiles, dataOf, diffOf, fileOf, formatOf, open, problemsOf, save } from '../support/cms-content.ts';

/** The samples below are found among the content files (reading them is quick; saving them all is in tests/build/). */
const FILES = contentFiles();

describe('an edit touches only its own lines', () => {
  const bulletin = FILES.find((f) => {
    if (f.def.name !== 'bulletins') return false;
    const tasks = (open(f).tasks ?? []) as Record<string, unknown>[];
    return tasks.length >= 3 && tasks[0]!.procedure && !tasks[1]!.procedure;
  })!;
  const regulations = fileOf('content/regulations.yaml');

  it('a string in a nested list item', () => {
    expect(bulletin).toBeDefined();
    const data = open(bulletin);
    const tasks = data.tasks as Record<string, unknown>[];
    const old = tasks[1]!.requirement as string;
    tasks[1]!.requirement = '各党支部按要求完成，情况报直属机关党委。';
    const written = save(bulletin, data);
    expect(diffOf(bulletin.text, written).lines).toEqual([
      `-    requirement: ${old}`,
      '+    requirement: 各党支部按要求完成，情况报直属机关党委。',
    ]);
    expect(problemsOf(bulletin, written)).toEqual([]);
  });

  it('a date, written unquoted or quoted as the file had it', () => {
    const data = open(bulletin);
    const oldDeadline = (data.tasks as Record<string, unknown>[])[0]!.deadline;
    (data.tasks as Record<string, unknown>[])[0]!.deadline = '2099-12-31';
    expect(diffOf(bulletin.text, save(bulletin, data)).lines).toEqual([
      `-    deadline: ${oldDeadline as string}`,
      '+    deadline: 2099-12-31',
    ]);

    const list = open(regulations);
    const first = (list.items as Record<string, unknown>[])[0]!;
    const oldIssued = first.issued as string;
    first.issued = '2099-01-02';
    const written = save(regulations, list);
    expect(diffOf(regulations.text, written).lines).toEqual([`-  issued: "${oldIssued}"`, '+  issued: "2099-01-02"']);
    expect(problemsOf(regulations, written)).toEqual([]);
  });

  it('an optional field added goes after the fields that precede it in the sibling items', () => {
    const data = open(bulletin);
    const task = (data.tasks as Record<string, unknown>[])[1]!;
    task.procedure = 'theme-party-day';
    const written = save(bulletin, data);
    const { lines, hunks } = diffOf(bulletin.text, written);
    expect(lines).toEqual(['+    procedure: theme-party-day']);
    expect(hunks).toBe(1);
    // Right after the item's audience line (title, requirement, deadline, audience, procedure, template).
    const out = written.split('\n');
    expect(out[out.indexOf('    procedure: theme-party-day') - 1]).toMatch(/^ {4}audience: /);
    expect(problemsOf(bulletin, written)).toEqual([]);
  });

  it('a top-level field added goes where the collection lists it (Decap passes the field order)', () => {
    const site = fileOf('content/site.yaml');
    const data = open(site);
    expect(data.editLink).toBeUndefined();
    data.editLink = 'https://git.example/djzy/-/edit/main/{path}';
    const order = ['title', 'description', 'owner', 'operator', 'editLink', 'provenance'];
    const written = save(site, data, order);
    expect(diffOf(site.text, written).lines).toEqual(['+editLink: https://git.example/djzy/-/edit/main/{path}']);
    const keys = Object.keys(dataOf(yamlKeep, written));
    expect(keys.indexOf('editLink')).toBe(keys.indexOf('operator') + 1);
    expect(problemsOf(site, written)).toEqual([]);
  });

  it('an optional field removed, or emptied in the form, loses its line only', () => {
    for (const empty of [undefined, '', null]) {
      const data = open(bulletin);
      const task = (data.tasks as Record<string, unknown>[])[0]!;
      const old = task.procedure as string;
      if (empty === undefined) delete task.procedure;
      else task.procedure = empty;
      const written = save(bulletin, data);
      expect(diffOf(bulletin.text, written).lines).toEqual([`-    procedure: ${old}`]);
      expect(problemsOf(bulletin, written)).toEqual([]);
    }
  });

  it('a list item appended is written like its neighbours (flow lists, quoted dates, blank line between)', () => {
    const data = open(bulletin);
    const tasks = data.tasks as Record<string, unknown>[];
    tasks.push({
      audience: ['branch', 'branch-secretary'],
      deadline: '2099-12-31',
      title: '新增工作事项',
      requirement: '按要求完成。',
    });
    const written = save(bulletin, data);
    const { lines, hunks } = diffOf(bulletin.text, written);
    expect(hunks).toBe(1);
    expect(lines).toEqual([
      '+  - title: 新增工作事项',
      '+    requirement: 按要求完成。',
      '+    deadline: 2099-12-31',
      '+    audience: [branch, branch-secretary]',
    ]);
    expect(problemsOf(bulletin, written)).toEqual([]);

    const list = open(regulations);
    (list.items as Record<string, unknown>[]).push({
      id: 'test-new-regulation',
      title: '测试用的新制度',
      kind: '条例',
      issuer: '中共中央',
      issued: '2099-01-02',
      summary: '测试摘要。',
    });
    const regWritten = save(regulations, list);
    const added = diffOf(regulations.text, regWritten).lines;
    expect(added.every((l) => l.startsWith('+'))).toBe(true);
    expect(added.filter((l) => l !== '+')).toEqual([
      '+- id: test-new-regulation',
      '+  title: 测试用的新制度',
      '+  kind: 条例',
      '+  issuer: 中共中央',
      '+  issued: "2099-01-02"',
      '+  summary: 测试摘要。',
    ]);
    expect(regWritten).toMatch(/\n\n- id: test-new-regulation\n/);
    expect(problemsOf(regulations, regWritten)).toEqual([]);
  });

  it('a list item removed from the middle loses its own lines (and the note above it) only', () => {
    const list = open(regulations);
    const items = list.items as Record<string, unknown>[];
    const [removed] = items.splice(1, 1);
    const written = save(regulations, list);
    const { lines, hunks } = diffOf(regulations.text, written);
    expect(hunks).toBe(1);
    expect(lines.every((l) => l.startsWith('-'))).toBe(true);
    expect(lines).toContain(`-- id: ${(removed as { id: string }).id}`);
    expect(dataOf(yamlListKeep, written).items).toEqual(items);
  });

  it("an MDX body edit changes the body's line only; the frontmatter stays byte for byte", () => {
    const procedure = FILES.find((f) => f.def.name === 'procedures' && /\n\n[^\n<{#|>-][^\n]{20,}\n\n/.test(f.text))!;
    const data = open(procedure);
    const body = data.body as string;
    const paragraph = /\n\n([^\n<{#|>-][^\n]{20,})\n\n/.exec(body)![1]!;
    data.body = body.replace(paragraph, '这一段改写过。');
    const written = save(procedure, data);
    expect(diffOf(procedure.text, written).lines).toEqual([`-${paragraph}`, '+这一段改写过。']);
    expect(problemsOf(procedure, written)).toEqual([]);
  });

  it('a body given back with CRLF line breaks or without its last newline is the same body', () => {
    const f = FILES.find((file) => file.def.name === 'templates')!;
    const data = open(f);
    data.body = (data.body as string).replace(/\n/g, '\r\n').replace(/\s+$/, '');
    expect(save(f, data)).toBe(f.text);
  });

  it('text typed with CRLF line breaks does not make the file CRLF', () => {
    const data = open(bulletin);
    (data.tasks as Record<string, unknown>[])[1]!.title = '第一行\r\n第二行';
    const written = save(bulletin, data);
    expect(written).not.toContain('\r');
    expect((dataOf(yamlKeep, written).tasks as Record<string, unknown>[])[1]!.title).toBe('第一行\n第二行');
  });
});

describe('lines the YAML writer would lay out otherwise', () => {
  // Spacing, padded flow lists, a comment at the end: the yaml stringifier normalises them; an edit elsewhere
  // must leave them as the file has them (the writer's output is merged line by line with the original).
  const odd = [
    '# 说明',
    'title:   多空格的值',
    'aliases: [ 甲, 乙 ]',
    'note: 说明 #行尾注释',
    'summary: 旧摘要',
    'items:',
    '  - id: a',
    '    point:    要点甲',
    '  - id: b',
    '    point: 要点乙',
    '#紧贴的注释',
    '',
  ].join('\n');

  it('are kept when another field is edited', () => {
    const data = yamlKeep.fromFile(odd);
    data.summary = '新摘要';
    (data.items as Record<string, unknown>[])[1]!.point = '新要点';
    const written = yamlKeep.toFile(data);
    expect(diffOf(odd, written).lines).toEqual([
      '-summary: 旧摘要',
      '+summary: 新摘要',
      '-    point: 要点乙',
      '+    point: 新要点',
    ]);
  });

  it('give way where an edited line would not fit among them: the data written is always the data edited', () => {
    // A list written flush left: the writer's indented line cannot go among the original's lines.
    const flush = 'items:\n- id: a\n  point: 要点甲\n- id: b\n  point: 要点乙\n';
    const data = yamlKeep.fromFile(flush);
    (data.items as Record<string, unknown>[])[1]!.point = '新要点';
    expect(dataOf(yamlKeep, yamlKeep.toFile(data))).toEqual(withoutOriginal(data));
  });

  it('take the new layout only where the edit itself is', () => {
    const data = yamlKeep.fromFile(odd);
    data.aliases = ['甲', '乙', '丙'];
    expect(diffOf(odd, yamlKeep.toFile(data)).lines).toEqual(['-aliases: [ 甲, 乙 ]', '+aliases: [甲, 乙, 丙]']);
  });
});

describe('a duplicated entry', () => {
  /** The few Immutable.js Map methods the listener uses. */
  class FakeMap {
    readonly values: Record<string, unknown>;
    constructor(values: Record<string, unknown>) {
      this.values = values;
    }
    get(key: string): unknown {
      return this.values[key];
    }
    delete(key: string): FakeMap {
      const { [key]: _gone, ...rest } = this.values;
      return new FakeMap(rest);
    }
  }

  it('is saved as a new file, not over the text of the entry it was copied from', () => {
    const copied = new FakeMap({ title: '复制的', [ORIGINAL]: '# 旧条目的注释\ntitle: 原来的\n' });
    const duplicate = new FakeMap({ newRecord: true, data: copied });
    const data = forgetCopiedOriginal.handler({ entry: duplicate }) as unknown as FakeMap;
    expect(data.values).toEqual({ title: '复制的' });
    expect(yamlKeep.toFile(data.values)).toBe('title: 复制的\n');
    // An edit of an existing entry keeps its text.
    expect(forgetCopiedOriginal.handler({ entry: new FakeMap({ data: copied }) })).toBeUndefined();
    expect(forgetCopiedOriginal.name).toBe('preSave');
  });
});

describe('comments', () => {
  // The one-line edits above keep every comment of every file; here the notes sit right above what is edited.
  const comments = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l));

  it("survive edits to every item they annotate (content/regulations.yaml's 待核 notes)", () => {
    const regulations = fileOf('content/regulations.yaml');
    expect(comments(regulations.text).length).toBeGreaterThan(10);
    const data = open(regulations);
    for (const item of data.items as Record<string, unknown>[]) {
      item.summary = `${item.summary as string}（改）`;
      for (const provision of (item.provisions ?? []) as Record<string, unknown>[]) provision.point = '改过的要点';
    }
    const written = save(regulations, data);
    expect(comments(written)).toEqual(comments(regulations.text));
    expect(problemsOf(regulations, written)).toEqual([]);
  });

  it("survive in a procedure's frontmatter when a field next to them changes", () => {
    const f = FILES.find((file) => file.def.name === 'procedures' && /\n  # [^\n]*\n  - regulation:/.test(file.text))!;
    const data = open(f);
    for (const item of data.basis as Record<string, unknown>[]) item.note = '改过的说明';
    const written = save(f, data);
    expect(comments(written)).toEqual(comments(f.text));
    expect(problemsOf(f, written)).toEqual([]);
  });
});

describe('a new entry (no file yet)', () => {
  it('is written in the repository style and reads back as the same data', () => {
    // A few of each kind: a map file, frontmatter with nested lists, a case with images, a list file's items.
    const kinds = ['bulletins', 'procedures', 'cases', 'units', 'duties'];
    for (const f of kinds.flatMap((kind) => FILES.filter((file) => file.def.name === kind).slice(0, 3))) {
      const data = withoutOriginal(open(f));
      const fields = Object.keys(data);
      const written = formatOf(f.def).toFile(structuredClone(data), [...fields].reverse());
      expect(dataOf(formatOf(f.def), written), f.file).toEqual(data);
      expect(problemsOf(f, written), f.file).toEqual([]);
      const yaml = f.file.endsWith('.mdx') ? splitFrontmatter(written).frontmatter : written;
      // Keys in the collection's order; two-space indent; block lists; no folded lines.
      const top = yaml
        .split('\n')
        .filter((l) => /^[\w-]+:/.test(l))
        .map((l) => l.slice(0, l.indexOf(':')));
      expect(top, f.file).toEqual([...fields].reverse().filter((k) => k !== 'body'));
      expect(yaml).not.toMatch(/^(?! *(- )?[\w-]+:( |$)| +- |$)/m);
      expect(yaml).not.toMatch(/: \[/);
    }
  });

  it('an MDX entry is frontmatter, a blank line and the body', () => {
    expect(mdxKeep.toFile({ title: '标题', order: 3, body: '正文第一段。\n\n<Note>提示</Note>' })).toBe(
      '---\ntitle: 标题\norder: 3\n---\n\n正文第一段。\n\n<Note>提示</Note>\n',
    );
    expect(yamlListKeep.toFile({ items: [{ id: 'a', title: '甲' }] })).toBe('- id: a\n  title: 甲\n');
  });
});

describe('awkward values', () => {
  const hostile: EntryData = {
    title: '标题: 带冒号 # 和井号',
    code: '007',
    yes: 'yes',
    no: 'no',
    truthy: 'true',
    nothing: 'null',
    dateLike: '2022-10-22',
    monthLike: '2022-07',
    dash: '- 不是列表',
    bracket: '[不是列表]',
    brace: '{不是对象}',
    star: '*不是别名',
    quotes: '"引号"与\'单引号\'',
    spaces: ' 前后空格 ',
    multi: '第一行\n第二行: 冒号\n\n第四行 # 井号',
    list: ['yes', '007', 'a: b', '#c'],
    body: '正文\n\n---\n\n分隔线之后\n\n---\ntitle: 不是 frontmatter\n---\n',
  };

  it('read back as written, in a new file and written over an existing one', () => {
    const fresh = mdxKeep.toFile(structuredClone(hostile));
    expect(dataOf(mdxKeep, fresh)).toEqual(hostile);

    const existing = '---\n# 注释\ntitle: 旧标题\ncode: "008"\nlist: [x]\n---\n\n旧正文\n';
    const over = mdxKeep.toFile({ ...structuredClone(hostile), [ORIGINAL]: existing });
    expect(dataOf(mdxKeep, over)).toEqual(hostile);
    expect(over).toMatch(/^---\n# 注释\ntitle: /);
    for (const text of [fresh, over])
      expect(parseYamlWithLines(splitFrontmatter(text).frontmatter).data).toEqual(
        withoutOriginal({ ...hostile, body: undefined }),
      );
  });

  it('line breaks in a flow list and at the end of a field', () => {
    const existing = 'aliases: [甲, 乙]\nnote: 说明\n';
    const data = { ...yamlKeep.fromFile(existing), aliases: ['甲', 'e-?:\n.e'], note: '末尾有空行\n\n' };
    const written = yamlKeep.toFile(data);
    expect(dataOf(yamlKeep, written)).toEqual({ aliases: ['甲', 'e-?:\n.e'], note: '末尾有空行' });
    const mdx = mdxKeep.toFile({ note: '第一行\n第二行\n\n', body: '正文' });
    expect(parseYamlWithLines(splitFrontmatter(mdx).frontmatter).data).toEqual({ note: '第一行\n第二行' });
  });

  it('the same in a YAML map and a YAML list', () => {
    const { body: _body, ...fields } = hostile;
    expect(dataOf(yamlKeep, yamlKeep.toFile(structuredClone(fields)))).toEqual(fields);
    const list = { items: [fields, { id: 'b' }] };
    expect(dataOf(yamlListKeep, yamlListKeep.toFile(structuredClone(list)))).toEqual(list);
    const over = yamlListKeep.toFile({ ...structuredClone(list), [ORIGINAL]: '# 目录\n- id: a\n\n- id: b\n' });
    expect(dataOf(yamlListKeep, over)).toEqual(list);
    expect(over.startsWith('# 目录\n')).toBe(true);
  });
});

describe('a file the editor cannot read', () => {
  const broken = 'title: [没有闭合\nsummary: 摘要\n';

  it('is given back unchanged when nothing was edited', () => {
    const data = yamlKeep.fromFile(broken);
    expect(yamlKeep.toFile(data)).toBe(broken);
  });

  it('is not overwritten by a save with changes: the save is refused, in Chinese', () => {
    const data = { ...yamlKeep.fromFile(broken), title: '新标题' };
    expect(() => yamlKeep.toFile(data)).toThrow(/格式有误/);
    const mdx = { ...mdxKeep.fromFile('没有 frontmatter 的正文\n'), title: '新标题' };
    expect(() => mdxKeep.toFile(mdx)).toThrow(/格式有误/);
  });
});

describe('what the widgets hand back (tests/e2e/editor.test.ts drives them in the browser)', () => {
  const withEdition = FILES.find((f) => f.def.name === 'procedures' && /^edition: \d+$/m.test(f.text))!;
  const withSteps = fileOf('content/guide/members/member-recruitment.mdx');

  it('an edition written as a number reaches the picker as the id it picks, and is saved as the number it was', () => {
    expect(withEdition).toBeDefined();
    const data = open(withEdition);
    // The picker matches the revisions' ids as they are: "2022" (content/revisions.yaml).
    expect(data.edition).toBe(/^edition: (\d+)$/m.exec(withEdition.text)![1]);
    expect(save(withEdition, data)).toBe(withEdition.text);
    // With another field edited, the edition's line is as it was.
    data.title = `${data.title as string}（改）`;
    const { lines } = diffOf(withEdition.text, save(withEdition, data));
    expect(lines.some((l) => l.includes('edition'))).toBe(false);
    expect(lines).toHaveLength(2);
  });

  it('a flag the editor never touched (情形, which may only be true) is not written false', () => {
    const data = open(withSteps);
    const steps = (data.timeline as { steps: Record<string, unknown>[] }).steps;
    expect(steps.some((s) => s.circumstance === true)).toBe(true);
    // Decap's boolean widget gives false for every toggle the editor did not touch.
    for (const step of steps) step.circumstance ??= false;
    expect(save(withSteps, data)).toBe(withSteps.text);
    steps[0]!.label = '党组织收到入党申请书（改）';
    const written = save(withSteps, data);
    expect(diffOf(withSteps.text, written).lines).toEqual([
      '-      label: 党组织收到入党申请书',
      '+      label: 党组织收到入党申请书（改）',
    ]);
    expect(written).not.toContain('circumstance: false');
    expect(problemsOf(withSteps, written)).toEqual([]);
  });

  it('an optional flag left untouched in a new entry is not written', () => {
    const case_ = FILES.find((f) => f.def.name === 'cases')!;
    const data = { ...withoutOriginal(open(case_)), example: false };
    const written = formatOf(case_.def).toFile(data);
    expect(written).not.toMatch(/^example:/m);
  });

  it("a case's cover uploaded beside it (Decap writes the bare name) is written ./cover.jpg, which image() reads", () => {
    const case_ = FILES.find((f) => f.def.name === 'cases' && /^cover: \.\/cover\.jpg$/m.test(f.text))!;
    const data = open(case_);
    data.cover = 'photo-2031.jpg';
    const written = save(case_, data);
    expect(diffOf(case_.text, written).lines).toEqual(['-cover: ./cover.jpg', '+cover: ./photo-2031.jpg']);
    const fresh = formatOf(case_.def).toFile({ ...withoutOriginal(open(case_)), cover: 'cover.jpg' });
    expect(fresh).toMatch(/^cover: \.\/cover\.jpg$/m);
    // An attachment's bare file name is not an image beside the entry.
    const template = FILES.find((f) => f.def.name === 'templates' && /^ {4}file: /m.test(f.text));
    if (template) expect(save(template, open(template))).toBe(template.text);
  });

  it('every field the content writes as a number where a picker stores an id is handed to the form as text', () => {
    const config = cmsConfig({ backend: { name: 'test-repo' } });
    const numbered = new Set<string>();
    for (const f of FILES) {
      const collection = config.collections.find((c) => c.name === f.def.name)!;
      const data = withoutOriginal(formatOf(f.def).fromFile(f.text));
      for (const field of collection.fields ?? [])
        if (field.widget === 'relation' && typeof data[field.name] === 'number') numbered.add(field.name);
      const raw = open(f);
      for (const key of PICKED_AS_TEXT) expect(typeof raw[key], `${f.file} ${key}`).not.toBe('number');
    }
    expect(numbered).toEqual(new Set());
    // Without the conversion the content has such fields: the list is not empty for nothing.
    expect(FILES.some((f) => PICKED_AS_TEXT.some((key) => new RegExp(`^${key}: \\d+$`, 'm').test(f.text)))).toBe(true);
  });
});
