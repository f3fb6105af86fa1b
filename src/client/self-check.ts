/**
 * The self-check page with JS: answers are saved in this browser as they are entered (localStorage only), put
 * back on the next visit (a record not read whole is kept aside and the reader told, see lib/saved-record.ts),
 * counted, cleared on request, and exported as CSV or as the Word report. The Word renderer is large, so it is
 * imported only when the reader asks for the report.
 */
import { normalizeDateText, parseDate } from '../lib/calendar-day.ts';
import { toCsv } from '../lib/csv.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { browserStore, openRecord, writeRecord, type Finding } from '../lib/saved-record.ts';
import {
  answersOffList,
  emptyState,
  isFinding,
  SELF_CHECK_RECORD,
  serializeState,
  STORAGE_KEY,
  summarize,
  summaryText,
  type Answer,
  type ItemAnswer,
  type SelfCheckState,
} from '../lib/self-check/answers.ts';
import type { CheckGroup } from '../lib/self-check/checklist.ts';
import { SELF_CHECK_CSV_HEADER, selfCheckCsvRows } from '../lib/self-check/csv.ts';
import { downloadBlob } from './download.ts';
import { tellSavedRecord } from './saved-record.ts';

const EXPORT_FAILED = '导出没有成功，请再试一次。如果还是不行，可以打印本页，或下载空白的自查情况报告手工填写。';
const CONFIRM_CLEAR = '确定要清除本页全部填写内容吗？清除后不能恢复。';

/** A date field's day; '' for anything that is not one (a browser without a date picker gives text). */
function dayOf(input: HTMLInputElement): string {
  const parsed = parseDate(normalizeDateText(input.value));
  return parsed.ok ? parsed.date : '';
}

/** The list as the page shows it: the groups and items the build rendered (see CheckGroup.astro). */
function readGroups(root: HTMLElement): CheckGroup[] {
  return [...root.querySelectorAll<HTMLElement>('[data-check-group]')].map((section) => ({
    id: section.id,
    kind: section.dataset.kind === 'problems' ? 'problems' : 'standards',
    title: section.dataset.title ?? '',
    chapter: { order: Number(section.dataset.chapterOrder), title: section.dataset.chapterTitle ?? '' },
    items: [...section.querySelectorAll<HTMLElement>('[data-check-item]')].map((item) => ({
      id: item.dataset.checkItem!,
      label: item.dataset.label ?? '',
      text: item.querySelector('.check-text')?.textContent?.trim() ?? '',
      example: item.dataset.example === 'true',
    })),
  }));
}

const fieldOf = (item: HTMLElement, suffix: string) =>
  item.querySelector<HTMLInputElement>(`input[name="${item.dataset.checkItem}-${suffix}"]`)!;

/** On paper a field prints as the text beside it (the input itself is hidden in print). */
function mirror(input: HTMLInputElement) {
  const out = input.parentElement?.querySelector('.print-value');
  if (out) out.textContent = input.type === 'date' && input.value ? formatPartialDate(input.value) : input.value;
}

function readItem(item: HTMLElement): ItemAnswer {
  const checked = item.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  const answer: ItemAnswer = {};
  if (checked) answer.answer = checked.value as Answer;
  const note = fieldOf(item, 'note').value;
  const date = dayOf(fieldOf(item, 'date'));
  if (note.trim()) answer.note = note;
  if (date) answer.date = date;
  return answer;
}

/** The note and the date are asked for where something was found, and kept in view once written. */
function showFields(item: HTMLElement, answer: ItemAnswer | undefined) {
  item.querySelector<HTMLElement>('[data-check-fields]')!.hidden = !(
    isFinding(answer?.answer) ||
    answer?.note ||
    answer?.date
  );
}

function showItem(item: HTMLElement, answer: ItemAnswer | undefined) {
  item.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((radio) => {
    radio.checked = radio.value === answer?.answer;
  });
  for (const [suffix, value] of [
    ['note', answer?.note],
    ['date', answer?.date],
  ] as const) {
    const input = fieldOf(item, suffix);
    input.value = value ?? '';
    mirror(input);
  }
  showFields(item, answer);
}

/** A file name without the characters Windows refuses. */
const fileName = (state: SelfCheckState, what: string, ext: string) =>
  `${state.branch.replace(/[\\/:*?"<>|\s]+/g, '')}${what}${state.date ? `-${state.date}` : ''}.${ext}`;

export function initSelfCheck() {
  const root = document.querySelector<HTMLElement>('[data-self-check]');
  if (!root) return;
  const groups = readGroups(root);
  const items = [...root.querySelectorAll<HTMLElement>('[data-check-item]')];
  const reportFields = [...root.querySelectorAll<HTMLInputElement>('[data-report-field]')];
  const messages = [...root.querySelectorAll<HTMLElement>('[data-self-check-message]')];

  const say = (text: string) =>
    messages.forEach((m) => {
      m.textContent = text;
      m.hidden = !text;
    });

  const store = browserStore();
  const opened = openRecord(store, SELF_CHECK_RECORD, new Date());
  let state: SelfCheckState = opened.state;

  const tell = (findings: Finding[]) =>
    tellSavedRecord({ root, tool: 'self-check', key: STORAGE_KEY, store, findings, fields: opened.fields });
  const save = () => {
    if (opened.canSave && !writeRecord(store, STORAGE_KEY, serializeState(state))) {
      opened.canSave = false; // said once; the rest of the visit works without storage
      opened.fields = [];
      tell([{ kind: 'unusable' }]);
    }
  };
  const count = () => {
    const text = summaryText(summarize(groups, state));
    root.querySelectorAll('[data-self-check-status]').forEach((s) => (s.textContent = text));
  };
  const show = () => {
    for (const item of items) showItem(item, state.answers[item.dataset.checkItem!]);
    for (const field of reportFields) {
      field.value = field.dataset.reportField === 'branch' ? state.branch : state.date;
      mirror(field);
    }
    count();
  };

  const onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.reportField === 'branch') state.branch = target.value;
    else if (target.dataset.reportField === 'date') state.date = dayOf(target);
    else {
      const item = target.closest<HTMLElement>('[data-check-item]');
      if (!item) return;
      const answer = readItem(item);
      if (Object.keys(answer).length) state.answers[item.dataset.checkItem!] = answer;
      else delete state.answers[item.dataset.checkItem!];
      showFields(item, answer);
    }
    mirror(target);
    save();
    count();
  };
  root.addEventListener('input', onEdit);
  root.addEventListener('change', onEdit);

  const exportAs = async (kind: string, button: HTMLButtonElement) => {
    say('');
    button.disabled = true;
    try {
      if (kind === 'csv') {
        const csv = toCsv(SELF_CHECK_CSV_HEADER, selfCheckCsvRows(groups, state));
        downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName(state, '自查表', 'csv'));
      } else {
        say('正在生成自查情况报告，请稍候……');
        const { reportDocx } = await import('./self-check-docx.ts');
        downloadBlob(await reportDocx(groups, state), fileName(state, '自查情况报告', 'docx'));
        say('');
      }
    } catch {
      say(EXPORT_FAILED);
    } finally {
      button.disabled = false;
    }
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.selfCheckExport) void exportAs(button.dataset.selfCheckExport, button);
    else if (button.hasAttribute('data-self-check-print')) window.print();
    else if (button.hasAttribute('data-self-check-clear') && window.confirm(CONFIRM_CLEAR)) {
      state = emptyState();
      try {
        // Not where a damaged record could not be kept aside: it is still under the key, and must stay.
        if (opened.canSave) store?.removeItem(STORAGE_KEY);
      } catch {
        /* nothing was saved */
      }
      say('');
      show();
    }
  });

  show();
  root.querySelectorAll<HTMLElement>('[data-self-check-tools], [data-js-only]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));

  // Answers to items no longer listed stay stored; the reader is told, and may keep a copy or delete them.
  const offList = answersOffList(groups, state);
  const findings = opened.findings.slice();
  if (offList.length) {
    findings.push({
      kind: 'off-page',
      count: offList.length,
      raw: serializeState(state),
      remove: () => {
        offList.forEach((id) => delete state.answers[id]);
        return opened.canSave && writeRecord(store, STORAGE_KEY, serializeState(state));
      },
    });
  }
  tell(findings);
}
