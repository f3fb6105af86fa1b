/**
 * /tools/self-check/blank.docx: the 自查情况报告 as a blank form, for readers who fill it in by hand. A route with
 * one path rather than a plain file, so that its getStaticPaths can start the form early in a build
 * (src/data/queries/word-files.ts).
 */
import type { APIRoute } from 'astro';
import { getSelfCheckBlankDocx, getSelfCheckBlankPaths } from '../../../data/tools/self-check.ts';

export const getStaticPaths = getSelfCheckBlankPaths;

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await getSelfCheckBlankDocx()), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
