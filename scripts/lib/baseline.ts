/**
 * The browser baseline: shipped JavaScript must parse as ES2020, which Chromium 83 and Firefox ESR 78
 * run, and avoid runtime APIs they lack; CSS must not rely for layout on features they lack. Checked over dist/
 * by the site tests; exceptions are listed here with their reason, and nowhere else.
 */
import * as acorn from 'acorn';
import { routes } from '../../src/lib/routes.ts';

/** Runtime APIs newer than the baseline (Chrome version in brackets). */
const JS_APIS: [RegExp, string][] = [
  [/\.at\(\s*-?\d/, 'Array.prototype.at (92)'],
  [/\bObject\.hasOwn\(/, 'Object.hasOwn (93)'],
  [/\bstructuredClone\(/, 'structuredClone (98)'],
  [/\.replaceAll\(/, 'String.prototype.replaceAll (85)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (97)'],
];

/** CSS that the baseline engines do not understand, which must not carry layout. */
const CSS_FEATURES: [RegExp, string][] = [
  [/:has\(/, ':has() (105)'],
  [/@layer\b/, '@layer (99)'],
  [/@container\b/, 'container queries (105)'],
  [/color-mix\(/, 'color-mix() (111)'],
  [/:is\(|:where\(/, ':is()/:where() (88)'],
  [/\b\d*\.?\d+[dsl]vh\b/, 'dvh/svh/lvh (108)'],
  [/text-wrap\s*:/, 'text-wrap (114)'],
  [/aspect-ratio\s*:/, 'aspect-ratio (88)'],
];

/** True when a style rule contains another rule (CSS nesting, with or without &). */
export function hasNesting(css: string): boolean {
  const stack: ('at' | 'rule')[] = [];
  let prelude = '';
  for (const ch of css) {
    if (ch === '{') {
      if (stack[stack.length - 1] === 'rule') return true;
      stack.push(prelude.trim().startsWith('@') ? 'at' : 'rule');
      prelude = '';
    } else if (ch === '}') {
      stack.pop();
      prelude = '';
    } else if (ch === ';') {
      prelude = '';
    } else {
      prelude += ch;
    }
  }
  return false;
}

/** Shipped files allowed past the baseline, and why. */
export const BASELINE_EXCEPTIONS: Record<string, string> = {
  'vendor/mermaid.min.js': '仅在流程图缓存缺失时复制进构建，供编辑预览；正式构建中不存在',
  // The whole folder: Decap CMS and the editor's script need a browser of 2022 or later.
  [routes.editor().slice(1)]:
    '网页编辑器（/admin/）只给编辑人员用，需要新版浏览器（src/lib/cms/editor-page.ts 的 EDITOR_BROWSERS）；旧浏览器打开时页面用中文说明，读者页面不受影响',
};

/** Whether a built file is exempt from the baseline: listed above by itself or by its folder (ending in /). */
export const isBaselineException = (file: string): boolean =>
  Object.keys(BASELINE_EXCEPTIONS).some((key) => (key.endsWith('/') ? file.startsWith(key) : file === key));

export function checkJs(source: string): string[] {
  const problems: string[] = [];
  try {
    acorn.parse(source, { ecmaVersion: 2020, sourceType: 'module' });
  } catch (error) {
    problems.push(`语法超出 ES2020（Chromium 83）：${(error as Error).message}`);
  }
  for (const [pattern, name] of JS_APIS) if (pattern.test(source)) problems.push(`使用了 ${name}`);
  return problems;
}

export function checkCss(source: string): string[] {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const problems = CSS_FEATURES.filter(([pattern]) => pattern.test(css)).map(([, name]) => `使用了 ${name}`);
  if (hasNesting(css)) problems.push('使用了 CSS nesting (112)');
  // Flex gap (84) must not be the only spacing: every rule using gap is a grid with the grid-gap fallback.
  for (const body of css.match(/\{[^{}]*\}/g) ?? []) {
    if (/(^|[{;\s])gap\s*:/.test(body) && !/grid-gap\s*:/.test(body))
      problems.push(`gap 没有 grid-gap 兜底：${body.slice(0, 80)}`);
  }
  return problems;
}
