/**
 * The 党费计算 page with JS: one form per member (cloned from the page's template), worked out as the reader types
 * with the sums of lib/dues/ and the 交纳标准 the page carries; each field's problem said beside it; the branch's
 * table below; everything kept in this browser (lib/saved-record.ts reports a record it cannot read whole).
 */
import { browserStore, openRecord, writeRecord } from '../lib/saved-record.ts';
import {
  branchTotals,
  emptyMember,
  memberOutcome,
  type MemberInput,
  type MemberOutcome,
  type Relief,
} from '../lib/dues/member.ts';
import { DUES_KEY, DUES_RECORD, emptyDues, serializeDues } from '../lib/dues/record.ts';
import { categoryOf, yuan, type DuesStandard } from '../lib/dues/standard.ts';
import { tellSavedRecord } from './saved-record.ts';

const CONFIRM_CLEAR = '确定要清空本页填写的全部党员吗？清空后不能恢复。';

type Field = HTMLInputElement | HTMLSelectElement;

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function initPartyDues(): void {
  const root = document.querySelector<HTMLElement>('[data-dues]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-member-template]');
  const list = root?.querySelector<HTMLElement>('[data-members]');
  const summary = root?.querySelector<HTMLElement>('[data-summary]');
  if (!root || !template || !list || !summary) return;
  const { standard, sources } = JSON.parse(root.dataset.dues!) as {
    standard: DuesStandard;
    sources: Record<string, string>;
  };

  const store = browserStore();
  let stored = true;
  try {
    stored = store?.getItem(DUES_KEY) != null;
  } catch {
    /* storage that refuses: openRecord says so */
  }
  const opened = openRecord(store, DUES_RECORD, new Date());
  let members = opened.state.members;
  let uid = 0;

  const save = () => {
    if (opened.canSave && !writeRecord(store, DUES_KEY, serializeDues({ members }))) {
      opened.canSave = false;
      tellSavedRecord({ root, tool: 'party-dues', key: DUES_KEY, store, findings: [{ kind: 'unusable' }] });
    }
  };

  const fieldsOf = (item: Element) => [...item.querySelectorAll<Field>('[data-field]')];

  /** The member's fields as typed. */
  function read(item: Element): MemberInput {
    const m = emptyMember();
    for (const f of fieldsOf(item)) {
      const key = f.dataset.field!;
      if (key === 'relief') {
        if ((f as HTMLInputElement).checked) m.relief = f.value as Relief;
      } else if (key.startsWith('months.')) m.months[Number(key.slice(7))] = f.value;
      else (m as unknown as Record<string, string>)[key] = f.value;
    }
    return m;
  }

  function fill(item: Element, m: MemberInput) {
    for (const f of fieldsOf(item)) {
      const key = f.dataset.field!;
      if (key === 'relief') (f as HTMLInputElement).checked = f.value === m.relief;
      else if (key.startsWith('months.')) f.value = m.months[Number(key.slice(7))] ?? '';
      else f.value = (m as unknown as Record<string, string>)[key] ?? '';
    }
  }

  /** Shows the fields the category asks for, the result, and each problem beside its field. */
  function show(item: Element, m: MemberInput): MemberOutcome {
    const c = categoryOf(standard, m.category);
    const rated = Boolean(c && c.amount === undefined);
    const visible: Record<string, boolean> = {
      income: rated && !c?.averageMonths,
      months: rated && Boolean(c?.averageMonths),
      set: c?.amountUpTo !== undefined,
      relief: Boolean(c),
      approved: Boolean(c) && m.relief === 'less',
      extra: Boolean(c),
    };
    item.querySelectorAll<HTMLElement>('[data-show]').forEach((node) => {
      node.hidden = !visible[node.dataset.show!];
    });
    const label = item.querySelector('[data-base-label]');
    if (label && c?.base) label.textContent = `${c.base}（元）`;
    const outcome = memberOutcome(standard, sources, m);
    const result = item.querySelector<HTMLElement>('[data-result]')!;
    result.replaceChildren(...outcome.lines.map((line) => el('p', line)));
    item.querySelectorAll('.dues-problem').forEach((p) => p.remove());
    for (const f of fieldsOf(item)) {
      const problem = outcome.problems[f.dataset.field!];
      f.removeAttribute('aria-invalid');
      f.removeAttribute('aria-describedby');
      if (!problem) continue;
      const p = el('span', problem, 'dues-problem');
      p.id = `${f.id}-problem`;
      f.closest('p')!.append(p);
      f.setAttribute('aria-invalid', 'true');
      f.setAttribute('aria-describedby', p.id);
    }
    return outcome;
  }

  function renderSummary(outcomes: MemberOutcome[]) {
    const table = el('table', undefined, 'dues-summary-table');
    const head = el('tr');
    for (const h of [
      '序号',
      '姓名',
      '党员类别',
      '计算基数',
      '比例或金额',
      '每月（元）',
      '全年（元）',
      '自愿多交（元）',
    ]) {
      const th = el('th', h);
      th.setAttribute('scope', 'col');
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    members.forEach((m, i) => {
      const o = outcomes[i]!;
      const row = el('tr');
      const cells = [
        String(i + 1),
        m.name,
        categoryOf(standard, m.category)?.label ?? '',
        o.base ?? '',
        `${o.rate ?? ''}${m.relief === 'exempt' ? '（经批准免交）' : m.relief === 'less' ? '（经批准少交）' : ''}`,
        o.monthly === undefined ? '' : yuan(o.monthly),
        o.yearly === undefined ? '' : yuan(o.yearly),
        o.extra === undefined ? '' : `${yuan(o.extra)}${o.centre ? '（全部上缴中央）' : ''}`,
      ];
      for (const text of cells) row.append(el('td', text));
      body.append(row);
    });
    const t = branchTotals(outcomes);
    const foot = el('tfoot');
    const total = el('tr');
    const th = el('th', `合计（已算出 ${t.counted} 人）`);
    th.setAttribute('scope', 'row');
    th.setAttribute('colspan', '5');
    total.append(th, el('td', yuan(t.monthly)), el('td', yuan(t.yearly)), el('td', t.extra ? yuan(t.extra) : ''));
    foot.append(total);
    table.append(thead, body, foot);
    const wrap = el('div', undefined, 'table-scroll');
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', '党费核定表');
    wrap.append(table);
    const notes = [el('p', `全支部每月合计${yuan(t.monthly)}元，全年合计${yuan(t.yearly)}元。`)];
    if (t.centre) notes.push(el('p', `其中自愿一次多交${yuan(t.centre)}元，全部上缴中央。`));
    summary!.replaceChildren(wrap, ...notes);
    root!.classList.toggle('dues-filled', t.counted > 0);
  }

  const items = () => [...list.children];
  function update() {
    renderSummary(items().map((item, i) => show(item, members[i]!)));
  }

  /** Fields of one member get ids of their own, and its radio buttons a group of their own. */
  function prepare(item: Element) {
    const n = ++uid;
    for (const f of fieldsOf(item)) {
      f.id = `dues-${n}-${f.dataset.field!.replace('.', '-')}${f.dataset.field === 'relief' ? `-${f.value || 'none'}` : ''}`;
      if (f.dataset.field === 'relief') f.name = `dues-${n}-relief`;
    }
  }

  function addItem(m: MemberInput) {
    const item = template!.content.firstElementChild!.cloneNode(true) as HTMLElement;
    prepare(item);
    list!.append(item);
    fill(item, m);
    renumber();
  }

  function renumber() {
    items().forEach((item, i) => {
      item.querySelector('[data-number]')!.textContent = String(i + 1);
      item.querySelector<HTMLButtonElement>('[data-action="remove"]')!.hidden = items().length === 1;
    });
  }

  const onEdit = (event: Event) => {
    const item = (event.target as Element).closest('.dues-member');
    if (!item) return;
    members[items().indexOf(item)] = read(item);
    save();
    update();
  };
  list.addEventListener('input', onEdit);
  list.addEventListener('change', onEdit);

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'add') {
      members.push(emptyMember());
      addItem(members[members.length - 1]!);
      list.lastElementChild?.querySelector<HTMLElement>('select')?.focus();
    } else if (action === 'remove') {
      const item = button.closest('.dues-member')!;
      members.splice(items().indexOf(item), 1);
      item.remove();
      renumber();
      list.lastElementChild?.querySelector<HTMLElement>('select')?.focus();
    } else if (action === 'print') {
      window.print();
      return;
    } else if (action === 'clear') {
      if (!window.confirm(CONFIRM_CLEAR)) return;
      members = emptyDues().members;
      list.replaceChildren();
      addItem(members[0]!);
    } else return;
    save();
    update();
  });

  if (stored) {
    list.replaceChildren();
    members.forEach(addItem);
  } else {
    // Nothing saved yet: what the reader has entered before this script arrived is the first member.
    items().forEach(prepare);
    members = items().map(read);
    renumber();
    save();
  }
  update();
  tellSavedRecord({ root, tool: 'party-dues', key: DUES_KEY, store, findings: opened.findings });
}
