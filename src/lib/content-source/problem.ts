import { showInvisible } from './characters.ts';

/** One thing an editor must change, located as precisely as the source allows. */
export interface Problem {
  /** Repository-relative path, e.g. content/bulletins/2022-07.yaml. */
  file: string;
  line: number;
  /** Field path inside the entry, e.g. tasks[2].deadline; empty for whole-file problems. */
  field: string;
  problem: string;
  fix: string;
  /**
   * A warning is listed but does not fail the check or stop the build: work the organ Party committee has to do
   * (a page resting on a superseded regulation), not a mistake in the file.
   */
  severity?: 'warning';
}

/** Whether a problem fails the check and stops the build (everything but a warning). */
export const isBlocking = (p: Problem): boolean => p.severity !== 'warning';

/**
 * `path:line 字段: 问题 — 怎么改`, the one format every check prints. Messages quote what the editor wrote; an
 * invisible character in it is shown as ‹U+200B›, so an id that “looks identical” is seen to differ, and a control
 * code in a file can never act on the terminal or page that shows the report.
 */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const field = p.field ? ` ${p.field}:` : '';
  // One problem, one line: a tab or line break quoted from the editor's text is shown, not obeyed.
  return showInvisible(`${where}${field} ${p.problem} — ${p.fix}`)
    .replace(/\t/g, '‹Tab›')
    .replace(/\r?\n|\r/g, '‹换行›');
}

/** Zod paths as editors read them: items[2].basis[0].regulation. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Sort by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}
