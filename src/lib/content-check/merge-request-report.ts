/**
 * The merge-request check's report for the forge (scripts/merge-request-check.ts): the same Chinese
 * `path:line 字段: 问题 — 怎么改` lines as `npm run check`, as a JUnit XML file (GitLab's merge-request test
 * summary reads it, every tier), as a Markdown summary (a job summary or a pull-request comment) and as plain lines.
 * Pure: the script gathers the facts, this module only words them.
 */
import { codeOf } from '../content-source/characters.ts';
import { formatProblem, isBlocking, type Problem } from '../content-source/problem.ts';

/** Where the script writes the report, relative to the project: the CI files upload these paths. */
export const REPORT_FILES = {
  junit: '.build/merge-request/junit.xml',
  summary: '.build/merge-request/summary.md',
} as const;

/** One line of the report: a located problem (`path:line`) or what a step said without a place. */
export interface ReportEntry {
  /** `content/bulletins/2022-07.yaml:12`, or empty when the line names no place. */
  where: string;
  /** The rest of the line, in Chinese: `字段: 问题 — 怎么改`. */
  text: string;
  /** A warning is shown but fails nothing (a page awaiting review, a PDF a developer must regenerate). */
  warning: boolean;
}

/** One step of the check: the content check, or the build of one base. */
export interface ReportStep {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds?: number;
  entries: ReportEntry[];
  /** Why a step failed when no line of it names a place, or why it did not run. */
  note?: string;
}

/**
 * A formatted problem line split at its place. The place has no space and no colon and looks like a file (a `/`
 * or a `.`), so a clock time in a tool's log (`12:04:31 [build]`) is never taken for one.
 */
const PROBLEM_LINE = /^([^\s:]*[./][^\s:]*:\d+) (.+)$/;

export function parseProblemLine(line: string): ReportEntry | undefined {
  const match = PROBLEM_LINE.exec(line.trim());
  return match ? { where: match[1]!, text: match[2]!, warning: false } : undefined;
}

/** The checker's problems as report lines, worded exactly as `npm run check` prints them (formatProblem). */
export function problemEntries(problems: readonly Problem[]): ReportEntry[] {
  return problems.map((p) => {
    const line = formatProblem(p);
    const entry = parseProblemLine(line) ?? { where: '', text: line, warning: false };
    return { ...entry, warning: !isBlocking(p) };
  });
}

/** The colour codes a tool prints on a terminal. */
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * What a build printed, as report lines: every located problem line (the build words content problems, broken
 * links and undrawable charts with formatProblem), and every warning block (`警告：…` with its indented lines,
 * e.g. a flowchart or the handbook PDF the committed cache lacks). Other output (Astro's progress) is left out.
 */
export function buildOutputEntries(output: string): ReportEntry[] {
  const entries: ReportEntry[] = [];
  let warning: string[] | undefined;
  const endWarning = () => {
    if (warning) entries.push({ where: '', text: warning.join(' '), warning: true });
    warning = undefined;
  };
  for (const raw of output.replace(ANSI, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (warning && line && (/^\s/.test(raw) || line.startsWith('—'))) {
      warning.push(line);
      continue;
    }
    endWarning();
    if (line.startsWith('警告：')) warning = [line];
    else {
      const located = parseProblemLine(line);
      if (located) entries.push(located);
    }
  }
  endWarning();
  return entries;
}

/** The last lines a failed step printed, for a failure no line of which names a place. */
export function outputTail(output: string, lines = 15): string {
  return output
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-lines)
    .join('\n');
}

export const entryLine = (e: ReportEntry): string => (e.where ? `${e.where} ${e.text}` : e.text);

export const passed = (steps: readonly ReportStep[]): boolean => steps.every((s) => s.status !== 'failed');

/** The lines of all steps, each once: both builds report the same stale PDF or the same broken link. */
function linesOf(steps: readonly ReportStep[], warning: boolean): ReportEntry[] {
  const seen = new Set<string>();
  return steps
    .flatMap((s) => s.entries.filter((e) => e.warning === warning))
    .filter((e) => !seen.has(entryLine(e)) && Boolean(seen.add(entryLine(e))));
}
const blocking = (steps: readonly ReportStep[]) => linesOf(steps, false);
const warnings = (steps: readonly ReportStep[]) => linesOf(steps, true);

/** One sentence for the top of every form of the report. */
export function headline(steps: readonly ReportStep[]): string {
  const problems = blocking(steps);
  const pending = warnings(steps).length;
  const also = pending ? `；另有 ${pending} 项提示，不影响合并` : '';
  if (passed(steps)) return `检查通过：内容检查和构建都没有问题，可以合并${also}。`;
  if (!problems.length) return `检查未通过：${steps.find((s) => s.status === 'failed')!.name}失败（原因见下）${also}。`;
  const files = new Set(problems.map((e) => e.where.replace(/:\d+$/, '')).filter(Boolean)).size;
  const where = files ? `，涉及 ${files} 个文件` : '';
  return `检查未通过：发现 ${problems.length} 个问题${where}，请按“怎么改”修改后再提交${also}。`;
}

// ---------------------------------------------------------------- JUnit XML

/**
 * Characters XML 1.0 cannot carry at all, not even as a reference: C0 controls but tab and line ends, U+FFFE/FFFF,
 * and halves of a surrogate pair standing alone. Shown as ‹U+0001›, as the checker shows invisible characters.
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe as XML element content and as a double-quoted attribute value. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, (c) => `‹${codeOf(c)}›`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** In an attribute a line break would be read back as a space: kept as a character reference. */
const xmlAttribute = (text: string) =>
  xmlEscape(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

interface Case {
  name: string;
  classname: string;
  file?: string;
  seconds?: number;
  outcome?: { kind: 'failure' | 'skipped'; message: string; text?: string };
}

/**
 * A step's test cases: one per line it reported (a problem fails, a warning is skipped with its text), plus one
 * for the step itself when it passed, did not run, or failed without a located line — so a passing check is a
 * report of passing cases and zero failures, and every failure is one line an editor can act on.
 */
function casesOf(step: ReportStep): Case[] {
  const cases: Case[] = step.entries.map((e) => {
    const file = e.where.replace(/:\d+$/, '') || undefined;
    const name = e.where || (e.warning ? '提示' : '问题');
    return {
      name,
      classname: file ?? step.name,
      file,
      outcome: { kind: e.warning ? 'skipped' : 'failure', message: entryLine(e), text: entryLine(e) },
    };
  });
  const located = step.entries.some((e) => !e.warning);
  if (step.status === 'passed')
    cases.unshift({ name: `${step.name}：通过`, classname: step.name, seconds: step.seconds });
  if (step.status === 'skipped') {
    cases.push({ name: step.name, classname: step.name, outcome: { kind: 'skipped', message: step.note ?? '未运行' } });
  }
  if (step.status === 'failed' && !located) {
    const message = `${step.name}失败`;
    cases.push({
      name: step.name,
      classname: step.name,
      seconds: step.seconds,
      outcome: { kind: 'failure', message, text: step.note ?? message },
    });
  }
  return cases;
}

function caseXml(c: Case): string {
  const attrs = [
    `name="${xmlAttribute(c.name)}"`,
    `classname="${xmlAttribute(c.classname)}"`,
    ...(c.file ? [`file="${xmlAttribute(c.file)}"`] : []),
    `time="${(c.seconds ?? 0).toFixed(3)}"`,
  ].join(' ');
  if (!c.outcome) return `    <testcase ${attrs}/>`;
  const { kind, message, text } = c.outcome;
  const body = text === undefined ? '/>' : `>${xmlEscape(text)}</${kind}>`;
  return `    <testcase ${attrs}>\n      <${kind} message="${xmlAttribute(message)}"${body}\n    </testcase>`;
}

/** The report as JUnit XML: one test suite per step (GitLab's `artifacts:reports:junit`). */
export function junitXml(steps: readonly ReportStep[]): string {
  const suites = steps.map((step) => {
    const cases = casesOf(step);
    const failures = cases.filter((c) => c.outcome?.kind === 'failure').length;
    const skipped = cases.filter((c) => c.outcome?.kind === 'skipped').length;
    const attrs = `name="${xmlAttribute(step.name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(step.seconds ?? 0).toFixed(3)}"`;
    return {
      failures,
      skipped,
      tests: cases.length,
      xml: `  <testsuite ${attrs}>\n${cases.map(caseXml).join('\n')}\n  </testsuite>`,
    };
  });
  const sum = (key: 'failures' | 'skipped' | 'tests') => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="合并请求检查" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- Markdown

/**
 * Text safe in a Markdown table cell: `|` would end the cell and a line break the row; `<` would open an HTML tag
 * (a component name such as <关区规定> would vanish); `*`, `_`, `` ` ``, `[`… would format. Every ASCII mark
 * CommonMark lets a backslash escape is escaped, which renders as the mark itself.
 */
export function markdownCell(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

const STATUS = { passed: '✅ 通过', failed: '❌ 未通过', skipped: '⏭️ 未运行' } as const;

/** The report as Markdown: the headline, the problems as a table, the warnings, and the steps with their times. */
export function markdownSummary(steps: readonly ReportStep[], preview?: string): string {
  const table = (entries: ReportEntry[]) => [
    '| 位置 | 问题 — 怎么改 |',
    '| --- | --- |',
    ...entries.map((e) => `| ${markdownCell(e.where || '—')} | ${markdownCell(e.text)} |`),
  ];
  const problems = blocking(steps);
  const pending = warnings(steps);
  const failedUnlocated = steps.filter((s) => s.status === 'failed' && !s.entries.some((e) => !e.warning));
  return [
    `### ${markdownCell(headline(steps))}`,
    '',
    ...(problems.length ? [...table(problems), ''] : []),
    ...failedUnlocated.flatMap((s) => [
      `**${markdownCell(s.name)}失败**，最后的输出：`,
      '',
      ...(s.note ?? '').split('\n').map((l) => `> ${markdownCell(l)}`),
      '',
    ]),
    ...(pending.length ? ['提示（不影响合并）：', '', ...table(pending), ''] : []),
    '| 步骤 | 结果 | 用时 |',
    '| --- | --- | --- |',
    ...steps.map(
      (s) =>
        `| ${markdownCell(s.name)} | ${STATUS[s.status]}${s.note && s.status === 'skipped' ? `（${markdownCell(s.note)}）` : ''} | ${s.seconds === undefined ? '—' : `${s.seconds.toFixed(1)} 秒`} |`,
    ),
    ...(preview ? ['', markdownCell(preview)] : []),
    '',
  ].join('\n');
}

/** The report as plain lines for the job log: the headline, then every line as `npm run check` prints it. */
export function plainLines(steps: readonly ReportStep[]): string[] {
  const problems = blocking(steps);
  const pending = warnings(steps);
  return [
    headline(steps),
    ...problems.map((e) => `  ${entryLine(e)}`),
    ...(pending.length ? ['提示（不影响合并）：', ...pending.map((e) => `  ${entryLine(e)}`)] : []),
  ];
}
