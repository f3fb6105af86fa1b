/**
 * What the editor at /admin/ needs to know about where it runs, from content/site.yaml's `editor` block: the Decap
 * backend (docs/EDITOR-CMS.md) and the page's own Content-Security-Policy. Pure, so the build and the tests share it.
 */
import type { SiteData } from '../../schemas/site.ts';

export type EditorSettings = NonNullable<SiteData['editor']>;

/** The port `decap-server` listens on for the local mode (its default). */
export const LOCAL_EDITOR_PORT = 8081;

/** decap-server's API on this machine, where Decap's `local_backend` looks for it too. */
export const LOCAL_EDITOR_API = `http://localhost:${LOCAL_EDITOR_PORT}/api/v1`;

/** Decap's `backend` block: the forge, its login by PKCE (no outside service), and merge requests to `branch`. */
export function editorBackend(editor: EditorSettings | undefined): Record<string, string> {
  if (!editor) {
    // No forge: only the local mode works — decap-server on this machine, on the clone's `main`. Named outright, so
    // that without it Decap never offers a login elsewhere (the page starts it only on this machine, browser-check.ts).
    return { name: 'proxy', proxy_url: LOCAL_EDITOR_API, branch: 'main' };
  }
  const url = editor.url.replace(/\/$/, '');
  const common = { repo: editor.repo, branch: editor.branch, base_url: url, app_id: editor.appId };
  return editor.forge === 'gitlab'
    ? { name: 'gitlab', ...common, api_root: `${url}/api/v4`, auth_type: 'pkce', auth_endpoint: 'oauth/authorize' }
    : {
        name: 'forgejo',
        ...common,
        api_root: `${url}/api/v1`,
        auth_endpoint: 'login/oauth/authorize',
      };
}

/**
 * The editor page's policy, apart from the readers' (astro.config.ts): Decap checks its configuration with ajv,
 * which compiles validators with `new Function` ('unsafe-eval'), and styles its interface with emotion, which
 * writes <style> elements at run time ('unsafe-inline' styles). It talks to the forge's API and, on the editor's
 * own machine, to decap-server; uploads are previewed as blob: and data: images, and an uploaded file is read back
 * from its blob: address when the entry is saved (decap-cms-core's persistLocalDraftBackup and the save fetch the
 * asset's blob: URL; without it a case with a photo cannot be saved, tests/e2e/editor.test.ts).
 */
export function editorCsp(editor: EditorSettings | undefined): string {
  const forge = editor ? [new URL(editor.url).origin] : [];
  const local = [`http://localhost:${LOCAL_EDITOR_PORT}`, `http://127.0.0.1:${LOCAL_EDITOR_PORT}`];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...forge].join(' '),
    "font-src 'self' data:",
    ["connect-src 'self'", ...forge, ...local, 'blob:'].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
