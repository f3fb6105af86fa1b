/** The views of /rectification/: the common-problem ledger of the 双面清单, as a page and as ledger.csv. */
import { toCsv } from '../lib/csv.ts';
import { formatDate, isoDay } from '../lib/dates.ts';
import {
  asOfMonth,
  asOfMonths,
  countByStatus,
  LEDGER_CSV_HEADER,
  ledgerRows,
  measuresByDepartment,
  problemStatus,
  type ProblemStatus,
} from '../lib/ledger-status.ts';
import { MEASURE_STATUSES } from '../schemas/rectification.ts';
import { SEED_COUNTS } from '../schemas/seed-facts.ts';
import { getChapters, getProblems, indexOf } from './queries/entries.ts';

/** '2022年12月31日' → year '2022年' and day '12月31日', where a narrow table column may break the date. */
const dateParts = (text: string) => {
  const cut = text.indexOf('年') + 1;
  return { year: text.slice(0, cut), day: text.slice(cut) };
};

/** The ledger page: figures, and every problem in 问题序号 order with what its row and filter attributes show. */
export async function getLedgerPage() {
  // getProblems gives 问题序号 order: the ledger lists problems in it, and the category is a label and a filter.
  const problems = await getProblems();
  const chapters = await getChapters();
  const chapterTitles = new Map(chapters.map((c) => [c.id, c.data.title]));
  const statuses = problems.map((p) => problemStatus(p.data.measures));
  const measures = problems.flatMap((p) => p.data.measures);
  const byChapter = chapters
    .map((c) => {
      const own = problems.filter((p) => p.data.chapter.id === c.id);
      return {
        id: c.id,
        title: c.data.title,
        problems: own.length,
        measures: own.reduce((n, p) => n + p.data.measures.length, 0),
        cleared: own.filter((p) => problemStatus(p.data.measures) === '已清零').length,
      };
    })
    .filter((c) => c.problems > 0);
  return {
    problems: problems.map((p, i) => ({
      id: p.id,
      number: p.data.number,
      title: p.data.title,
      detail: p.data.detail,
      example: p.data.example,
      chapter: { id: p.data.chapter.id, title: chapterTitles.get(p.data.chapter.id) ?? p.data.chapter.id },
      status: statuses[i]!,
      /** 截至2022年7月: the state is shown with it, “截至2022年7月：整改中”. */
      asOf: asOfMonth(p.data.statusAsOf),
      /** Every department leading or co-leading a measure, "a|b" for the filter's data attribute. */
      departments: [...new Set(p.data.measures.flatMap((m) => [m.lead, ...m.coLeads]))].join('|'),
      measures: p.data.measures.map((m, j) => ({
        number: `${p.data.number}.${j + 1}`,
        text: m.text,
        lead: m.lead,
        coLeads: m.coLeads.join('、') || '—',
        deadline: { iso: isoDay(m.deadline), ...dateParts(formatDate(m.deadline)) },
        status: m.status,
      })),
    })),
    summary: countByStatus<ProblemStatus>(statuses, ['已清零', '整改中', '未启动']),
    measureCount: measures.length,
    measureSummary: countByStatus(
      measures.map((m) => m.status),
      MEASURE_STATUSES,
    ),
    byChapter,
    departments: measuresByDepartment(problems.map((p) => ({ ...p.data, chapter: p.data.chapter.id }))),
    anyExample: problems.some((p) => p.data.example),
    /** When the summary's states were true, for its captions and the state filter. */
    asOf: asOfMonths(problems.map((p) => p.data.statusAsOf)),
    /** The seed's counts the page quotes beside the ledger's own. */
    seedCounts: SEED_COUNTS,
  };
}

/** ledger.csv: one row per measure, with chapter titles (UTF-8 with BOM, for Excel and WPS: src/lib/csv.ts). */
export async function getLedgerCsv() {
  const chapters = await indexOf('chapters');
  const problems = (await getProblems()).map((p) => ({
    ...p.data,
    chapter: chapters.get(p.data.chapter.id)?.data.title ?? p.data.chapter.id,
  }));
  return toCsv(LEDGER_CSV_HEADER, ledgerRows(problems));
}
