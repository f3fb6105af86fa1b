/**
 * The editor's previews lay each kind of entry out as its page does (src/lib/cms/previews/): the same elements and
 * class names, the Chinese labels of the page, the titles of the entries it names, and the warnings box above.
 * Entries are the repository's own, read once through the content loader.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { dutyListOwner } from '../../src/lib/duty-lists.ts';
import { bulletinPreview } from '../../src/lib/cms/previews/bulletin.ts';
import { casePreview } from '../../src/lib/cms/previews/case.ts';
import { type PreviewInput, type PreviewSite } from '../../src/lib/cms/previews/element.ts';
import { NO_NOTES, REMINDERS_HEADING, WARNINGS_HEADING, withWarnings } from '../../src/lib/cms/previews/frame.ts';
import { cssScopes } from '../../src/lib/cms/previews/page-styles.ts';
import { stylesheetsOf } from '../../src/lib/html.ts';
import { procedurePreview } from '../../src/lib/cms/previews/procedure.ts';
import { publicityPreview } from '../../src/lib/cms/previews/publicity.ts';
import { regulationsPreview } from '../../src/lib/cms/previews/regulation.ts';
import { templatePreview } from '../../src/lib/cms/previews/template.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { html, htmlH } from '../support/html-h.ts';

const ROOT = join(import.meta.dirname, '../..');
const { entries } = loadContent(ROOT, [
  COLLECTIONS.bulletins,
  COLLECTIONS.procedures,
  COLLECTIONS.cases,
  COLLECTIONS.templates,
  COLLECTIONS.publicity,
  COLLECTIONS.regulations,
  COLLECTIONS.series,
]);
type Data = Record<string, unknown>;
const entry = (collection: string, id: string): Data => {
  const found = entries.find((e) => e.def.name === collection && e.id === id);
  if (!found) throw new Error(`${collection}/${id} not in content`);
  return found.data as Data;
};
const titles = (collection: string): Record<string, string> =>
  Object.fromEntries(
    entries.filter((e) => e.def.name === collection).map((e) => [e.id, String((e.data as Data).title)]),
  );
const SITE: PreviewSite = {
  styles: [],
  scopes: { sheet: 'data-astro-cid-sheet', 'task-list': 'data-astro-cid-tasks', 'case-cover': 'data-astro-cid-card' },
  titles: { regulations: titles('regulations'), series: titles('series') },
};
const input = (data: Data, extra: Partial<PreviewInput> = {}): PreviewInput => ({
  data,
  asset: (path) => `blob:${path}`,
  site: SITE,
  ...extra,
});

describe('bulletin preview', () => {
  const data = entry('bulletins', '2022-07');
  const out = html(bulletinPreview(input(data), htmlH));

  it('is the sheet with its issue line and the task list, scoped as the page’s components are', () => {
    expect(out).toMatch(/^<article class="sheet" data-astro-cid-sheet>/);
    expect(out).toContain('<h1 data-astro-cid-sheet>全面从严治党重点工作提示单 <span class="badge badge-example"');
    expect(out).toContain('第63期　2022年7月　印发日期：');
    expect(out).toContain('<h2 data-astro-cid-sheet>一、重要工作提示</h2><ol class="task-list" data-astro-cid-tasks>');
    const tasks = data.tasks as Data[];
    expect(out.match(/<h3 class="task-title" data-astro-cid-tasks>/g)).toHaveLength(tasks.length);
    for (const task of tasks) {
      expect(out).toContain(`>${task.title as string}</h3>`);
      const [y, m, d] = String(task.deadline).slice(0, 10).split('-').map(Number);
      expect(out).toContain(
        `<strong data-astro-cid-tasks>时限：</strong><time datetime="${String(task.deadline).slice(0, 10)}" data-astro-cid-tasks>${y}年${m}月${d}日</time>前`,
      );
      expect(out).toContain((task.audience as string[]).map(dutyListOwner).join('、'));
    }
  });

  it('numbers the notices and studies sections after the tasks, as the page does', () => {
    const withBoth = html(
      bulletinPreview(
        input({
          ...data,
          notices: [{ title: '通报甲', period: '2022年6月', summary: '摘要' }],
          studies: [{ title: '学习乙', source: '《求是》', date: '2022-07-01' }],
        }),
        htmlH,
      ),
    );
    expect(withBoth).toContain('二、重要情况通报');
    expect(withBoth).toContain('<strong data-astro-cid-sheet>通报甲</strong>（2022年6月）：摘要');
    expect(withBoth).toContain('三、学习内容提醒');
    expect(withBoth).toContain(
      '学习乙（《求是》，<time datetime="2022-07-01" data-astro-cid-sheet>2022年7月1日</time>）',
    );
    const studiesOnly = html(
      bulletinPreview(input({ ...data, notices: [], studies: [{ title: '学习乙', source: '出处' }] }), htmlH),
    );
    expect(studiesOnly).toContain('二、学习内容提醒');
    expect(studiesOnly).not.toContain('重要情况通报');
  });

  it('shows a half-filled new form without failing', () => {
    const empty = html(bulletinPreview(input({ tasks: [{}] }), htmlH));
    expect(empty).toContain('一、重要工作提示');
    expect(empty).toContain('时限：');
  });
});

describe('procedure preview', () => {
  const procedure = entries.find((e) => e.def.name === 'procedures' && (e.data as Data).appliesTo)!;
  const data = procedure.data as Data;
  const out = html(procedurePreview(input(data, { body: '正文' }), htmlH));

  it('is the facts block with 适用对象, 责任主体, 时限要求 and 依据 by the regulations’ titles, then the steps', () => {
    expect(out).toContain('<section class="panel facts-panel"><dl class="facts facts-runin">');
    expect(out).toContain(`<dt>适用对象</dt><dd>${data.appliesTo as string}</dd>`);
    expect(out).toContain(
      `<dt>责任主体</dt><dd><span class="duty-links">${(data.responsible as string[]).map(dutyListOwner).join('、')}</span>`,
    );
    const deadlines = data.deadlines as string[];
    if (deadlines.length > 0) expect(out).toContain(`<summary>时限要求（${deadlines.length}条）</summary>`);
    const basis = data.basis as Data[];
    expect(out).toContain(`<summary>依据（${basis.length}条）</summary><ul class="citations">`);
    for (const b of basis) expect(out).toContain(`《${SITE.titles.regulations![b.regulation as string]!}》`);
    expect(out).toContain('<div class="prose procedure-body">正文</div>');
  });

  it('shows the 关区规定 of a procedure that has them', () => {
    const withRules = entries.find((e) => e.def.name === 'procedures' && (e.data as Data).districtRules)!;
    const rules = html(procedurePreview(input(withRules.data as Data), htmlH));
    expect(rules).toContain('<section class="district-rules"><h2>关区规定</h2>');
    expect(rules).toContain('<dt>全国性规定</dt>');
  });
});

describe('case preview', () => {
  const data = entry('cases', 'branch-method-example');

  it('is the card of the cases list, with the cover through Decap’s asset address, and the case page', () => {
    const out = html(casePreview(input(data, { body: '正文' }), htmlH));
    const series = SITE.titles.series![data.series as string]!;
    expect(out).toContain('<ul class="card-grid"><li class="card case-card" data-astro-cid-card>');
    expect(out).toContain(`<img src="blob:${data.cover as string}" alt data-astro-cid-card>`);
    expect(out).toContain(`<p class="small muted" data-astro-cid-card>${series}</p>`);
    expect(out).toContain(`<h1>${data.title as string} <span class="badge badge-example"`);
    expect(out).toContain(
      `<figure class="case-figure"><img src="blob:${data.cover as string}" alt="${data.coverAlt as string}">`,
    );
    expect(out).toContain('<div class="prose">正文</div>');
  });

  it('draws the generated cover when the case has no photo', () => {
    const out = html(casePreview(input({ ...data, cover: undefined }), htmlH));
    expect(out).toContain('<div class="generated-cover" aria-hidden="true"><span class="generated-series">');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('case-figure');
  });
});

describe('template and publicity previews', () => {
  it('lay out a template with its facts, document page and 填写说明', () => {
    const template = entries.find((e) => e.def.name === 'templates')!;
    const data = template.data as Data;
    const out = html(templatePreview(input(data, { body: '正文' }), htmlH));
    expect(out).toContain(`<p class="muted small">模板${data.number as number} · ${data.category as string}</p>`);
    expect(out).toContain('<dt>所属工作程序</dt>');
    expect(out).toContain('<article class="document-preview"><div>正文</div></article>');
    expect(out).toContain('<h2>填写说明</h2><ol><li>');
  });

  it('lay out a publicity item with its kind, title and body', () => {
    const publicity = entries.find((e) => e.def.name === 'publicity')!;
    const data = publicity.data as Data;
    const out = html(publicityPreview(input(data, { body: '正文' }), htmlH));
    expect(out).toContain(`<p class="muted small">${data.kind as string}</p>`);
    expect(out).toContain('<div class="prose">正文</div>');
  });
});

describe('regulations preview', () => {
  it('lays out each item of the catalogue as the page’s entry, in the file’s order', () => {
    const items = entries.filter((e) => e.def.name === 'regulations').map((e) => e.data as Data);
    const out = html(regulationsPreview(input({ items }), htmlH));
    expect(out.match(/<article class="regulation">/g)).toHaveLength(items.length);
    const [first] = items;
    expect(out).toContain(`<h3>《${first!.title as string}》</h3><p class="small muted">${first!.kind as string} · `);
    expect(out.indexOf(items[0]!.title as string)).toBeLessThan(out.indexOf(items[1]!.title as string));
  });
});

describe('warnings box', () => {
  it('keeps reminders that do not stop a save apart from what must be corrected, below it', () => {
    const out = html(withWarnings(htmlH, { toCorrect: ['期号 62 重复'], reminders: ['待复核：制度已修订'] }, 'ENTRY'));
    expect(out).toMatch(
      new RegExp(
        `role="alert"><h2>.*${WARNINGS_HEADING}</h2><ul><li>期号 62 重复</li></ul></section>` +
          `<section class="panel entry-warnings" role="note"><h2>.*${REMINDERS_HEADING.replace(/[()（）]/g, '.')}</h2>` +
          '<ul><li>待复核：制度已修订</li></ul></section>ENTRY',
      ),
    );
    expect(html(withWarnings(htmlH, { toCorrect: [], reminders: ['待复核'] }, 'ENTRY'))).not.toContain(
      WARNINGS_HEADING,
    );
  });

  it('stands above the entry in Chinese when there is something to correct, and is absent otherwise', () => {
    const out = html(withWarnings(htmlH, { toCorrect: ['「所属月份」格式不对'], reminders: [] }, 'ENTRY'));
    expect(out).toMatch(
      new RegExp(
        `<div class="container"><section class="panel entry-warnings" role="alert"><h2>.*${WARNINGS_HEADING}</h2>` +
          '<ul><li>「所属月份」格式不对</li></ul></section>ENTRY</div>',
      ),
    );
    expect(html(withWarnings(htmlH, NO_NOTES, 'ENTRY'))).toBe(
      '<div class="page"><main class="page-main"><div class="container">ENTRY</div></main></div>',
    );
  });
});

describe('page styles', () => {
  it('reads the stylesheets the pages link, in order, once each', () => {
    const page = (css: string) =>
      `<link rel="stylesheet" href="/djzy/_astro/Base.x.css"><link rel="stylesheet" href="/djzy/_astro/${css}">` +
      '<link rel="icon" href="/favicon.svg"><p class="lead">x</p>';
    expect(stylesheetsOf([page('TaskList.y.css'), page('_id_.z.css')])).toEqual([
      '/djzy/_astro/Base.x.css',
      '/djzy/_astro/TaskList.y.css',
      '/djzy/_astro/_id_.z.css',
    ]);
  });

  it('reads each scoped class’s attribute from the rules, and leaves the global classes unscoped', () => {
    const scopes = cssScopes([
      '.task-list[data-astro-cid-6umzznyx]>li[data-astro-cid-6umzznyx]+li[data-astro-cid-6umzznyx]{margin-top:1em}' +
        '.small{font-size:.9em}@media print{.task-list[data-astro-cid-6umzznyx] .task-when[data-astro-cid-6umzznyx]{display:inline}}',
      '.generated-cover[data-astro-cid-ezkhjp43]{display:flex}.task-list[data-astro-cid-other]{padding:0}',
    ]);
    expect(scopes).toEqual({
      'task-list': 'data-astro-cid-6umzznyx',
      'task-when': 'data-astro-cid-6umzznyx',
      'generated-cover': 'data-astro-cid-ezkhjp43',
    });
  });
});
