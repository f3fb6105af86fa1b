/** A publicity item (党建宣传) as its page shows it (src/pages/publicity/[id].astro). */
import { type H, type PreviewInput, text } from './element.ts';
import { exampleBadge } from './frame.ts';

export function publicityPreview(input: PreviewInput, h: H): unknown {
  const { data } = input;
  return h(
    'div',
    null,
    h('p', { className: 'muted small' }, text(data.kind)),
    h('h1', null, text(data.title), data.example === true ? ' ' : null, data.example === true ? exampleBadge(h) : null),
    h('p', { className: 'lead' }, text(data.summary)),
    data.illustrativeDetail === true
      ? h('p', { className: 'small' }, exampleBadge(h), ' 本页标有“示例”的部分是示意写法，其余内容依据关区经验材料。')
      : null,
    h('div', { className: 'prose' }, input.body ?? null),
  );
}
