/**
 * A typical case twice, as readers meet it: its card in the cases list (src/components/cases/CaseCard.astro, with
 * the cover or the generated one of src/components/cases/GeneratedCover.astro) and its own page
 * (src/pages/cases/[id].astro).
 */
import { type H, type PreviewInput, dayText, isoText, scoped, text, titleOf } from './element.ts';
import { exampleBadge } from './frame.ts';

export function casePreview(input: PreviewInput, h: H): unknown {
  const { data, site } = input;
  const series = titleOf(site, 'series', data.series);
  const cover = text(data.cover) ? input.asset(text(data.cover)) : '';
  const card = scoped(h, site, 'case-cover');
  const generated = scoped(h, site, 'generated-cover');
  const page = scoped(h, site, 'case-figure');
  const when = (el: H) => el('time', { dateTime: isoText(data.date) }, dayText(data.date));
  const badge = data.example === true ? exampleBadge(h) : null;
  return h(
    'div',
    null,
    h('h2', { className: 'small muted' }, '在案例列表中'),
    h(
      'ul',
      { className: 'card-grid' },
      card(
        'li',
        { className: 'card case-card' },
        card(
          'a',
          { className: 'case-cover', 'aria-hidden': 'true' },
          cover
            ? card('img', { src: cover, alt: '' })
            : generated(
                'div',
                { className: 'generated-cover', 'aria-hidden': 'true' },
                generated('span', { className: 'generated-series' }, series),
                generated('span', { className: 'generated-title' }, text(data.title)),
              ),
        ),
        card('p', { className: 'small muted' }, series),
        card('h3', null, card('a', null, text(data.title)), badge ? ' ' : null, badge),
        card('p', { className: 'small' }, `${text(data.unit)} · `, when(card)),
        card('p', null, text(data.summary)),
      ),
    ),
    h('hr', null),
    h('h2', { className: 'small muted' }, '案例页面'),
    page('p', { className: 'muted small' }, page('a', null, series), ` · ${text(data.unit)} · `, when(page)),
    page('h1', null, text(data.title), badge ? ' ' : null, badge),
    page('p', { className: 'lead' }, text(data.summary)),
    cover
      ? page(
          'figure',
          { className: 'case-figure' },
          page('img', { src: cover, alt: text(data.coverAlt) }),
          page('figcaption', { className: 'small muted' }, text(data.coverAlt)),
        )
      : null,
    page('div', { className: 'prose' }, input.body ?? null),
  );
}
