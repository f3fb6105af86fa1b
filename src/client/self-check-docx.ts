/**
 * The filled 自查情况报告 as a Word file, made in the browser by the site's renderer. Its own chunk: the page
 * imports it only when the reader asks for the report (about the size of the rest of the site's scripts many times).
 */
import { renderDocxBytes } from '../lib/docx/render.ts';
import type { SelfCheckState } from '../lib/self-check/answers.ts';
import type { CheckGroup } from '../lib/self-check/checklist.ts';
import { REPORT_TITLE, selfCheckReport } from '../lib/self-check/report.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportDocx(groups: readonly CheckGroup[], state: SelfCheckState): Promise<Blob> {
  const bytes = await renderDocxBytes(selfCheckReport(groups, state), {
    title: REPORT_TITLE,
    subject: '基层党建工作指引 自查情况报告',
  });
  // JSZip types its bytes over any buffer; they are over a plain ArrayBuffer, which Blob takes.
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}
