// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addressFor,
  CASE_FILTER,
  chosenFromQuery,
  countMessage,
  indexMessage,
  initListFilter,
  isShown,
  LEDGER_FILTER,
  matchesWords,
  PAGE_INDEX_FILTER,
  pickOption,
  TEMPLATE_FILTER,
} from '../../src/client/list-filter.ts';

describe('matching', () => {
  it('needs every word of the query, in any order and case', () => {
    expect(matchesWords('12 成立党支部请示 ABC', '请示  成立')).toBe(true);
    expect(matchesWords('成立党支部请示 ABC', 'abc')).toBe(true);
    expect(matchesWords('成立党支部请示', '请示 换届')).toBe(false);
    expect(matchesWords('任何文字', '   ')).toBe(true);
  });

  it('keeps an item that matches every chosen field and ignores the empty ones', () => {
    const { fields } = LEDGER_FILTER;
    const item = { status: '已清零', chapter: 'organization', departments: '组织部门|财务部门' };
    expect(isShown(item, { status: '', chapter: '', department: '' }, fields)).toBe(true);
    expect(isShown(item, { status: '已清零', chapter: '', department: '财务部门' }, fields)).toBe(true);
    expect(isShown(item, { status: '已清零', chapter: 'basics', department: '' }, fields)).toBe(false);
    // listed is one whole name of the list, not part of one
    expect(isShown(item, { status: '', chapter: '', department: '财务' }, fields)).toBe(false);
    expect(isShown({}, { status: '已清零' }, fields)).toBe(false);
  });

  it('matches templates by words and 文种 together', () => {
    const item = { template: '3 成立党支部请示 用于申请成立', category: '请示' };
    expect(isShown(item, { q: '成立', category: '请示' }, TEMPLATE_FILTER.fields)).toBe(true);
    expect(isShown(item, { q: '成立', category: '报告' }, TEMPLATE_FILTER.fields)).toBe(false);
  });
});

describe('wording', () => {
  it('counts while anything is chosen and is silent for the full list', () => {
    expect(countMessage('模板', 0, { q: '不可能', category: '' })).toBe('显示 0 个模板。');
    expect(countMessage('问题', 5, { status: '已清零' })).toBe('显示 5 个问题。');
    expect(countMessage('案例', 12, { series: '' })).toBe('');
    expect(CASE_FILTER.say(3, { series: 'a' })).toBe('显示 3 个案例。');
  });

  it('says what the index fallback searched', () => {
    expect(indexMessage(4, '党费')).toBe('按标题和简介找到 4 个页面包含“党费”。');
    expect(indexMessage(40, '')).toBe('');
    expect(PAGE_INDEX_FILTER.say(2, { q: '选举' })).toBe('按标题和简介找到 2 个页面包含“选举”。');
  });

  it('keeps the query in the address, or drops it for the bare path', () => {
    const search = (search: string) => ({ pathname: '/search/', search });
    expect(addressFor(search(''), { q: '党费 收缴' }, ['q'])).toBe(
      '/search/?q=%E5%85%9A%E8%B4%B9%20%E6%94%B6%E7%BC%B4',
    );
    expect(addressFor({ pathname: '/djzy/search/', search: '?q=x' }, { q: '' }, ['q'])).toBe('/djzy/search/');
  });
});

describe('filters in the address', () => {
  const names = LEDGER_FILTER.inAddress!;
  const ledger = { pathname: '/djzy/rectification/', search: '', hash: '' };

  it('writes every chosen field, in the filter’s order, and leaves the empty ones out', () => {
    expect(addressFor(ledger, { status: '整改中', chapter: '', department: '财务部门' }, names)).toBe(
      '/djzy/rectification/?status=%E6%95%B4%E6%94%B9%E4%B8%AD&department=%E8%B4%A2%E5%8A%A1%E9%83%A8%E9%97%A8',
    );
    expect(addressFor(ledger, { status: '', chapter: '', department: '' }, names)).toBe('/djzy/rectification/');
  });

  it('keeps other parameters and the #fragment, and replaces its own', () => {
    const here = { pathname: '/rectification/', search: '?status=%E6%9C%AA%E5%90%AF%E5%8A%A8&from=mail', hash: '#p05' };
    expect(addressFor(here, { status: '', chapter: 'political', department: '' }, names)).toBe(
      '/rectification/?from=mail&chapter=political#p05',
    );
    expect(addressFor({ ...here, search: '?栏目=指引' }, { q: '党费' }, ['q'])).toBe(
      '/rectification/?%E6%A0%8F%E7%9B%AE=%E6%8C%87%E5%BC%95&q=%E5%85%9A%E8%B4%B9#p05',
    );
  });

  it('reads back what it wrote, and only the fields it keeps', () => {
    const chosen = { status: '已清零', chapter: 'org-life', department: '人事政工部门' };
    const address = addressFor(ledger, chosen, names);
    expect(chosenFromQuery(address.slice(address.indexOf('?')), names)).toEqual(chosen);
    expect(chosenFromQuery('?status=%E6%95%B4%E6%94%B9%E4%B8%AD&page=2', names)).toEqual({ status: '整改中' });
    // A space written as + (by a form or another tool) reads as a space.
    expect(chosenFromQuery('?q=%E5%85%9A%E8%B4%B9+%E6%94%B6%E7%BC%B4', ['q'])).toEqual({ q: '党费 收缴' });
    expect(chosenFromQuery('', names)).toEqual({});
  });

  it('takes a value for a select only if one of its options has it', () => {
    expect(pickOption(['', '已清零', '整改中'], '整改中')).toBe('整改中');
    expect(pickOption(['', '已清零', '整改中'], '已完成')).toBeUndefined();
    expect(pickOption(['', '已清零'], '')).toBe('');
    expect(pickOption(['', '已清零'], undefined)).toBeUndefined();
  });
});

describe('initListFilter in a page', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
  });

  const visible = (selector: string) =>
    Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((e) => !e.hidden).length;

  it('chips: shows the controls, narrows on click, marks the pressed chip and says the count', () => {
    document.body.innerHTML = `
      <div data-case-chips hidden><button data-value="" aria-pressed="true">全部</button><button data-value="a" aria-pressed="false">A</button></div>
      <p data-case-status role="status" aria-live="polite"></p>
      <ul><li data-series="a"></li><li data-series="b"></li><li data-series="a"></li></ul>`;
    initListFilter(CASE_FILTER);
    const [all, a] = Array.from(document.querySelectorAll('button'));
    expect(document.querySelector<HTMLElement>('[data-case-chips]')!.hidden).toBe(false);
    a!.click();
    expect(visible('[data-series]')).toBe(2);
    expect(a!.getAttribute('aria-pressed')).toBe('true');
    expect(all!.getAttribute('aria-pressed')).toBe('false');
    expect(document.querySelector('[data-case-status]')!.textContent).toBe('显示 2 个案例。');
    all!.click();
    expect(visible('[data-series]')).toBe(3);
    expect(document.querySelector('[data-case-status]')!.textContent).toBe('');
  });

  it('form: narrows as words are typed, hides empty sections, and leaves the address alone', () => {
    document.body.innerHTML = `
      <form data-template-filter hidden><input name="q" type="search" /><select name="category"><option value="">全部</option><option value="请示">请示</option></select></form>
      <p data-template-status></p>
      <section data-category-group><li data-template="1 成立党支部请示" data-category="请示"></li></section>
      <section data-category-group><li data-template="2 换届选举结果报告" data-category="报告"></li></section>`;
    initListFilter(TEMPLATE_FILTER);
    const input = document.querySelector('input')!;
    input.value = ' 换届 ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(visible('[data-template]')).toBe(1);
    expect(Array.from(document.querySelectorAll<HTMLElement>('[data-category-group]')).map((g) => g.hidden)).toEqual([
      true,
      false,
    ]);
    expect(document.querySelector('[data-template-status]')!.textContent).toBe('显示 1 个模板。');
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(location.search).toBe('');
  });

  it('stays hidden when the form lacks one of its fields', () => {
    document.body.innerHTML = `<form data-template-filter hidden><input name="q" /></form><p data-template-status></p>`;
    initListFilter(TEMPLATE_FILTER);
    expect(document.querySelector('form')!.hidden).toBe(true);
  });

  it('address: starts from ?q= and writes the query back on submit', () => {
    history.replaceState(null, '', '/search/?q=%E5%85%9A%E8%B4%B9');
    document.body.innerHTML = `
      <form data-page-filter><input name="q" /></form><p data-filter-status></p>
      <section data-index-group><li data-index-text="指引 党费收缴"></li><li data-index-text="指引 换届"></li></section>`;
    initListFilter(PAGE_INDEX_FILTER);
    const input = document.querySelector('input')!;
    expect(input.value).toBe('党费');
    expect(visible('[data-index-text]')).toBe(1);
    expect(document.querySelector('[data-filter-status]')!.textContent).toBe('按标题和简介找到 1 个页面包含“党费”。');
    input.value = '';
    const submit = new Event('submit', { cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(location.pathname + location.search).toBe('/search/');
    expect(visible('[data-index-text]')).toBe(2);
  });

  const ledgerPage = `
    <form data-ledger-filter hidden>
      <select name="status"><option value="">全部</option><option value="已清零">已清零</option><option value="整改中">整改中</option></select>
      <select name="chapter"><option value="">全部</option><option value="political">政治建设</option><option value="org-life">组织生活</option></select>
      <select name="department"><option value="">全部</option><option value="财务部门">财务部门</option><option value="组织部门">组织部门</option></select>
    </form>
    <p data-ledger-status></p>
    <section data-problem-group>
      <section data-problem data-status="已清零" data-chapter="political" data-departments="组织部门"></section>
      <section data-problem data-status="整改中" data-chapter="political" data-departments="组织部门|财务部门"></section>
      <section data-problem data-status="整改中" data-chapter="org-life" data-departments="财务部门"></section>
    </section>`;
  const select = (name: string) => document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const choose = (name: string, value: string) => {
    select(name).value = value;
    select(name).dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('ledger: each choice rewrites the address, and clearing them all gives the bare path', () => {
    history.replaceState(null, '', '/rectification/#ledger');
    document.body.innerHTML = ledgerPage;
    initListFilter(LEDGER_FILTER);
    choose('status', '整改中');
    expect(decodeURIComponent(location.search)).toBe('?status=整改中');
    expect(location.hash).toBe('#ledger');
    choose('department', '财务部门');
    expect(decodeURIComponent(location.search)).toBe('?status=整改中&department=财务部门');
    expect(visible('[data-problem]')).toBe(2);
    choose('status', '');
    choose('department', '');
    expect(location.pathname + location.search).toBe('/rectification/');
    expect(visible('[data-problem]')).toBe(3);
  });

  it('ledger: a shared address restores the selects, the narrowed list and its count', () => {
    history.replaceState(null, '', '/rectification/?chapter=political&status=%E6%95%B4%E6%94%B9%E4%B8%AD');
    document.body.innerHTML = ledgerPage;
    initListFilter(LEDGER_FILTER);
    expect([select('status').value, select('chapter').value, select('department').value]).toEqual([
      '整改中',
      'political',
      '',
    ]);
    expect(visible('[data-problem]')).toBe(1);
    expect(document.querySelector('[data-ledger-status]')!.textContent).toBe('显示 1 个问题。');
  });

  it('ledger: a value no option has narrows nothing', () => {
    history.replaceState(null, '', '/rectification/?status=%E5%B7%B2%E5%AE%8C%E6%88%90');
    document.body.innerHTML = ledgerPage;
    initListFilter(LEDGER_FILTER);
    expect(select('status').value).toBe('');
    expect(visible('[data-problem]')).toBe(3);
    expect(document.querySelector('[data-ledger-status]')!.textContent).toBe('');
  });

  it('address: what the reader already typed wins over ?q=', () => {
    history.replaceState(null, '', '/search/?q=%E5%85%9A%E8%B4%B9');
    document.body.innerHTML = `
      <form data-page-filter><input name="q" value="换届" /></form><p data-filter-status></p>
      <section data-index-group><li data-index-text="指引 党费收缴"></li><li data-index-text="指引 换届"></li></section>`;
    initListFilter(PAGE_INDEX_FILTER);
    expect(document.querySelector('input')!.value).toBe('换届');
    expect(document.querySelector('[data-filter-status]')!.textContent).toBe('按标题和简介找到 1 个页面包含“换届”。');
  });
});
