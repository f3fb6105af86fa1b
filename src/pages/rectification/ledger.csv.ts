/** /rectification/ledger.csv: the whole ledger, one row per measure, for Excel and WPS (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getProblems, indexOf } from '../../data/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { LEDGER_CSV_HEADER, ledgerRows } from '../../lib/rectification.ts';

export const GET: APIRoute = async () => {
  const chapters = await indexOf('chapters');
  const problems = (await getProblems()).map((p) => ({ ...p.data, chapter: chapters.get(p.data.chapter.id)?.data.title ?? p.data.chapter.id }));
  return new Response(toCsv(LEDGER_CSV_HEADER, ledgerRows(problems)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
