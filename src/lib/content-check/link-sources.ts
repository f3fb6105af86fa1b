/**
 * A broken link found by the build's link check (over the built pages) told to the editor where they wrote it: the
 * content file and line that holds the link's address, with the reason in the editor's terms. The content check finds
 * nearly every such link at its source first; this is for what only the built site shows (a link that resolves
 * differently once the base path is added, an anchor a component makes). Where no source holds the address (a link the
 * site's own code makes), the problem stays with the built page, for a developer.
 */
import { normalizeBase } from '../urls.ts';
import type { Problem } from '../content-source/problem.ts';

export interface BuiltLinkProblem {
  /** The built page, relative to the output folder: guide/index.html. */
  file: string;
  /** The address as the page has it (base included). */
  url: string;
  /** The link check's reason. */
  problem: string;
}

export interface SourceText {
  /** Repository-relative path: content/guide/…/x.mdx. */
  file: string;
  text: string;
}

const FIXES: [RegExp, string][] = [
  [/缺少末尾的 \//, '站内地址以 / 结尾，如 /guide/organization/'],
  [
    /没有 id 为/,
    '# 后面写目标页面上小标题的文字（去掉标点）；在预览中点目标页“本页目录”里的那一节，复制地址栏中 # 之后的部分',
  ],
  [/超出站点根路径/, '站内链接写成以 / 开头的完整地址（不写部署的子路径，也不用 ../ 这样的相对地址）'],
];

const fixFor = (reason: string) =>
  FIXES.find(([pattern]) => pattern.test(reason))?.[1] ??
  '地址写错或页面已改名：在本机预览中打开目标页，复制地址栏中站点根路径之后的部分';

/** The forms the editor may have written an address in: as built, without the base, and percent-decoded. */
function spellings(url: string, base: string): string[] {
  const b = normalizeBase(base);
  const withoutBase = b !== '/' && url.startsWith(b) ? `/${url.slice(b.length)}` : url;
  const forms = new Set([url, withoutBase]);
  for (const form of [...forms]) {
    try {
      forms.add(decodeURI(form));
    } catch {
      // a malformed % sequence: the written form is enough
    }
  }
  return [...forms].filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
}

/** The first line of `text` that holds the address in one of its spellings, as a link target (after “(” or “"”). */
function lineHolding(text: string, forms: readonly string[]): number | undefined {
  const lines = text.split(/\r?\n/);
  for (const form of forms) {
    const index = lines.findIndex(
      (line) => line.includes(`(${form}`) || line.includes(`"${form}`) || line.includes(`<${form}`),
    );
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/**
 * The problem at its source where one holds the address; `pageSources` names the content file(s) a built page is made
 * from, which are searched first (the same address may be written in several files).
 */
export function placeLinkProblem(
  found: BuiltLinkProblem,
  sources: readonly SourceText[],
  base: string,
  pageSources: ReadonlyMap<string, readonly string[]> = new Map(),
): Problem | undefined {
  const forms = spellings(found.url, base);
  const own = new Set(pageSources.get(found.file) ?? []);
  const ordered = [...sources.filter((s) => own.has(s.file)), ...sources.filter((s) => !own.has(s.file))];
  for (const source of ordered) {
    const line = lineHolding(source.text, forms);
    if (line === undefined) continue;
    return {
      file: source.file,
      line,
      field: '',
      problem: `链接 ${found.url} ${found.problem}（构建后检查页面 ${found.file} 时发现）`,
      fix: fixFor(found.problem),
    };
  }
  return undefined;
}

/** Each built page (guide/x/index.html) with the content file it is made from, for placeLinkProblem. */
export function pageSourcesOf(pages: readonly { route: string | null; file: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { route, file } of pages) {
    if (!route) continue;
    const built = `${route.replace(/^\//, '')}index.html`;
    map.set(built, [...(map.get(built) ?? []), file]);
  }
  return map;
}
