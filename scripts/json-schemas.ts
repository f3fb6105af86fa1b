/**
 * npm run schemas: write JSON Schemas of the YAML content files (.vscode/schemas/), generated from the same zod
 * schemas the checker uses, so VS Code (with the YAML extension, see .vscode/settings.json) completes field names
 * and flags wrong values while an editor types. `--check` fails when the committed files are out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { checkerContext } from '../src/lib/content-check/validate.ts';
import { COLLECTION_LIST } from '../src/schemas/collections.ts';
import { FOLDERS, inProject } from '../src/lib/paths.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = inProject(root, 'editorSchemas');

/** Every YAML collection: its schema file name and the files it applies to. */
export function yamlSchemas(): { name: string; files: string; schema: unknown }[] {
  return COLLECTION_LIST.flatMap((def) => {
    const source = def.source;
    const files = source.kind === 'glob' ? `${source.base}/${source.pattern}` : source.path;
    if (!files.endsWith('.yaml')) return [];
    const entry = z.toJSONSchema(def.schema(checkerContext), { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    const isList = source.kind === 'file' && !source.single;
    const schema = isList
      ? { $schema: entry.$schema, title: def.label, type: 'array', items: { ...entry, $schema: undefined } }
      : { ...entry, title: def.label };
    return [{ name: def.name, files, schema: JSON.parse(JSON.stringify(schema)) as unknown }];
  });
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(outDir, { recursive: true });
  const settings: Record<string, string> = {};
  for (const { name, files, schema } of yamlSchemas()) {
    const file = join(outDir, `${name}.schema.json`);
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    settings[`./${FOLDERS.editorSchemas}/${name}.schema.json`] = files;
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text)
        stale.push(`${FOLDERS.editorSchemas}/${name}.schema.json`);
    } else {
      writeFileSync(file, text);
    }
  }
  const vscode = `${JSON.stringify({ 'yaml.schemas': settings, 'files.encoding': 'utf8', 'files.eol': '\n' }, null, 2)}\n`;
  const vscodeFile = inProject(root, 'editorSettings', 'settings.json');
  if (check) {
    if (!existsSync(vscodeFile) || readFileSync(vscodeFile, 'utf8') !== vscode) stale.push('.vscode/settings.json');
    if (stale.length) {
      console.error(`以下文件与内容模式不一致：${stale.join('、')} — 运行 npm run schemas 重新生成并提交`);
      process.exit(1);
    }
    console.log('编辑器用的 JSON Schema 是最新的。');
  } else {
    mkdirSync(inProject(root, 'editorSettings'), { recursive: true });
    writeFileSync(vscodeFile, vscode);
    console.log(`已生成 ${Object.keys(settings).length} 个 JSON Schema 和 .vscode/settings.json`);
  }
}
