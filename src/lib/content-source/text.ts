/**
 * A content file's text, decoded the one way the checker and the tools decode it: strict UTF-8 (a GBK file saved by
 * an office editor throws rather than turning into mojibake), the byte-order mark dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of `file` (relative to `root`); throws a TypeError when it is not UTF-8, or the read's own error. */
export function readUtf8(root: string, file: string): string {
  return utf8.decode(readFileSync(join(root, file))).replace(/^\uFEFF/, '');
}
