/**
 * Safety and link checks over the body of an MDX entry. Content is written by editors, not developers: it may use
 * the components in src/components/content/ and plain Markdown, and nothing that runs code in the reader's browser
 * or fetches from outside the intranet.
 */
import { posix } from 'node:path';
import { headingIds, parseMdx, walk, type MdNode } from '../mdast.ts';
import { mdxWording } from './parser-messages.ts';
import type { Problem } from './problem.ts';
import { readerTextProblems } from './reader-words.ts';

/** Content may import only from here (repository-relative). */
export const CONTENT_COMPONENTS_DIR = 'src/components/content/';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);
const DANGEROUS_URL = /^\s*(javascript|vbscript|data):/i;
const REMOTE_URL = /^\s*(https?:)?\/\//i;

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

/** `{/* … *\/}`: a note for editors, which MDX drops from the page. */
const COMMENT_EXPRESSION = /^\s*\/\*[\s\S]*\*\/\s*$/;
/** A string literal expression, e.g. {' '} between inline elements. */
const STRING_EXPRESSION = /^\s*(['"])[^'"]*\1\s*$/;

const importSources = (esm: string): string[] =>
  [...esm.matchAll(/(?:^|\n)\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

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

  facts.headingIds = headingIds(tree).map((h) => h.id);
  const fileDir = posix.dirname(file);
  for (const node of walk(tree)) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm': {
        if (/(^|\n)\s*export\s/.test(node.value ?? '')) {
          add(line, '正文中不允许 export 语句', '删除 export；需要的信息写在 frontmatter 中');
        }
        for (const spec of importSources(node.value ?? '')) {
          const resolved = spec.startsWith('.') ? posix.normalize(posix.join(fileDir, spec)) : spec;
          if (!resolved.startsWith(CONTENT_COMPONENTS_DIR)) {
            add(
              line,
              `不允许导入「${spec}」`,
              `正文只能导入 ${CONTENT_COMPONENTS_DIR} 中的组件，写成相对路径，如 ../../src/components/content/Note.astro`,
            );
          } else if (!fileExists(resolved)) {
            add(line, `导入的组件不存在：${spec}`, `检查文件名和 ../ 的层数；可用的组件在 ${CONTENT_COMPONENTS_DIR}`);
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!STRING_EXPRESSION.test(node.value ?? '') && !COMMENT_EXPRESSION.test(node.value ?? '')) {
          add(line, `正文中不允许写 {${node.value}} 这样的表达式`, '直接写文字；要显示花括号请写成 \\{ 和 \\}');
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name) facts.components.add(name);
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
          add(
            line,
            `不允许使用 <${name}> 标签`,
            '删除该标签；需要交互或样式的，请开发人员在 src/components/content/ 中提供组件',
          );
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') {
            add(line, `<${name}> 上不允许展开属性 {...}`, '逐个写出属性');
            continue;
          }
          const attrName = attr.name ?? '';
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (value) readerText(line, value);
          if (name === 'Note' && attrName === 'kind' && value === '关区规定') {
            add(
              line,
              '关区规定不再写成 <Note kind="关区规定">',
              '写在 frontmatter 的 districtRules 中：每项写 topic（事项）、national（全国性规定）、practice（通行做法），关区有具体数字的写 district',
            );
          }
          if (/^on/i.test(attrName)) {
            add(line, `不允许使用事件属性 ${attrName}`, '删除该属性；页面不允许内嵌脚本');
          } else if (DANGEROUS_URL.test(value)) {
            add(line, `属性 ${attrName} 的地址以 javascript:/data: 开头`, '改成站内地址（以 / 开头）');
          } else if (['src', 'srcset', 'poster', 'data'].includes(attrName.toLowerCase()) && REMOTE_URL.test(value)) {
            add(line, `不允许引用外部资源 ${value}`, '内网无法访问外网：把文件放进内容文件夹，用相对路径引用');
          } else if (attr.value && typeof attr.value === 'object') {
            add(line, `属性 ${attrName} 不允许写表达式`, '写成普通文字属性，如 title="说明"');
          }
        }
        break;
      }
      case 'image':
        if (REMOTE_URL.test(node.url ?? '') || DANGEROUS_URL.test(node.url ?? '')) {
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
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        if (DANGEROUS_URL.test(url)) {
          add(line, `链接地址不允许以 javascript:/vbscript:/data: 开头：${url}`, '改成站内地址（以 / 开头）或删除链接');
        } else if (url.startsWith('/') && !url.startsWith('//')) {
          const route = routeOf(url);
          if (!knownRoutes.has(route)) {
            add(
              line,
              `站内链接指向不存在的页面：${url}`,
              '检查地址拼写；站内地址以 / 开头、以 / 结尾，如 /guide/organization/',
            );
          } else if (url.includes('#')) {
            facts.anchorLinks.push({ url, line });
          }
        } else if (url.startsWith('#')) {
          facts.anchorLinks.push({ url, line });
        } else if (url.startsWith('.')) {
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
