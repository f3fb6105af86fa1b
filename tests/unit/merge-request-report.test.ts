import { describe, expect, it } from 'vitest';
import {
  buildOutputEntries,
  headline,
  junitXml,
  markdownCell,
  markdownSummary,
  parseProblemLine,
  plainLines,
  problemEntries,
  xmlEscape,
  type ReportStep,
} from '../../src/lib/content-check/merge-request-report.ts';
import { formatProblem, type Problem } from '../../src/lib/content-source/problem.ts';
import { elementsNamed, parseXml, textOf, type XmlElement } from '../support/xml.ts';

const problem = (over: Partial<Problem> = {}): Problem => ({
  file: 'content/bulletins/2022-07.yaml',
  line: 12,
  field: 'tasks[2].deadline',
  problem: '日期格式不对',
  fix: '写成 2022-07-31',
  ...over,
});

const checkStep = (problems: Problem[]): ReportStep => ({
  name: '内容检查',
  status: problems.some((p) => p.severity !== 'warning') ? 'failed' : 'passed',
  seconds: 1.5,
  entries: problemEntries(problems),
});

const passedBuild: ReportStep = { name: '构建：站点根路径 /', status: 'passed', seconds: 20, entries: [] };
const skippedBuild: ReportStep = { name: '构建：站点根路径 /', status: 'skipped', entries: [], note: '内容检查未通过' };

interface Case {
  name: string;
  file?: string;
  failure?: { message: string; text: string };
  skipped?: { message: string; text: string };
}

/** The report as GitLab reads it: strict XML 1.0, suites of cases, each failed, skipped or passed. */
function parsed(xml: string) {
  const doc = parseXml(xml);
  const outcome = (c: XmlElement, name: string) => {
    const el = elementsNamed(c, name)[0];
    return el && { message: el.attributes.message!, text: textOf(el) };
  };
  return {
    failures: doc.attributes.failures,
    testsuite: elementsNamed(doc, 'testsuite').map((suite) => ({
      name: suite.attributes.name,
      testcase: elementsNamed(suite, 'testcase').map((c): Case => ({
        name: c.attributes.name!,
        file: c.attributes.file,
        failure: outcome(c, 'failure'),
        skipped: outcome(c, 'skipped'),
      })),
    })),
  };
}

describe('report lines', () => {
  it('splits a checker line at its place, and says what npm run check says', () => {
    const p = problem();
    const [entry] = problemEntries([p]);
    expect(entry).toEqual({
      where: 'content/bulletins/2022-07.yaml:12',
      text: 'tasks[2].deadline: 日期格式不对 — 写成 2022-07-31',
      warning: false,
    });
    expect(`${entry!.where} ${entry!.text}`).toBe(formatProblem(p));
  });

  it('keeps a warning a warning', () => {
    expect(problemEntries([problem({ severity: 'warning' })])[0]!.warning).toBe(true);
  });

  it('never takes a clock time in a log for a place', () => {
    expect(parseProblemLine('12:04:31 [build] 42 page(s) built')).toBeUndefined();
    expect(parseProblemLine('content/cases/a.mdx:3 正文: 链接失效 — 改正')).toEqual({
      where: 'content/cases/a.mdx:3',
      text: '正文: 链接失效 — 改正',
      warning: false,
    });
  });

  it('reads a build log: located lines and warning blocks, not Astro progress', () => {
    const log = [
      '\u001b[32m12:04:31\u001b[39m [build] 42 page(s) built',
      '警告：以下流程图没有缓存，且找不到 Chromium；页面将在浏览器中临时绘制：',
      '  content/procedures/a.mdx:40',
      '— 安装 Chromium 后运行 npm run diagrams',
      'content/procedures/b.mdx:7 正文: 链接 /x/ 指向的页面不存在 — 改成现有页面的地址',
      '发现 1 个失效链接（见上），构建已停止。',
    ].join('\n');
    const entries = buildOutputEntries(log);
    expect(entries).toEqual([
      {
        where: '',
        text: '警告：以下流程图没有缓存，且找不到 Chromium；页面将在浏览器中临时绘制： content/procedures/a.mdx:40 — 安装 Chromium 后运行 npm run diagrams',
        warning: true,
      },
      {
        where: 'content/procedures/b.mdx:7',
        text: '正文: 链接 /x/ 指向的页面不存在 — 改成现有页面的地址',
        warning: false,
      },
    ]);
  });
});

describe('JUnit XML', () => {
  it('gives one failing test case per problem, named path:line, with the Chinese line as its message', () => {
    const problems = [
      problem(),
      problem({ file: 'content/cases/a.mdx', line: 3, field: '', problem: '缺少标题', fix: '补上 title' }),
    ];
    const suites = parsed(junitXml([checkStep(problems), skippedBuild]));
    expect(suites.failures).toBe('2');
    const cases = suites.testsuite[0]!.testcase;
    expect(cases.map((c) => c.name)).toEqual(['content/bulletins/2022-07.yaml:12', 'content/cases/a.mdx:3']);
    expect(cases[1]!.file).toBe('content/cases/a.mdx');
    expect(cases[1]!.failure!.message).toBe('content/cases/a.mdx:3 缺少标题 — 补上 title');
    expect(suites.testsuite[1]!.testcase[0]!.skipped).toBeDefined();
  });

  it('reports a passing check with zero failures, and warnings as skipped cases with their text', () => {
    const suites = parsed(
      junitXml([checkStep([problem({ severity: 'warning', problem: '依据的制度已修订' })]), passedBuild]),
    );
    expect(suites.failures).toBe('0');
    const cases = suites.testsuite[0]!.testcase;
    expect(cases.map((c) => c.name)).toEqual(['内容检查：通过', 'content/bulletins/2022-07.yaml:12']);
    expect(cases[1]!.skipped!.text).toContain('依据的制度已修订');
  });

  it('escapes <, & and " and keeps CJK as it is', () => {
    const p = problem({ problem: '组件 <关区规定 name="a&b"> 不认识', fix: '删掉 & 重写' });
    const xml = junitXml([checkStep([p])]);
    expect(xml).toContain('组件 &lt;关区规定 name=&quot;a&amp;b&quot;&gt; 不认识');
    expect(parsed(xml).testsuite[0]!.testcase[0]!.failure!.message).toBe(formatProblem(p));
  });

  it('shows characters XML 1.0 cannot carry instead of writing them', () => {
    expect(xmlEscape('a\u0001b\u000bc\uffffd\ud800e')).toBe('a‹U+0001›b‹U+000B›c‹U+FFFF›d‹U+D800›e');
    expect(xmlEscape('😀 中文\t')).toBe('😀 中文\t');
    // A build line is not formatted by formatProblem: its control characters reach the report as they were.
    const step: ReportStep = {
      name: '构建：站点根路径 /',
      status: 'failed',
      entries: [],
      note: 'Astro 出错\u0007了\u001b[0m',
    };
    const xml = junitXml([step]);
    expect(parsed(xml).failures).toBe('1');
    expect(xml).toContain('Astro 出错‹U+0007›了‹U+001B›[0m');
  });

  it('gives a failed build without a located line one failing case carrying its output', () => {
    const step: ReportStep = {
      name: '构建：子路径 /djzy/',
      status: 'failed',
      entries: [],
      note: '全文检索未能建立：磁盘已满',
    };
    const cases = parsed(junitXml([step])).testsuite[0]!.testcase;
    expect(cases).toHaveLength(1);
    expect(cases[0]!.failure!.text).toBe('全文检索未能建立：磁盘已满');
  });
});

describe('Markdown summary', () => {
  it('escapes | and markup in table cells', () => {
    expect(markdownCell('a|b <Note> *x* [y](z)\nnext')).toBe('a\\|b \\<Note\\> \\*x\\* \\[y\\]\\(z\\) next');
  });

  it('lists each problem as a row, location first', () => {
    const md = markdownSummary([checkStep([problem({ problem: '值 a|b 不对' })]), skippedBuild]);
    const rows = md.split('\n').filter((l) => l.startsWith('| content/'));
    expect(rows).toEqual([
      '| content/bulletins/2022-07.yaml:12 | tasks\\[2\\].deadline: 值 a\\|b 不对 — 写成 2022-07-31 |',
    ]);
    // Every row has exactly the table's two columns: no | left unescaped.
    expect(rows[0]!.split(/(?<!\\)\|/).length).toBe(4);
    expect(md).toContain('检查未通过：发现 1 个问题，涉及 1 个文件');
  });

  it('says a passing check passed, with the preview', () => {
    const md = markdownSummary([checkStep([]), passedBuild], '网站预览：见制品');
    expect(md.startsWith('### 检查通过')).toBe(true);
    expect(md).not.toContain('| 位置 |');
    expect(md).toContain('网站预览：见制品');
  });
});

describe('lines both builds report', () => {
  it('are listed once', () => {
    const [stale] = buildOutputEntries('警告：整本指引 PDF 已过期，本次发布的是上一次生成的 PDF');
    const build = (name: string): ReportStep => ({ name, status: 'passed', seconds: 20, entries: [stale!] });
    const steps = [checkStep([]), build('构建：站点根路径 /'), build('构建：子路径 /djzy/')];
    expect(plainLines(steps).filter((l) => l.includes('PDF 已过期'))).toHaveLength(1);
    expect(markdownSummary(steps).match(/PDF 已过期/g)).toHaveLength(1);
    expect(headline(steps)).toContain('另有 1 项提示');
  });
});

describe('plain lines', () => {
  it('prints the headline, then the lines npm run check prints', () => {
    const p = problem();
    const steps = [checkStep([p, problem({ severity: 'warning', line: 20 })]), skippedBuild];
    const lines = plainLines(steps);
    expect(lines[0]).toBe(headline(steps));
    expect(lines[1]).toBe(`  ${formatProblem(p)}`);
    expect(lines).toContain('提示（不影响合并）：');
  });
});
