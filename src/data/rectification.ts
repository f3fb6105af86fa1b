/** The 双面清单 views: the common-problem ledger (page and CSV), and each unit's own list. */
import {
  countByStatus,
  LEDGER_CSV_HEADER,
  ledgerRows,
  measuresByDepartment,
  problemStatus,
  type ProblemStatus,
} from '../lib/ledger-status.ts';
import { MEASURE_STATUSES } from '../schemas/rectification.ts';
import { getChapters, getProblems, getUnits, indexOf } from './entries.ts';

export async function getLedgerPage() {
  const problems = await getProblems();
  const chapters = await getChapters();
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
    problems,
    /** Each problem's status, in the same order. */
    statuses,
    summary: countByStatus<ProblemStatus>(statuses, ['已清零', '整改中', '未启动']),
    measureCount: measures.length,
    measureSummary: countByStatus(
      measures.map((m) => m.status),
      MEASURE_STATUSES,
    ),
    byChapter,
    departments: measuresByDepartment(problems.map((p) => ({ ...p.data, chapter: p.data.chapter.id }))),
    anyExample: problems.some((p) => p.data.example),
  };
}

/** The ledger as CSV rows, one per measure, with chapter titles. */
export async function getLedgerCsv() {
  const chapters = await indexOf('chapters');
  const problems = (await getProblems()).map((p) => ({
    ...p.data,
    chapter: chapters.get(p.data.chapter.id)?.data.title ?? p.data.chapter.id,
  }));
  return { header: LEDGER_CSV_HEADER, rows: ledgerRows(problems) };
}

export async function getUnitsPage() {
  return { units: await getUnits() };
}

export const getUnitPaths = async () => (await getUnits()).map((u) => ({ params: { id: u.id }, props: { id: u.id } }));

export async function getUnitPage(id: string) {
  return { unit: (await getUnits()).find((u) => u.id === id)! };
}
