/**
 * Latin-letter words on a reader's page. Readers are Party members, many older: a download says what it is in their
 * words (图片, 日历文件, 表格文件, 压缩包, 脚本), not as .ics, CSV, SVG or JavaScript. What may stay in Latin letters are
 * names — of programs readers know (Word, WPS), of standards (GB/T, GB2312), of sizes (A4, MB) — and file names.
 * The pages for editors (投稿指南) and for the IT office (给信息中心) are written for them and are not read here.
 */

/** Names a reader meets as they are written; a new one is added here deliberately, with a reason. */
export const LATIN_NAMES: ReadonlySet<string> = new Set([
  // Programs and formats readers open files with.
  'Word',
  'WPS',
  'Excel',
  'Outlook',
  'PDF',
  // RSS is the name readers' feed apps show for a subscription.
  'RSS',
  // Standards and their font names: GB/T 9704, 仿宋_GB2312.
  'GB/T',
  'GB2312',
  // Paper and file sizes.
  'A4',
  'KB',
  'MB',
  // A thing named in the seed (LED大屏).
  'LED',
]);

/** A file or site name: a stem and an extension (党费.docx, 12371.cn); a bare “.zip” is not one. */
const FILE_NAME = /^[^.\s]+(?:\.[A-Za-z0-9]{2,5})+$/;
const LATIN_RUN = /[A-Za-z0-9_./+-]*[A-Za-z][A-Za-z0-9_./+-]*/g;

/** The Latin-letter words of a text that are neither names nor file names, each once, in order. */
export function latinWordsOf(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(LATIN_RUN)) {
    // An extension right after a Chinese stem is a file name (发展党员.docx).
    const before = text[(match.index ?? 0) - 1] ?? '';
    if (match[0].startsWith('.') && /[\p{L}\p{N}]/u.test(before)) continue;
    // Punctuation that closes a sentence or wraps a word is not part of it (“Word。”, “_GB2312”).
    const word = match[0].replace(/^[_./+-]+|[_./+-]+$/g, '');
    if (!/[A-Za-z]/.test(word) || LATIN_NAMES.has(word) || FILE_NAME.test(word)) continue;
    found.add(word);
  }
  return [...found];
}
