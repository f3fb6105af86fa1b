/**
 * deploy/nginx.conf (copied into the release package), read with nginx's own rules: every kind of file the site
 * serves gets the security headers, the right cache policy and type, and no second compression; nginx keeps its
 * version to itself. tests/build/nginx.test.ts serves the build with the real nginx to confirm the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allLocations,
  headersAt,
  parseNginxConf,
  scopesFor,
  settingAt,
  typeAt,
  type Header,
} from '../../scripts/lib/nginx-conf.ts';
import { ROOT } from '../support/builds.ts';

const conf = parseNginxConf(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'));

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
};
const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const OCTETS = 'application/octet-stream';

/** Each kind of file the /djzy/ build holds: its cache policy, whether nginx may gzip it, and its type if set here. */
const KINDS: { uri: string; cache: string; gzip: 'on' | 'off'; type?: string }[] = [
  { uri: '/djzy/', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/guide/organization/branch-election/', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/404.html', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/diagrams/0f0bff762e1612a0.svg', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/_astro/Base.B1P05JbV.css', cache: IMMUTABLE, gzip: 'on' },
  { uri: '/djzy/_astro/page.DxJq1x2l.js', cache: IMMUTABLE, gzip: 'on' },
  { uri: '/djzy/_astro/cover.orcxVMGr_Z1CR8YS.webp', cache: IMMUTABLE, gzip: 'on' },
  {
    uri: '/djzy/templates/branch-election-request.docx',
    cache: REVALIDATE,
    gzip: 'on',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  { uri: '/djzy/guide/handbook.pdf', cache: REVALIDATE, gzip: 'on', type: 'application/pdf' },
  { uri: '/djzy/bulletins/calendar.ics', cache: REVALIDATE, gzip: 'on', type: 'text/calendar' },
  { uri: '/djzy/roles/branch-secretary/calendar.ics', cache: REVALIDATE, gzip: 'on', type: 'text/calendar' },
  { uri: '/djzy/rectification/ledger.csv', cache: REVALIDATE, gzip: 'on', type: 'text/csv' },
  { uri: '/djzy/templates/all-templates.zip', cache: REVALIDATE, gzip: 'on', type: 'application/zip' },
  { uri: '/djzy/editions/2022/templates/all-templates.zip', cache: REVALIDATE, gzip: 'on', type: 'application/zip' },
  { uri: '/djzy/bulletins/rss.xml', cache: REVALIDATE, gzip: 'on', type: 'application/rss+xml' },
  { uri: '/djzy/cases/rss.xml', cache: REVALIDATE, gzip: 'on', type: 'application/rss+xml' },
  { uri: '/djzy/pagefind/pagefind.js', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/pagefind/pagefind-worker.js', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/pagefind/pagefind-entry.json', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/pagefind/wasm.unknown.pagefind', cache: REVALIDATE, gzip: 'off', type: OCTETS },
  { uri: '/djzy/pagefind/wasm.zh-cn.pagefind', cache: REVALIDATE, gzip: 'off', type: OCTETS },
  { uri: '/djzy/pagefind/pagefind.zh-cn_5dc0b539d5b18.pf_meta', cache: IMMUTABLE, gzip: 'off', type: OCTETS },
  { uri: '/djzy/pagefind/fragment/zh-cn_13fb85d.pf_fragment', cache: IMMUTABLE, gzip: 'off', type: OCTETS },
  { uri: '/djzy/pagefind/index/zh-cn_1731967.pf_index', cache: IMMUTABLE, gzip: 'off', type: OCTETS },
  { uri: '/djzy/pagefind/filter/zh-cn_3e4c5e5.pf_filter', cache: IMMUTABLE, gzip: 'off', type: OCTETS },
  { uri: '/djzy/pagefind-editions/pagefind-entry.json', cache: REVALIDATE, gzip: 'on' },
  { uri: '/djzy/pagefind-editions/fragment/zh-cn_0a1b2c3.pf_fragment', cache: IMMUTABLE, gzip: 'off', type: OCTETS },
];

const headerMap = (headers: Header[]) => Object.fromEntries(headers.map((h) => [h.name, h.value]));

describe('deploy/nginx.conf', () => {
  it.each(KINDS)('$uri: security headers, Cache-Control $cache, gzip $gzip', ({ uri, cache, gzip, type }) => {
    const scopes = scopesFor(conf, uri);
    expect(scopes.length, '没有 location 处理这个地址').toBeGreaterThan(1);
    const headers = headersAt(scopes);
    expect(headerMap(headers)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': cache });
    expect(headers.every((h) => h.always)).toBe(true);
    expect(settingAt(scopes, 'server_tokens')).toEqual(['off']);
    expect(settingAt(scopes, 'gzip')).toEqual([gzip]);
    const extension = /\.([a-z_]+)$/.exec(uri)?.[1];
    if (extension) expect(typeAt(scopes, extension)).toBe(type);
    expect(settingAt(scopes, 'root')).toEqual(['/srv']);
  });

  it('repeats every security header in every location that adds a header (nginx does not inherit them)', () => {
    const withHeaders = allLocations(conf).filter((l) => l.block!.some((d) => d.name === 'add_header'));
    expect(withHeaders.length).toBeGreaterThanOrEqual(4);
    for (const location of withHeaders) {
      const headers = headerMap(headersAt([{ directives: location.block!, location }]));
      expect(headers, `第 ${location.line} 行的 location`).toMatchObject(SECURITY_HEADERS);
      expect(Object.keys(headers), `第 ${location.line} 行的 location`).toContain('Cache-Control');
    }
  });

  it('gzips text, and never what is compressed already', () => {
    const types = settingAt(scopesFor(conf, '/djzy/'), 'gzip_types')!;
    expect(types).toEqual(expect.arrayContaining(['text/css', 'application/javascript', 'image/svg+xml']));
    expect(types).toEqual(expect.arrayContaining(['text/calendar', 'text/csv', 'application/rss+xml']));
    for (const compressed of [OCTETS, 'application/wasm', 'application/pdf', 'application/zip', 'image/webp']) {
      expect(types).not.toContain(compressed);
    }
  });

  it('serves the site’s 404 page for anything missing, and lists no folder', () => {
    const scopes = scopesFor(conf, '/djzy/no-such-page/');
    expect(settingAt(scopes, 'error_page')).toEqual(['403', '404', '=404', '/djzy/404.html']);
    expect(settingAt(scopes, 'autoindex')).toEqual(['off']);
  });

  it('is one location, which leaves other addresses to the rest of the server', () => {
    expect(conf.map((d) => [d.name, ...d.args])).toEqual([['location', '^~', '/djzy/']]);
    expect(scopesFor(conf, '/other-site/')).toHaveLength(1);
  });

  it('keeps its addresses from the server’s own regular-expression locations', () => {
    const server = [
      ...parseNginxConf('location ~* \\.(?:js|css|png|webp|pdf|docx|zip)$ { expires 30d; add_header X-Other 1; }'),
      ...conf,
    ];
    for (const { uri, cache } of KINDS) {
      const scopes = scopesFor(server, uri);
      expect(settingAt(scopes, 'expires'), uri).toBeUndefined();
      expect(headerMap(headersAt(scopes))['Cache-Control'], uri).toBe(cache);
    }
  });
});

describe('the nginx configuration reader', () => {
  it('reads directives, blocks, comments and quoted strings', () => {
    const tree = parseNginxConf(
      `# comment\nlocation /a/ { # inline\n  add_header X "a;b { c }" always;\n  location ~* \\.(?:x|y)$ { gzip off; }\n}\n`,
    );
    expect(tree).toEqual([
      {
        name: 'location',
        args: ['/a/'],
        line: 2,
        block: [
          { name: 'add_header', args: ['X', 'a;b { c }', 'always'], line: 3 },
          { name: 'location', args: ['~*', '\\.(?:x|y)$'], line: 4, block: [{ name: 'gzip', args: ['off'], line: 4 }] },
        ],
      },
    ]);
  });

  it('refuses what nginx refuses, naming the line', () => {
    expect(() => parseNginxConf('location / {\n gzip on;\n')).toThrow('第 1 行：location 的 { 没有对应的 }');
    expect(() => parseNginxConf('gzip on;\n}')).toThrow('第 2 行：多余的 }');
    expect(() => parseNginxConf('gzip on')).toThrow('第 1 行：gzip 缺少结尾的分号');
    expect(() => parseNginxConf('add_header X "open;')).toThrow('第 1 行：引号没有闭合');
  });

  it('chooses locations as nginx does: longest prefix, nested first, ^~ stops its own level’s regular expressions', () => {
    const tree = parseNginxConf(`
      location / { location ~ \\.js$ { set $x js-in-root; } }
      location /a/ { set $x a; location ^~ /a/b/ { set $x ab; } location /a/c/ { set $x ac; } location ~ \\.js$ { set $x js-in-a; } }
      location ~ \\.js$ { set $x js; }
      location = /exact { set $x exact; }
    `);
    const served = (uri: string) => settingAt(scopesFor(tree, uri), 'set')?.[1];
    expect(served('/a/x.html')).toBe('a');
    expect(served('/a/b/x.html')).toBe('ab');
    // ^~ keeps /a/'s regular expressions off, not those a level further up (ngx_http_core_find_location).
    expect(served('/a/b/x.js')).toBe('js');
    expect(served('/a/c/x.js')).toBe('js-in-a');
    expect(served('/a/x.js')).toBe('js-in-a');
    expect(served('/z.js')).toBe('js-in-root');
    expect(served('/exact')).toBe('exact');
  });
});
