/** /rectification/ledger.csv: the whole ledger, one row per measure, for Excel and WPS (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getLedgerCsv } from '../../data/rectification.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
  const { header, rows } = await getLedgerCsv();
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
