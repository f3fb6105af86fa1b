/**
 * A procedure as its page shows it (src/pages/[...past]/guide/[chapter]/[procedure].astro): title and summary, the
 * facts block (适用对象, 责任主体, then 时限要求 and 依据, shown open here so the editor sees what they wrote), the
 * steps (the body as Decap renders it) and the 关区规定 (src/components/guide/DistrictRules.astro).
 */
import { dutyListOwner } from '../../duty-lists.ts';
import { foldSummary } from '../../outline.ts';
import { PROCEDURE_FIELDS } from '../../procedure-fields.ts';
import { type H, type PreviewInput, list, record, scoped, text, titleOf } from './element.ts';

export function procedurePreview(input: PreviewInput, h: H): unknown {
  const { data, site } = input;
  const deadlines = list(data.deadlines).map(text);
  const basis = list(data.basis).map(record);
  const rules = list(data.districtRules).map(record);
  const facts: unknown[] = [];
  if (text(data.appliesTo)) facts.push(h('dt', null, PROCEDURE_FIELDS.appliesTo), h('dd', null, text(data.appliesTo)));
  facts.push(
    h('dt', null, PROCEDURE_FIELDS.responsible),
    h(
      'dd',
      null,
      h('span', { className: 'duty-links' }, list(data.responsible).map(text).map(dutyListOwner).join('、')),
    ),
  );
  return h(
    'div',
    { className: 'procedure-page' },
    h('p', { className: 'muted small procedure-kicker' }, '工作程序'),
    h('h1', null, text(data.title)),
    h('p', { className: 'lead' }, text(data.summary)),
    h(
      'section',
      { className: 'panel facts-panel' },
      h('dl', { className: 'facts facts-runin' }, ...facts),
      deadlines.length > 0
        ? h(
            'details',
            { className: 'fold fact-fold', open: true },
            h('summary', null, foldSummary(PROCEDURE_FIELDS.deadlines, deadlines.length, '条')),
            h('ul', null, ...deadlines.map((d) => h('li', null, d))),
          )
        : null,
      h(
        'details',
        { className: 'fold fact-fold', open: true },
        h('summary', null, foldSummary(PROCEDURE_FIELDS.basis, basis.length, '条')),
        h(
          'ul',
          { className: 'citations' },
          ...basis.map((b) =>
            h(
              'li',
              null,
              h('a', null, `《${titleOf(site, 'regulations', b.regulation)}》`),
              text(b.articles) ? h('span', null, text(b.articles)) : null,
              text(b.note) ? h('span', { className: 'muted' }, `：${text(b.note)}`) : null,
            ),
          ),
        ),
      ),
    ),
    h('div', { className: 'prose procedure-body' }, input.body ?? null),
    rules.length > 0 ? districtRules(h, site, rules) : null,
  );
}

function districtRules(plain: H, site: PreviewInput['site'], rules: Record<string, unknown>[]): unknown {
  const h = scoped(plain, site, 'district-rules');
  return h(
    'section',
    { className: 'district-rules' },
    h('h2', null, PROCEDURE_FIELDS.districtRules),
    ...rules.map((rule) =>
      h(
        'div',
        { className: 'district-rule' },
        h('h3', null, text(rule.topic)),
        h(
          'dl',
          null,
          h('dt', null, '全国性规定'),
          h('dd', null, text(rule.national)),
          h('dt', null, '通行做法'),
          h('dd', null, text(rule.practice)),
          text(rule.district) ? h('dt', null, '本关区') : null,
          text(rule.district) ? h('dd', { className: 'district-own' }, text(rule.district)) : null,
        ),
      ),
    ),
  );
}
