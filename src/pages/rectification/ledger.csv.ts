/** /rectification/ledger.csv: the whole ledger, one row per measure, for Excel and WPS (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getLedgerCsv } from '../../data/rectification.ts';

export const GET: APIRoute = async () => {
  return new Response(await getLedgerCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
