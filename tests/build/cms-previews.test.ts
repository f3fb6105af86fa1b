/**
 * The editor's previews against the built site they imitate: for an entry of each kind, every class the preview
 * puts on an element is one the entry's own page carries or the site's stylesheets style, and wherever a
 * component's scoped rule names that class, the preview's element carries the rule's scope attribute, so the rule
 * applies in the preview pane as on the page. The stylesheets handed to the editor are the pages' own files, under
 * the build's base path.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { bulletinPreview } from '../../src/lib/cms/previews/bulletin.ts';
import { casePreview } from '../../src/lib/cms/previews/case.ts';
import type { H, PreviewInput } from '../../src/lib/cms/previews/element.ts';
import { withWarnings } from '../../src/lib/cms/previews/frame.ts';
import { procedurePreview } from '../../src/lib/cms/previews/procedure.ts';
import { publicityPreview } from '../../src/lib/cms/previews/publicity.ts';
import { regulationsPreview } from '../../src/lib/cms/previews/regulation.ts';
import { templatePreview } from '../../src/lib/cms/previews/template.ts';
import { previewSite } from '../../src/pipeline/integrations/editor.ts';
import { COLLECTION_LIST, COLLECTIONS } from '../../src/schemas/collections.ts';
import { BUILD_TITLE, BUILDS, requireBuild, ROOT } from '../support/builds.ts';
import { html, htmlH } from '../support/html-h.ts';

const { entries } = loadContent(ROOT, [
  COLLECTIONS.bulletins,
  COLLECTIONS.procedures,
  COLLECTIONS.cases,
  COLLECTIONS.templates,
  COLLECTIONS.publicity,
  COLLECTIONS.regulations,
]);
const first = (collection: string, test: (data: Record<string, unknown>) => boolean = () => true) => {
  const found = entries.find((e) => e.def.name === collection && test(e.data as Record<string, unknown>));
  if (!found) throw new Error(`no ${collection} entry`);
  return found;
};

/** Each kind: one entry, its preview, and the built pages that show it. */
const procedure = first('procedures', (d) => Array.isArray(d.districtRules));
const caseEntry = first('cases');
const template = first('templates');
const publicity = first('publicity');
const bulletin = first('bulletins');
const KINDS: { kind: string; preview: (input: PreviewInput, h: H) => unknown; data: unknown; pages: string[] }[] = [
  { kind: 'bulletin', preview: bulletinPreview, data: bulletin.data, pages: [`bulletins/${bulletin.id}/index.html`] },
  { kind: 'procedure', preview: procedurePreview, data: procedure.data, pages: [`guide/*/${procedure.id}/index.html`] },
  {
    kind: 'case',
    preview: casePreview,
    data: caseEntry.data,
    pages: [`cases/${caseEntry.id}/index.html`, 'cases/index.html'],
  },
  // Without a photo the card draws the generated cover, which no built page shows while every case has a photo.
  {
    kind: 'case without a photo',
    preview: casePreview,
    data: { ...(caseEntry.data as object), cover: undefined },
    pages: ['cases/index.html'],
  },
  { kind: 'template', preview: templatePreview, data: template.data, pages: [`templates/${template.id}/index.html`] },
  {
    kind: 'regulations',
    preview: regulationsPreview,
    data: { items: entries.filter((e) => e.def.name === 'regulations').map((e) => e.data) },
    pages: ['regulations/index.html'],
  },
  {
    kind: 'publicity',
    preview: publicityPreview,
    data: publicity.data,
    pages: [`publicity/${publicity.id}/index.html`],
  },
];

/** The warnings box's name, for tests and readers of the markup; it looks like a .panel of the site. */
const PREVIEW_ONLY = new Set(['entry-warnings']);
const TAG = /<[a-z][a-z0-9]*\b[^>]*>/g;
const classesOfTag = (tag: string) => /\sclass="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/).filter(Boolean) ?? [];

describe.each(BUILDS)(`${BUILD_TITLE}：the editor’s previews`, (build) => {
  const dist = requireBuild(build.dir);
  const site = previewSite(loadContent(ROOT, COLLECTION_LIST).entries, dist, build.base);
  const css = site.styles.map((href) => readFileSync(join(dist, href.slice(build.base.length)), 'utf8')).join('\n');
  const page = (pattern: string) => {
    const [file] = globSync(pattern, { cwd: dist });
    if (!file) throw new Error(`${pattern} not built`);
    return readFileSync(join(dist, file), 'utf8');
  };

  it('are given the stylesheets of the pages they imitate, as files of the build under its base path', () => {
    const linked = KINDS.flatMap((k) => k.pages.map(page)).flatMap((h) =>
      [...h.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((href) => !site.styles.includes(href!))).toEqual([]);
    for (const href of site.styles) {
      expect(href.startsWith(`${build.base}_astro/`), href).toBe(true);
      expect(existsSync(join(dist, href.slice(build.base.length))), href).toBe(true);
    }
  });

  it.each(KINDS.map((k) => [k.kind, k]))(
    '%s: uses the page’s classes, each carrying the scope its component’s rules expect',
    (_, { preview, data, pages }) => {
      const entry = preview({ data: data as Record<string, unknown>, asset: (p) => p, site }, htmlH);
      const out = html(withWarnings(htmlH, { toCorrect: ['「所属月份」格式不对'], reminders: ['待复核'] }, entry));
      const pageClasses = new Set(
        pages.map(page).flatMap((h) => [...h.matchAll(TAG)].flatMap(([t]) => classesOfTag(t))),
      );
      const unknown: string[] = [];
      const unscoped: string[] = [];
      for (const [tag] of out.matchAll(TAG)) {
        for (const name of classesOfTag(tag)) {
          const styled = new RegExp(`\\.${name}(?![\\w-])`).test(css);
          if (!pageClasses.has(name) && !styled && !PREVIEW_ONLY.has(name)) unknown.push(name);
          const scope = new RegExp(`\\.${name}\\[(data-astro-cid-[a-z0-9]+)\\]`).exec(css)?.[1];
          if (scope && !tag.includes(` ${scope}`)) unscoped.push(`${name} (${scope})`);
        }
      }
      expect(out.length).toBeGreaterThan(100);
      expect(unknown, '页面和样式表中都没有的类名').toEqual([]);
      expect(unscoped, '缺少组件样式的作用域属性').toEqual([]);
    },
  );
});
