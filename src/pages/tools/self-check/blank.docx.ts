/** /tools/self-check/blank.docx: the 自查情况报告 as a blank form, for readers who fill it in by hand. */
import type { APIRoute } from 'astro';
import { getSelfCheckBlankDocx } from '../../../data/tools/self-check.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await getSelfCheckBlankDocx()), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
