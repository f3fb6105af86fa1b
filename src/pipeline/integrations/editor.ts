/**
 * The editors' editor in the build: once Astro has written the site, put /admin/ beside it (docs/EDITOR-CMS.md) —
 * the page and its check script (src/lib/cms/editor-page.ts, browser-check.ts), Decap CMS's own prebuilt files
 * from node_modules (served from the site, nothing fetched from outside), our editor script (src/client/editor/,
 * bundled here by Vite as one classic script) and the configuration generated from the content model
 * (src/lib/cms/). The readers' pages, their budgets and their policy are untouched: /admin/ is not an Astro page.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { stringify } from 'yaml';
import { loadContent, type RawEntry } from '../../lib/content-source/entries.ts';
import { BROWSER_CHECK_JS } from '../../lib/cms/browser-check.ts';
import { cmsConfig } from '../../lib/cms/config.ts';
import { CONTENT_SNAPSHOT, contentSnapshot } from '../../lib/cms/entry-warnings.ts';
import { editorPageHtml } from '../../lib/cms/editor-page.ts';
import { editorBackend, editorCsp } from '../../lib/cms/editor-settings.ts';
import type { PreviewSite } from '../../lib/cms/previews/element.ts';
import { cssScopes } from '../../lib/cms/previews/page-styles.ts';
import { stylesheetsOf } from '../../lib/html.ts';
import { codeFingerprint } from '../../lib/code-fingerprint.ts';
import { localCacheDir } from '../../lib/local-cache.ts';
import { routes } from '../../lib/routes.ts';
import { COLLECTION_LIST } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/context.ts';
import { siteSchema } from '../../schemas/site.ts';
import { projectOf, stop, timed } from '../step.ts';

/** Decap's prebuilt files: the main script and the chunks it loads on demand (source maps left out). */
function decapFiles(): { dir: string; files: string[] } {
  const main = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');
  const dir = dirname(main);
  return { dir, files: globSync('*decap-cms.js', { cwd: dir }) };
}

/** The built reader pages the previews reproduce (src/lib/cms/previews/): their stylesheets and component scopes. */
const PREVIEWED_PAGES = [
  'bulletins/*/index.html',
  'guide/*/*/index.html',
  'cases/index.html',
  'cases/*/index.html',
  'templates/*/index.html',
  'publicity/*/index.html',
  'regulations/index.html',
];

/** The collections whose entries others name by id: the previews show their titles, as the pages do. */
const TITLED: ReadonlySet<CollectionName> = new Set(['regulations', 'series', 'procedures']);

/** What the preview pane needs from the built site and the content, given to the editor script as a constant. */
export function previewSite(entries: readonly RawEntry[], site: string, base: string): PreviewSite {
  const pages = PREVIEWED_PAGES.flatMap((pattern) => globSync(pattern, { cwd: site }).sort());
  const styles = stylesheetsOf(pages.map((page) => readFileSync(join(site, page), 'utf8')));
  // The links carry the base path (/djzy/_astro/…); the files lie under the built folder without it.
  const scopes = cssScopes(styles.map((href) => readFileSync(join(site, href.slice(base.length)), 'utf8')));
  const titles: PreviewSite['titles'] = {};
  for (const entry of entries) {
    if (!TITLED.has(entry.def.name)) continue;
    const title = (entry.data as { title?: unknown }).title;
    if (typeof title === 'string') (titles[entry.def.name] ??= {})[entry.id] = title;
  }
  return { styles, scopes, titles };
}

export async function writeEditor(root: string, site: string, base: string): Promise<void> {
  const out = join(site, routes.editor().slice(1));
  mkdirSync(out, { recursive: true });
  // The content read once, as the checker reads it: the site's settings, the previews' titles and the snapshot.
  const { entries } = loadContent(root, COLLECTION_LIST);
  const info = siteSchema().parse(entries.find((e) => e.def.name === 'site')?.data);
  writeFileSync(
    join(out, 'index.html'),
    editorPageHtml({ siteTitle: info.title, base, enabled: !!info.editor, csp: editorCsp(info.editor) }),
  );
  writeFileSync(join(out, 'check.js'), BROWSER_CHECK_JS);
  // local_backend: on the editor's own machine Decap uses decap-server (`npm run editor`); elsewhere it is ignored.
  const config = cmsConfig({ backend: editorBackend(info.editor), localBackend: true });
  writeFileSync(
    join(out, 'config.yml'),
    `# 由 src/lib/cms/config.ts 按内容模式生成，不要手工修改。\n${stringify(config)}`,
  );
  // The content as the checker reads it, for the form's warnings (src/lib/cms/entry-warnings.ts).
  const snapshot = contentSnapshot(entries, config.collections);
  writeFileSync(join(out, CONTENT_SNAPSHOT), JSON.stringify(snapshot));
  const decap = decapFiles();
  for (const file of decap.files) copyFileSync(join(decap.dir, file), join(out, file));
  await bundleEditorScript(root, out, previewSite(entries, site, base));
}

/** What the editor script is made from: its code, what it imports, the packages, and this step. */
const EDITOR_CODE = ['src/client/editor/**/*.ts', 'src/lib/**/*.ts', 'src/schemas/**/*.ts', 'package-lock.json'];

/**
 * editor.js, bundled by Vite; or, when neither its code nor the preview constant changed since the last build, the
 * same bundle from the project's local cache folder (half a second of each build; ../../lib/local-cache.ts says why
 * not from the working tree).
 */
async function bundleEditorScript(root: string, out: string, preview: PreviewSite): Promise<void> {
  const define = JSON.stringify(preview);
  const key = createHash('sha256')
    .update(codeFingerprint(root, [...EDITOR_CODE, 'src/pipeline/integrations/editor.ts']))
    .update(define)
    .digest('hex');
  const cacheDir = join(localCacheDir(root), 'editor-script');
  const cached = join(cacheDir, `${key}.js`);
  if (existsSync(cached)) {
    copyFileSync(cached, join(out, 'editor.js'));
    return;
  }
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    root,
    define: { __DJZY_PREVIEW_SITE__: define },
    build: {
      outDir: out,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: {
        entry: join(root, 'src/client/editor/main.ts'),
        formats: ['iife'],
        name: 'djzyEditor',
        fileName: () => 'editor.js',
      },
    },
  });
  mkdirSync(cacheDir, { recursive: true });
  copyFileSync(join(out, 'editor.js'), cached);
  // The last few are kept: one for each base path built in turn (their stylesheet links differ).
  const kept = globSync('*.js', { cwd: cacheDir })
    .map((name) => ({ name, time: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of kept.slice(KEPT_BUNDLES)) rmSync(join(cacheDir, name), { force: true });
}

const KEPT_BUNDLES = 4;

export function editor(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'djzy-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        ({ root, base } = projectOf(config));
      },
      'astro:build:done': async ({ dir }) => {
        try {
          await timed('editor', () => writeEditor(root, fileURLToPath(dir), base));
        } catch (error) {
          throw stop(`网页编辑器（/admin/）未能生成：${(error as Error).message}`);
        }
      },
    },
  };
}
