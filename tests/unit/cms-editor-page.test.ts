/** The page at /admin/ and its check script: readable without JavaScript, runnable by any browser, its own policy. */
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { BROWSER_CHECK_JS } from '../../src/lib/cms/browser-check.ts';
import { EDITOR_BROWSERS, editorPageHtml } from '../../src/lib/cms/editor-page.ts';
import { editorBackend, editorCsp, LOCAL_EDITOR_PORT } from '../../src/lib/cms/editor-settings.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const forge = {
  forge: 'gitlab' as const,
  url: 'https://git.example',
  repo: 'djzy/site',
  appId: 'abc123',
  branch: 'main',
};

describe('the editor page', () => {
  const page = (enabled: boolean) =>
    editorPageHtml({ siteTitle: '基层党建<工作>指引', base: '/djzy/', enabled, csp: editorCsp(undefined) });

  it('says in Chinese, without JavaScript, what an old browser or a switched-off editor means', () => {
    const html = page(false);
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('data-editor="off"');
    expect(html).toMatch(/<p id="editor-old" hidden>[^<]*内核版本 97 及以上[^<]*Firefox 104/);
    expect(html).toMatch(/<p id="editor-off" hidden>网页编辑器尚未启用/);
    expect(html).toMatch(/<noscript><p>.*JavaScript/);
    // Without JavaScript nothing is loading: the page does not say it is.
    expect(html).toContain('<noscript><style>#editor-loading { display: none; }</style></noscript>');
    expect(page(true)).toContain('data-editor="on"');
    expect(EDITOR_BROWSERS.chromium).toBe(97);
  });

  it('escapes the site title and links within the base', () => {
    const html = page(true);
    expect(html).toContain('基层党建&lt;工作&gt;指引');
    expect(html).toContain('href="/djzy/contribute/"');
    expect(html).toContain('<a href="/djzy/">返回网站首页</a>');
  });

  it('runs its check script in any browser (ES5) and starts Decap only by hand', () => {
    expect(() => acorn.parse(BROWSER_CHECK_JS, { ecmaVersion: 5 })).not.toThrow();
    expect(BROWSER_CHECK_JS).toContain('CMS_MANUAL_INIT = true');
    // The feature it tests is the one the stated versions introduced.
    expect(BROWSER_CHECK_JS).toContain('Array.prototype.findLast');
    for (const id of ['editor-loading', 'editor-old', 'editor-off', 'editor-no-server']) {
      expect(BROWSER_CHECK_JS).toContain(`'${id}'`);
      expect(page(true)).toContain(`id="${id}"`);
    }
  });
});

describe('the editor settings', () => {
  it('log in to the intranet forge by PKCE and open merge requests on its branch', () => {
    expect(editorBackend(forge)).toMatchObject({
      name: 'gitlab',
      repo: 'djzy/site',
      base_url: 'https://git.example',
      api_root: 'https://git.example/api/v4',
      auth_type: 'pkce',
      app_id: 'abc123',
    });
    expect(editorBackend({ ...forge, forge: 'forgejo', url: 'https://git.example/' })).toMatchObject({
      name: 'forgejo',
      api_root: 'https://git.example/api/v1',
    });
  });

  it('without a forge, name only decap-server on this machine, so no login elsewhere is ever offered', () => {
    expect(editorBackend(undefined)).toEqual({
      name: 'proxy',
      proxy_url: 'http://localhost:8081/api/v1',
      branch: 'main',
    });
    // The check script asks the same address before it starts the editor.
    expect(BROWSER_CHECK_JS).toContain("request.open('POST', 'http://localhost:8081/api/v1')");
  });

  it('allow the forge and the local mode and nothing else outside the site', () => {
    const csp = editorCsp(forge);
    expect(csp).toContain("connect-src 'self' https://git.example http://localhost:8081");
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).not.toMatch(/https?:\/\/(?!git\.example|localhost|127\.0\.0\.1)/);
    expect(editorCsp(undefined)).not.toContain('git.example');
    expect(LOCAL_EDITOR_PORT).toBe(8081);
  });
});

describe('the editor block of content/site.yaml', () => {
  const site = (editor: unknown) =>
    siteSchema().safeParse({ title: 't', description: 'd', owner: 'o', operator: 'p', provenance: 'v', editor });
  const messages = (editor: unknown) => site(editor).error?.issues.map((i) => i.message) ?? [];

  it('takes a forge address, an owner/name repository and an application id; the branch defaults to main', () => {
    expect(site({ forge: 'gitlab', url: 'https://git.example', repo: 'djzy/site', appId: 'x' }).data?.editor).toEqual({
      forge: 'gitlab',
      url: 'https://git.example',
      repo: 'djzy/site',
      appId: 'x',
      branch: 'main',
    });
  });

  it('refuses in Chinese what would leave the editor unable to log in', () => {
    expect(messages({ forge: 'gitea', url: 'https://git.example', repo: 'a/b', appId: 'x' })[0]).toMatch(/只能填/);
    expect(messages({ forge: 'gitlab', url: 'https://git.example/djzy', repo: 'a/b', appId: 'x' })[0]).toMatch(
      /只到主机名/,
    );
    expect(messages({ forge: 'gitlab', url: 'javascript:alert(1)//', repo: 'a/b', appId: 'x' })[0]).toMatch(
      /代码托管平台地址/,
    );
    expect(messages({ forge: 'gitlab', url: 'https://git.example', repo: 'site', appId: 'x' })[0]).toMatch(
      /所有者\/仓库名/,
    );
  });
});
