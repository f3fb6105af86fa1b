/**
 * The code an MDX body may hold, judged by a JavaScript parser (acorn) rather than by patterns: MDX runs its import
 * block and its {expressions} when the site is built and when a page renders, so anything beyond importing a content
 * component and writing a comment or a string would run an editor's code on the build machine. A pattern would pass
 * `{/* a *\/ process.exit() /* b *\/}` (it starts and ends like a comment) or a second import on the same line.
 */
import { parse, tokenizer, type Options } from 'acorn';
import { posix } from 'node:path';
import { CONTENT_COMPONENTS_DIR } from '../content-components.ts';

const OPTIONS: Options = { ecmaVersion: 'latest', sourceType: 'module' };

export interface ImportCheck {
  /** Component names bound by the block's imports, for the element check. */
  names: string[];
  problems: { problem: string; fix: string }[];
}

const IMPORT_EXAMPLE = "import Note from '../../src/components/content/Note.astro';";

/** One MDX import block: only `import Name from '<path to src/components/content/Name.astro>'`, each its own. */
export function checkImportBlock(code: string, fileDir: string, fileExists: (path: string) => boolean): ImportCheck {
  const result: ImportCheck = { names: [], problems: [] };
  const add = (problem: string, fix: string) => result.problems.push({ problem, fix });
  let program;
  try {
    program = parse(code, OPTIONS);
  } catch {
    add('import 语句写法有误', `每个组件单独一行，写成 ${IMPORT_EXAMPLE}`);
    return result;
  }
  for (const statement of program.body) {
    if (
      statement.type === 'ExportNamedDeclaration' ||
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportAllDeclaration'
    ) {
      add('正文中不允许 export 语句', '删除 export；需要的信息写在 frontmatter 中');
      continue;
    }
    if (statement.type !== 'ImportDeclaration') {
      add('正文开头只能写 import 语句，不能写其他代码', `删除这段代码；导入组件写成 ${IMPORT_EXAMPLE}`);
      continue;
    }
    const spec = String(statement.source.value);
    const resolved = spec.startsWith('.') ? posix.normalize(posix.join(fileDir, spec)) : spec;
    if (!resolved.startsWith(CONTENT_COMPONENTS_DIR) || /[?#]/.test(spec) || !resolved.endsWith('.astro')) {
      add(
        `不允许导入「${spec}」`,
        `正文只能导入 ${CONTENT_COMPONENTS_DIR} 中的组件，写成相对路径，如 ../../src/components/content/Note.astro`,
      );
      continue;
    }
    if (!fileExists(resolved)) {
      add(`导入的组件不存在：${spec}`, `检查文件名和 ../ 的层数；可用的组件在 ${CONTENT_COMPONENTS_DIR}`);
      continue;
    }
    const component = posix.basename(resolved, '.astro');
    const [first, ...rest] = statement.specifiers;
    if (first?.type !== 'ImportDefaultSpecifier' || rest.length || statement.attributes.length) {
      add(`导入 ${component} 的写法不对`, `写成 import ${component} from '${spec}';`);
      continue;
    }
    if (first.local.name !== component) {
      add(`导入的名字 ${first.local.name} 与组件 ${component} 不一致`, `写成 import ${component} from '${spec}';`);
      continue;
    }
    result.names.push(component);
  }
  return result;
}

/**
 * Whether a {…} in the body is harmless: nothing but comments (`{/* 给编辑的说明 *\/}`, which MDX drops) or a single
 * string (`{' '}` between inline elements). Anything else is code.
 */
export function isHarmlessExpression(code: string): boolean {
  try {
    const tokens = [...tokenizer(code, OPTIONS)];
    return tokens.length === 0 || (tokens.length === 1 && tokens[0]!.type.label === 'string');
  } catch {
    return false;
  }
}
