/**
 * The attachment gate for uploaded originals (content/templates/attachments/): every file must be referenced by a
 * template and every reference must exist; each file must be what its extension says, all the way down
 * (src/lib/files/inspect.ts: a renamed .exe is not a PDF, a Word file with a macro is refused), under the size cap.
 * Only files in this folder are opened, so a site without attachments pays nothing. Images are decoded in full with
 * the case images (rules/images.ts).
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content-source/problem.ts';
import { attachmentFiles } from '../content-source/tree.ts';
import { inspectFile, sizeFinding } from '../files/inspect.ts';
import { MAX_FILE_BYTES } from '../files/limits.ts';
import { FOLDERS } from '../paths.ts';

/** The attachment folder (src/lib/paths.ts), for messages and for the pages that offer its files. */
export const ATTACHMENT_DIR = FOLDERS.attachments;
export const ATTACHMENT_MAX_BYTES = MAX_FILE_BYTES;

export interface AttachmentRef {
  /** The template file that names the attachment. */
  file: string;
  line: number;
  name: string;
}

export function checkAttachments(root: string, refs: AttachmentRef[]): Problem[] {
  const problems: Problem[] = [];
  const present = attachmentFiles(root);
  const referenced = new Set(refs.map((r) => r.name));

  for (const ref of refs) {
    if (!present.includes(ref.name)) {
      problems.push({
        file: ref.file,
        line: ref.line,
        field: 'attachments',
        problem: `找不到附件文件 ${ref.name}`,
        fix: `把文件放进 ${ATTACHMENT_DIR}/，文件名与这里写的一致`,
      });
    }
  }
  for (const name of present) {
    const file = `${ATTACHMENT_DIR}/${name}`;
    const add = ({ problem, fix }: Pick<Problem, 'problem' | 'fix'>) =>
      problems.push({ file, line: 1, field: '', problem, fix });
    if (!referenced.has(name))
      add({ problem: '这个附件没有被任何文书模板引用', fix: '在对应模板的 attachments 中写上它，或删除这个文件' });
    // Links never get here: the content tree refuses them before anything is read (content-source/tree.ts).
    const stat = lstatSync(join(root, file));
    if (!stat.isFile()) {
      add({ problem: '附件文件夹中不能再放文件夹', fix: `把文件本身直接放进 ${ATTACHMENT_DIR}/` });
      continue;
    }
    // Too big is said without reading the file.
    const found = sizeFinding(stat.size)
      ? [sizeFinding(stat.size)!]
      : inspectFile(readFileSync(join(root, file)), name);
    found.forEach(add);
  }
  return problems;
}
