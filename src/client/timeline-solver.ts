/**
 * The 时间推算 page's calculator, loaded by timeline.ts once there are dates to work with: keeps what the reader
 * entered in this browser only, solves on every change and writes each step's dates and problems beside it; the
 * calendar file is made here too. The words come from lib/timeline/present.ts; this file only moves them.
 */
import { formatPartialDate } from '../lib/dates.ts';
import { normalizeDateText } from '../lib/timeline/dates.ts';
import { PLANNING_CALENDAR } from '../lib/timeline/holidays.ts';
import {
  issueWord,
  noDatesLine,
  provisionalBrief,
  provisionalSummary,
  stepOutcomes,
  summaryLine,
  timelineEvents,
  type BoundText,
  type StepOutcome,
} from '../lib/timeline/present.ts';
import type { ProcedureRules } from '../lib/timeline/rules.ts';
import { solve, type Issue } from '../lib/timeline/solve.ts';

interface TimelineData {
  procedure: string;
  title: string;
  rules: ProcedureRules;
  sources: Record<string, string>;
}

import { browserStore, openRecord, writeRecord, type Finding } from '../lib/saved-record.ts';
import { datesOffPage, timelineRecord } from '../lib/timeline/saved-dates.ts';
import { downloadBlob } from './download.ts';
import { tellSavedRecord } from './saved-record.ts';

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function issueLine(issue: Issue): HTMLElement {
  const line = el('p', `timeline-issue timeline-issue-${issue.severity}`);
  line.append(el('strong', '', `${issueWord(issue)}：`), issue.message);
  return line;
}

function boundLine(word: '最早' | '最迟' | '应在', bound: BoundText, hard?: BoundText): HTMLElement {
  const line = el('p', 'timeline-bound');
  const provisional = bound.provisional ? '，暂定' : '';
  line.append(el('strong', '', `${word}：${bound.text}`), `（${bound.weekday}${provisional}）　${bound.because}`);
  if (bound.normally) {
    line.append(
      el('span', 'muted', hard ? `（“一般”时限；有例外时${word}为${hard.text}）` : '（“一般”时限，可有例外）'),
    );
  }
  // That it is only provisional, and until when, on a line of its own under the date; the reason is in the summary.
  if (bound.provisionalYears) line.append(el('span', 'timeline-provisional', provisionalBrief(bound.provisionalYears)));
  return line;
}

/** Notes that a date is missing matter only where nothing could be worked out; other problems always. */
const worthShowing = (issue: Issue, bounded: boolean) => issue.kind !== 'missing' || !bounded;

function renderStep(box: HTMLElement, o: StepOutcome, noDates: string): void {
  box.replaceChildren();
  // A date entered is a fact: the box says only whether it keeps to the limits.
  if (o.known) {
    box.append(el('p', 'timeline-bound', `已办：${formatPartialDate(o.known)}`));
    for (const issue of o.issues) if (issue.severity !== 'info') box.append(issueLine(issue));
    return;
  }
  if (o.circumstance) return; // nothing to work out for it, and nothing to say until it is entered
  if (o.earliest && o.latest && o.earliest.date === o.latest.date && !o.earliest.normally && !o.latest.normally) {
    box.append(boundLine('应在', o.latest)); // a day the rules fix (任期届满, 预备期满)
  } else {
    if (o.earliest) box.append(boundLine('最早', o.earliest, o.hardEarliest));
    if (o.latest) box.append(boundLine('最迟', o.latest, o.hardLatest));
  }
  const bounded = Boolean(o.earliest || o.latest);
  const shown = o.issues.filter((issue) => worthShowing(issue, bounded));
  if (!bounded && shown.length === 0) box.append(el('p', 'muted', noDates));
  for (const issue of shown) box.append(issueLine(issue));
}

export function initTimeline(form: HTMLFormElement): void {
  const data = JSON.parse(form.dataset.timeline!) as TimelineData;
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[name]')];
  const summary = form.querySelector<HTMLElement>('[data-summary]')!;
  const sourceOf = (c: { id: string }) => data.sources[c.id] ?? '';
  let outcomes: StepOutcome[] = [];

  // Fill only the empty fields: a date the reader typed before this module arrived stays.
  const record = timelineRecord(data.procedure);
  const store = browserStore();
  const opened = openRecord(store, record, new Date());
  for (const input of inputs) if (!input.value) input.value = opened.state[input.name] ?? '';
  // Dates of steps this page no longer has stay in the record, unsolved.
  let offPage = datesOffPage(
    opened.state,
    inputs.map((i) => i.name),
  );
  const save = (dates: Record<string, string>) =>
    opened.canSave && writeRecord(store, record.key, record.write({ ...offPage, ...dates }));
  const tell = (findings: Finding[]) =>
    tellSavedRecord({ root: form, tool: 'timeline', key: record.key, store, findings, fields: opened.fields });

  // Old browsers show a plain text field: 2026/3/5 or 2026年3月5日 is read as 2026-03-05.
  const entered = () =>
    Object.fromEntries(inputs.filter((i) => i.value.trim()).map((i) => [i.name, normalizeDateText(i.value)]));

  function update(): void {
    const dates = entered();
    if (!save(dates) && opened.canSave) {
      opened.canSave = false; // said once; the rest of the visit works without storage
      opened.fields = [];
      tell([{ kind: 'unusable' }]);
    }
    const solution = solve(data.rules, dates, { calendar: PLANNING_CALENDAR });
    outcomes = stepOutcomes(data.rules, solution, sourceOf);
    for (const o of outcomes) {
      const box = form!.querySelector<HTMLElement>(`#step-${o.id} [data-result]`);
      if (box) renderStep(box, o, noDatesLine(solution));
    }
    const problems = solution.issues.filter((i) => i.severity !== 'info');
    summary.hidden = Object.keys(dates).length === 0;
    const provisional = provisionalSummary(outcomes);
    summary.replaceChildren(
      el('p', '', summaryLine(solution, Object.keys(dates).length)),
      ...(provisional ? [el('p', 'timeline-provisional-reason', provisional)] : []),
      ...problems.map(issueLine),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', update);
  form.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
  form.querySelector('[data-action="clear"]')?.addEventListener('click', () => {
    if (!window.confirm('清空本页已填的全部日期？')) return;
    for (const input of inputs) input.value = '';
    update();
  });
  form.querySelector('[data-action="calendar"]')?.addEventListener('click', async () => {
    // The calendar writer is loaded when a reader asks for the file, not with the page.
    const { calendar } = await import('../lib/ics.ts');
    const events = timelineEvents(data.title, data.procedure, outcomes, new Date(), location.href);
    if (events.length === 0) {
      window.alert('还没有可以放入日历的日期：请先填写已办的日期。');
      return;
    }
    downloadBlob(
      new Blob([calendar(`${data.title}时间推算`, events)], { type: 'text/calendar;charset=utf-8' }),
      `${data.title}时间推算.ics`,
    );
  });
  const findings = opened.findings.slice();
  const offCount = Object.keys(offPage).length;
  if (offCount) {
    findings.push({
      kind: 'off-page',
      count: offCount,
      raw: record.write(opened.state),
      remove: () => {
        offPage = {};
        return save(entered());
      },
    });
  }
  tell(findings);
  update();
}
