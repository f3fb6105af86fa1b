/**
 * A template (文书模板) as its page shows it (src/pages/[...past]/templates/[id].astro): number and category, title,
 * purpose, the facts block (所属工作程序), the document drawn as a 公文 page (src/components/templates/
 * DocumentPreview.astro; here the body as Decap renders it, without the Word file's title lines and indents) and 填写说明.
 */
import { type H, type PreviewInput, list, scoped, text, titleOf } from './element.ts';

export function templatePreview(input: PreviewInput, h: H): unknown {
  const { data, site } = input;
  const doc = scoped(h, site, 'document-preview');
  const procedures = list(data.procedures).map((id) => titleOf(site, 'procedures', id));
  return h(
    'div',
    null,
    h('p', { className: 'muted small' }, `模板${text(data.number)} · ${text(data.category)}`),
    h('h1', null, text(data.title)),
    h('p', { className: 'lead' }, text(data.purpose)),
    h('dl', { className: 'facts panel' }, h('dt', null, '所属工作程序'), h('dd', null, procedures.join('、'))),
    h('h2', null, '文书样式'),
    doc(
      'article',
      { className: 'document-preview' },
      // The body's first heading is the document's title, as the Word file takes it (src/lib/docx/model.ts: `# 标题`).
      doc('div', null, input.body ?? null),
    ),
    h('h2', null, '填写说明'),
    h('ol', null, ...list(data.instructions).map((line) => h('li', null, text(line)))),
  );
}
