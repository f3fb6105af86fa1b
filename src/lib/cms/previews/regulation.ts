/**
 * The regulation catalogue (content/regulations.yaml, one file whose items Decap edits as a list) as its page
 * shows each entry (src/pages/[...past]/regulations/index.astro): title, kind · issuer · date · number · status,
 * summary, role and provisions. The page groups the entries by kind; the preview keeps the file's order, the order
 * the editor sees in the form.
 */
import { type H, type PreviewInput, dayText, list, record, scoped, text } from './element.ts';

export function regulationsPreview(input: PreviewInput, plain: H): unknown {
  const h = scoped(plain, input.site, 'regulation');
  const items = list(input.data.items).map(record);
  return h(
    'div',
    null,
    h('h1', null, '制度文件目录'),
    ...items.map((r) => {
      const provisions = list(r.provisions).map(record);
      const meta = [text(r.kind), text(r.issuer), dayText(r.issued), text(r.docNumber), text(r.status)];
      return h(
        'article',
        { className: 'regulation' },
        h('h3', null, `《${text(r.title)}》`),
        h('p', { className: 'small muted' }, meta.filter(Boolean).join(' · ')),
        h('p', null, text(r.summary)),
        text(r.role) ? h('p', { className: 'small' }, `在本站中的作用：${text(r.role)}`) : null,
        provisions.length > 0
          ? h(
              'ul',
              { className: 'small' },
              ...provisions.map((p) =>
                h('li', null, text(p.article) ? h('strong', null, `${text(p.article)}　`) : null, text(p.point)),
              ),
            )
          : null,
      );
    }),
  );
}
