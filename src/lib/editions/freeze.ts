/**
 * Frozen editions of the guideline: editions/<year>/ holds, as plain files an editor can read in a pull request,
 * the guideline as it stood in that year's edition (chapters and procedures, flowcharts, templates, the regulation
 * catalogue), and editions/<year>/edition.yaml records what was frozen: the revision entry it is, the day it was
 * frozen, the SHA-256 of every file, and the errata made since. A frozen edition is read-only: a file that differs
 * from its recorded hash, or a file added or removed, is a problem for `npm run check` until it is recorded as an
 * erratum (`npm run edition -- <year> --erratum "原因"`), which the edition's pages then show.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { editionRecordSchema, type EditionRecord, type Erratum } from '../../schemas/edition-record.ts';
import { editionYears } from '../content-source/editions.ts';
import { wordIssue } from '../content-source/schema-messages.ts';
import { yamlWording } from '../content-source/parser-messages.ts';
import { formatPath, type Problem } from '../content-source/problem.ts';
import { parseYamlWithLines } from '../content-source/source-map.ts';
import { readUtf8 } from '../content-source/text.ts';
import { FOLDERS, inProject } from '../paths.ts';

const EDITIONS_DIR = FOLDERS.editions;
export const MANIFEST = 'edition.yaml';

/** What an edition freezes, relative to content/ (and, in the edition, to editions/<year>/). */
export const FROZEN_PATTERNS = ['guide/**/*', 'flowcharts/**/*', 'templates/**/*', 'regulations.yaml'];

export type { EditionRecord as EditionManifest, Erratum } from '../../schemas/edition-record.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The frozen files under `dir` (content/ or an edition's folder), sorted, relative to it. */
export function frozenFiles(dir: string): string[] {
  return [...new Set(FROZEN_PATTERNS.flatMap((pattern) => globSync(pattern, { cwd: dir, withFileTypes: true })))]
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => file !== MANIFEST)
    .sort();
}

/** Every frozen file's hash. */
export function hashFiles(dir: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, sha256(readFileSync(join(dir, file)))]));
}

const YEAR = /^(19|20)\d{2}$/;

/** Today in Beijing, YYYY-MM-DD: the day an edition is frozen or corrected, and the latest day a record may name. */
export const todayInBeijing = (now = new Date()) => now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Freeze content/ as editions/<year>/; throws (in Chinese) when the year is not a year or is already frozen. */
export function freezeEdition(root: string, year: string, revision: string, today: string): EditionRecord {
  if (!YEAR.test(year)) throw new Error(`“${year}”不是年份：写四位数字，如 2024`);
  const target = join(root, EDITIONS_DIR, year);
  if (existsSync(target)) {
    throw new Error(
      `${EDITIONS_DIR}/${year}/ 已经冻结，不能再冻结一次；要更正其中的文字，请用 --erratum "原因" 记录勘误`,
    );
  }
  const content = inProject(root, 'content');
  const files = frozenFiles(content);
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(content, file), join(target, file));
  }
  const manifest: EditionRecord = { year, revision, frozen: today, files: hashFiles(target, files), errata: [] };
  writeManifest(root, manifest);
  return manifest;
}

/**
 * Record the files of editions/<year>/ that differ from the manifest (changed, added or removed) as one erratum
 * with its date and reason, and take their new hashes. Returns the erratum, or undefined when nothing changed.
 */
export function recordErratum(root: string, year: string, reason: string, today: string): Erratum | undefined {
  if (!reason.trim()) throw new Error('勘误要写明原因，如 --erratum "更正第三条中的错别字"');
  const { manifest, problems } = readManifest(root, year, today);
  if (!manifest) throw new Error(problems.map((p) => `${p.file}:${p.line} ${p.problem} — ${p.fix}`).join('\n'));
  const dir = join(root, EDITIONS_DIR, year);
  const now = hashFiles(dir, frozenFiles(dir));
  const changed = [...new Set([...Object.keys(now), ...Object.keys(manifest.files)])]
    .filter((file) => now[file] !== manifest.files[file])
    .sort();
  if (!changed.length) return undefined;
  // What each file was before, so the check can tell that this correction changed it (null: it adds the file).
  const before = Object.fromEntries(changed.map((file) => [file, manifest.files[file] ?? null]));
  const erratum: Erratum = { date: today, reason: reason.trim(), files: changed, before };
  writeManifest(root, { ...manifest, files: now, errata: [...manifest.errata, erratum] });
  return erratum;
}

const HEADER = (year: string) =>
  `# ${year} 年版指引的冻结记录（npm run edition 生成）。本版文件只读：改动须作为勘误记录，\n` +
  `# 运行 npm run edition -- ${year} --erratum "原因"，不要手改下面的校验值。\n`;

function writeManifest(root: string, manifest: EditionRecord) {
  const text = stringify(manifest, { lineWidth: 0 });
  writeFileSync(join(root, EDITIONS_DIR, manifest.year, MANIFEST), HEADER(manifest.year) + text);
}

/**
 * An edition's record, read with the line of every key and validated (src/schemas/edition-record.ts), or the
 * problems that keep it from being used, each at its line in Chinese. `today` bounds the dates it may name.
 */
export function readManifest(
  root: string,
  year: string,
  today = todayInBeijing(),
): { manifest?: EditionRecord; problems: Problem[]; lineOf: (path: PropertyKey[]) => number } {
  const file = `${EDITIONS_DIR}/${year}/${MANIFEST}`;
  const at = (line: number, field: string, problem: string, fix: string): Problem => ({
    file,
    line,
    field,
    problem,
    fix,
  });
  if (!existsSync(join(root, file))) {
    const fix = `不要手写这个文件：它由 npm run edition -- ${year} 生成；已冻结的版本从 git 历史恢复它`;
    return { problems: [at(1, '', `${EDITIONS_DIR}/${year}/ 缺少冻结记录 ${MANIFEST}`, fix)], lineOf: () => 1 };
  }
  let source: string;
  try {
    source = readUtf8(root, file);
  } catch {
    const fix = '用编辑器“另存为”UTF-8 编码，或从 git 历史恢复这个文件';
    return { problems: [at(1, '', '冻结记录不是 UTF-8 编码', fix)], lineOf: () => 1 };
  }
  const parsed = parseYamlWithLines(source);
  if (parsed.errors.length) {
    return {
      problems: parsed.errors.map((e) => {
        const { problem, fix } = yamlWording(e.code, e.message);
        return at(e.line, '', `冻结记录的 YAML 格式有误：${problem}`, fix);
      }),
      lineOf: parsed.lineOf,
    };
  }
  const result = editionRecordSchema({ folder: year, today }).safeParse(parsed.data, { reportInput: true });
  if (result.success) return { manifest: result.data, problems: [], lineOf: parsed.lineOf };
  const problems = result.error.issues.map((issue) => {
    // An unknown key is located at (and named by) the key itself, as in validate.ts.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const { problem, fix } = wordIssue(issue, 'src/schemas/edition-record.ts');
    return at(parsed.lineOf(path), formatPath(path), problem, fix);
  });
  return { problems, lineOf: parsed.lineOf };
}

/**
 * Every problem with the frozen editions: a manifest that cannot be read, a revision it names that the log does
 * not have, and any file changed, added or removed since it was frozen (or last corrected) without an erratum.
 */
export function editionProblems(root: string, revisionIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const year of editionYears(root)) {
    const { manifest, problems: unreadable, lineOf } = readManifest(root, year);
    problems.push(...unreadable);
    if (!manifest) continue;
    const manifestFile = `${EDITIONS_DIR}/${year}/${MANIFEST}`;
    if (!revisionIds.has(manifest.revision)) {
      problems.push({
        file: manifestFile,
        line: lineOf(['revision']),
        field: 'revision',
        problem: `修订记录中没有编号为“${manifest.revision}”的版本`,
        fix: `在 content/revisions.yaml 中保留 id: "${manifest.revision}" 这一条（冻结的版本不能失去它的修订说明）`,
      });
    }
    const dir = join(root, EDITIONS_DIR, year);
    const now = hashFiles(dir, frozenFiles(dir));
    const erratum = `如确需更正，改好后运行 npm run edition -- ${year} --erratum "原因"，把改动记为勘误（日期、原因）`;
    for (const file of [...new Set([...Object.keys(now), ...Object.keys(manifest.files)])].sort()) {
      const frozen = manifest.files[file];
      const current = now[file];
      if (frozen === current) continue;
      const path = `${EDITIONS_DIR}/${year}/${file}`;
      if (!current) {
        problems.push({
          file: path,
          line: 1,
          field: '',
          problem: `已冻结的 ${year} 年版文件被删除`,
          fix: `从 git 历史恢复这个文件；${erratum}`,
        });
      } else {
        problems.push({
          file: path,
          line: 1,
          field: '',
          problem: frozen ? `已冻结的 ${year} 年版文件被改动，但没有记为勘误` : `已冻结的 ${year} 年版中多了这个文件`,
          fix: frozen
            ? `历年版本只读：对现行指引的修改请改 content/ 中的对应文件；${erratum}`
            : `新内容请加在 content/ 中；${erratum}`,
        });
      }
    }
  }
  return problems;
}

/** What an erratum touched, in the reader's words: the parts of the guideline its files belong to. */
export function erratumParts(files: readonly string[]): string {
  const part = (file: string) =>
    file === 'regulations.yaml'
      ? '制度文件目录'
      : file.startsWith('flowcharts/')
        ? '流程图'
        : file.startsWith('templates/')
          ? '文书模板'
          : '工作指引';
  return [...new Set(files.map(part))].join('、');
}
