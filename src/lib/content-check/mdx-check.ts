/**
 * Safety and link checks over the body of an MDX entry. Content is written by editors, not developers: it may use
 * the components in src/components/content/ and plain Markdown, and nothing that runs code in the reader's browser
 * or fetches from outside the intranet.
 */
import { posix } from 'node:path';
import { readLinkTarget, spelledOtherwise, type LinkTarget } from '../link-target.ts';
import { headingIds, parseMdx, walkWithDepth, type MdNode } from '../mdast.ts';
import { CONTENT_COMPONENTS_DIR } from '../content-components.ts';
import { checkImportBlock, isHarmlessExpression, type ImportCheck } from './mdx-code.ts';
import { mdxWording } from '../content-source/parser-messages.ts';
import type { Problem } from '../content-source/problem.ts';
import { readerTextProblems } from './reader-words.ts';

/**
 * What a body may hold besides Markdown, as a list of what is allowed rather than of what is not (a list of the
 * dangerous would miss <svg>, <math>, <a> with a tab in its scheme and whatever HTML adds next): the components of
 * src/components/content/ with the attributes each declares and their values, and a few inline HTML elements.
 * A component added to that folder is added here; a unit test keeps the two in step.
 */
export const CONTENT_COMPONENTS: Record<string, Record<string, readonly string[] | null>> = {
  Note: { kind: ['提示', '注意'] },
  Example: {},
};
/** Inline HTML an editor may need in running text, each with the attributes it may carry (null: any text). */
const INLINE_HTML: Record<string, Record<string, readonly string[] | null>> = {
  br: {},
  sup: {},
  sub: {},
  strong: {},
  em: {},
  mark: {},
  small: {},
  abbr: { title: null },
};
/** Deeper than any page needs (a list in a list in a note is about 10): beyond it, nesting is a mistake or a trick. */
export const MAX_MDX_DEPTH = 40;

export interface MdxCheckInput {
  file: string;
  source: string;
  /** Every internal page address (base-less, trailing slash), for the link check. */
  knownRoutes: ReadonlySet<string>;
  /** Whether a repository-relative file exists (imported components). */
  fileExists: (path: string) => boolean;
}

export interface MdxFacts {
  /** Sources of the ```mermaid fences, with their first line. */
  mermaid: { source: string; line: number }[];
  /** Names of the components the body uses, e.g. Note, Example. */
  components: Set<string>;
  /** The ids the build gives the body's headings: the anchors a link to this page may name. */
  headingIds: string[];
  /** Local images of the body (`![说明](./photo.jpg)`), checked like covers: present, small enough, decodable. */
  images: { src: string; line: number }[];
  /** Links that name an anchor (`/guide/…/#常见问题`, `#概述`), checked against the target's anchors. */
  anchorLinks: { url: string; line: number }[];
}

/** An internal address as the route table spells it: no query, no fragment, trailing slash. */
export function routeOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

export function checkMdx({ file, source, knownRoutes, fileExists }: MdxCheckInput): {
  problems: Problem[];
  facts: MdxFacts;
} {
  const problems: Problem[] = [];
  const facts: MdxFacts = { mermaid: [], components: new Set(), headingIds: [], anchorLinks: [], images: [] };
  const add = (line: number, problem: string, fix: string) =>
    problems.push({ file, line, field: '正文', problem, fix });
  const readerText = (line: number, text: string) => {
    for (const { problem, fix } of readerTextProblems(text)) add(line, problem, fix);
  };

  let tree: MdNode;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const message = (error as Error).message;
    const m = /^(\d+):(\d+):\s*(.*?)(\s*\(\d+:\d+\))?(\s*\([a-z:-]+\))?$/.exec(message);
    const { problem, fix } = mdxWording(m?.[3] ?? message);
    add(m ? Number(m[1]) : 1, problem, fix);
    return { problems, facts };
  }

  const fileDir = posix.dirname(file);
  const imported = new Set<string>();
  const nodes: MdNode[] = [];
  for (const { node, depth } of walkWithDepth(tree)) {
    if (depth > MAX_MDX_DEPTH) {
      add(
        node.position?.start.line ?? 1,
        `正文嵌套层次太深（超过 ${MAX_MDX_DEPTH} 层）`,
        '检查这里是否多写了成串的 >、缩进或 <Note>：引用、列表和提示框一般不超过三四层',
      );
      return { problems, facts };
    }
    nodes.push(node);
  }
  facts.headingIds = headingIds(tree).map((h) => h.id);
  const esmChecks = new Map<MdNode, ImportCheck>();
  for (const node of nodes) {
    if (node.type !== 'mdxjsEsm') continue;
    const checked = checkImportBlock(node.value ?? '', fileDir, fileExists);
    esmChecks.set(node, checked);
    for (const name of checked.names) imported.add(name);
  }
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        for (const { problem, fix } of esmChecks.get(node)?.problems ?? []) add(line, problem, fix);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isHarmlessExpression(node.value ?? '')) {
          add(line, `正文中不允许写 {${node.value}} 这样的表达式`, '直接写文字；要显示花括号请写成 \\{ 和 \\}');
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name) facts.components.add(name);
        const { allowed, problem } = elementRule(name, imported);
        if (problem) add(line, problem, elementFix(name));
        if (!allowed) break;
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') {
            add(line, `<${name}> 上不允许展开属性 {...}`, '逐个写出属性');
            continue;
          }
          const attrName = attr.name ?? '';
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (value) readerText(line, value);
          if (attr.value && typeof attr.value === 'object') {
            add(line, `属性 ${attrName} 不允许写表达式`, '写成普通文字属性，如 title="说明"');
          } else if (name === 'Note' && attrName === 'kind' && value === '关区规定') {
            add(
              line,
              '关区规定不再写成 <Note kind="关区规定">',
              '写在 frontmatter 的 districtRules 中：每项写 topic（事项）、national（全国性规定）、practice（通行做法），关区有具体数字的写 district',
            );
          } else if (/^on/i.test(attrName)) {
            add(line, `不允许使用事件属性 ${attrName}`, '删除该属性；页面不允许内嵌脚本');
          } else if (!(attrName in allowed)) {
            const names = Object.keys(allowed);
            add(
              line,
              `<${name}> 不能写属性 ${attrName}`,
              names.length ? `删除该属性；<${name}> 可用的属性：${names.join('、')}` : `删除该属性；<${name}> 不带属性`,
            );
          } else if (allowed[attrName] && !allowed[attrName]!.includes(value)) {
            add(line, `<${name}> 的 ${attrName} 不能是「${value}」`, `只能写：${allowed[attrName]!.join('、')}`);
          } else {
            const target = readLinkTarget(value);
            if (target.kind === 'refused') add(line, ...refusedLink(value, target));
          }
        }
        break;
      }
      case 'image': {
        const target = readLinkTarget(node.url ?? '');
        if (target.kind === 'refused' || target.kind === 'remote') {
          add(
            line,
            `不允许引用外部图片 ${node.url}`,
            '内网无法访问外网：把图片放进本条内容的文件夹，写成 ./图片名.jpg',
          );
        } else {
          if (!(node as { alt?: string | null }).alt?.trim()) {
            add(line, `图片 ${node.url} 缺少说明文字`, '写成 ![一句话说明图片内容](./图片.jpg)，供读屏软件朗读');
          }
          facts.images.push({ src: node.url ?? '', line });
        }
        break;
      }
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        const target = readLinkTarget(url);
        if (target.kind === 'refused') {
          add(line, ...refusedLink(url, target));
        } else if (target.kind === 'site') {
          const route = routeOf(target.url);
          if (!knownRoutes.has(route)) {
            add(
              line,
              `站内链接指向不存在的页面：${url}`,
              '检查地址拼写；站内地址以 / 开头、以 / 结尾，如 /guide/organization/',
            );
          } else if (!/[?#]/.test(target.url) && !target.url.endsWith('/') && !/\.[a-z0-9]+$/i.test(target.url)) {
            add(line, `站内链接缺少末尾的 /：${url}`, `写成 ${route}`);
          } else if (target.url.includes('#')) {
            facts.anchorLinks.push({ url: target.url, line });
          }
        } else if (target.kind === 'anchor') {
          facts.anchorLinks.push({ url: target.url, line });
        } else if (target.kind === 'relative') {
          add(
            line,
            `站内链接不能用相对地址：${url}`,
            '写成以 / 开头的站内地址，如 /guide/organization/establish-branch/',
          );
        }
        break;
      }
      case 'html':
        add(line, '正文中不允许直接写 HTML', '改用 Markdown 写法，或使用 src/components/content/ 中的组件');
        break;
      case 'text':
      case 'inlineCode':
        readerText(line, node.value ?? '');
        break;
      case 'code':
        if (node.lang === 'mermaid') facts.mermaid.push({ source: node.value ?? '', line });
        // Mermaid's %% lines are comments; everything else of a fence is drawn or shown.
        (node.value ?? '').split('\n').forEach((text, i) => {
          if (!/^\s*%%/.test(text)) readerText(line + 1 + i, text);
        });
        break;
    }
  }
  return { problems, facts };
}

/** The attributes an element may carry (none when it may not be used at all), and what is wrong with using it. */
function elementRule(
  name: string,
  imported: ReadonlySet<string>,
): { allowed?: Record<string, readonly string[] | null>; problem?: string } {
  if (name === '') return { allowed: {} };
  const component = CONTENT_COMPONENTS[name];
  if (component)
    return { allowed: component, problem: imported.has(name) ? undefined : `使用了 <${name}> 却没有导入它` };
  if (INLINE_HTML[name]) return { allowed: INLINE_HTML[name] };
  if (/^[A-Z]/.test(name))
    return { problem: imported.has(name) ? `<${name}> 不是正文可用的组件` : `没有 <${name}> 这个组件` };
  return { problem: `不允许使用 <${name}> 标签` };
}

function elementFix(name: string): string {
  if (CONTENT_COMPONENTS[name]) {
    return `在正文开头写 import ${name} from '../../src/components/content/${name}.astro';（按文件所在层级调整 ../ 的个数）`;
  }
  if (name === 'a') return '链接写成 Markdown：[文字](/站内地址/)';
  if (name === 'img') return '图片写成 Markdown：![说明](./图片.jpg)';
  const allowed = [
    ...Object.keys(CONTENT_COMPONENTS).map((c) => `<${c}>`),
    ...Object.keys(INLINE_HTML).map((h) => `<${h}>`),
  ];
  return `删除该标签，改用 Markdown 写法；正文可用的只有：${allowed.join('、')}（需要其他交互或样式，请开发人员在 ${CONTENT_COMPONENTS_DIR} 中提供组件）`;
}

/** The message for a link whose scheme is refused, saying how the browser reads it when the editor spelled it otherwise. */
function refusedLink(raw: string, target: Extract<LinkTarget, { kind: 'refused' }>): [string, string] {
  const read = spelledOtherwise(raw, target) ? `（浏览器读作 ${target.scheme}:）` : '';
  return [
    `链接地址不允许以 ${target.scheme}: 开头：${raw.trim()}${read}`,
    '改成站内地址（以 / 开头）或 http(s) 网址，或删除链接；正文中的链接只能打开页面，不能运行脚本或打开本机文件',
  ];
}
