/**
 * The /djzy/ build served by the real nginx with the release's deploy/nginx.conf: every kind of file answers with
 * the security headers, its cache policy and Content-Type, revalidates with 304, and Server names no version;
 * Pagefind's compressed index is sent as it is even to a browser that accepts gzip; anything missing gets the
 * site's 404 page.
 */
import { globSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';
import { nginxOrSkip, startNginx, type RunningNginx } from '../support/nginx.ts';

const nginx = nginxOrSkip();
const build = BUILDS[1];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET as a browser sends it, with the body as sent (not decompressed). */
const get = (origin: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
};
const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe.skipIf(!nginx)(onBuild(build, 'served by nginx with deploy/nginx.conf'), () => {
  const site = requireBuild(build.dir);
  /** The first file of the build matching `pattern`, as its address under the base. */
  const one = (pattern: string) => {
    const file = globSync(pattern, { cwd: site }).sort()[0];
    if (!file) throw new Error(`构建中没有 ${pattern}`);
    return `${build.base}${file}`;
  };
  /** The file an address stands for (a folder's index.html). */
  const fileOf = (path: string) =>
    readFileSync(join(site, path.slice(build.base.length).replace(/(^|\/)$/, '$1index.html')));
  /** The largest file matching `pattern` (above gzip_min_length), as its address. */
  const largest = (pattern: string) =>
    globSync(pattern, { cwd: site })
      .map((file) => `${build.base}${file}`)
      .sort((a, b) => fileOf(b).length - fileOf(a).length)[0]!;

  const kinds: { name: string; path: string; cache: string; type: RegExp; compressed?: boolean }[] = [
    { name: 'home page', path: build.base, cache: REVALIDATE, type: /^text\/html; charset=utf-8$/ },
    { name: 'page', path: `${build.base}guide/`, cache: REVALIDATE, type: /^text\/html; charset=utf-8$/ },
    { name: 'chart file', path: one('diagrams/*.svg'), cache: REVALIDATE, type: /^image\/svg\+xml$/ },
    { name: 'hashed style', path: one('_astro/*.css'), cache: IMMUTABLE, type: /^text\/css/ },
    { name: 'hashed script', path: one('_astro/*.js'), cache: IMMUTABLE, type: /javascript/ },
    { name: 'hashed image', path: one('_astro/*.webp'), cache: IMMUTABLE, type: /^image\/webp$/ },
    {
      name: 'Word template',
      path: one('templates/*.docx'),
      cache: REVALIDATE,
      type: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/,
    },
    { name: 'handbook PDF', path: one('guide/handbook.pdf'), cache: REVALIDATE, type: /^application\/pdf$/ },
    // Decap reads its configuration as YAML only when told so (it logs any other type).
    {
      name: 'editor configuration',
      path: one('admin/config.yml'),
      cache: REVALIDATE,
      type: /^text\/yaml; charset=utf-8$/,
    },
    {
      name: 'calendar',
      path: one('bulletins/calendar.ics'),
      cache: REVALIDATE,
      type: /^text\/calendar; charset=utf-8$/,
    },
    { name: 'CSV', path: one('rectification/ledger.csv'), cache: REVALIDATE, type: /^text\/csv; charset=utf-8$/ },
    { name: 'zip', path: one('templates/all-templates.zip'), cache: REVALIDATE, type: /^application\/zip$/ },
    { name: 'RSS', path: one('bulletins/rss.xml'), cache: REVALIDATE, type: /^application\/rss\+xml; charset=utf-8$/ },
    { name: 'Pagefind script', path: one('pagefind/pagefind.js'), cache: REVALIDATE, type: /javascript/ },
    {
      name: 'Pagefind entry',
      path: one('pagefind/pagefind-entry.json'),
      cache: REVALIDATE,
      type: /^application\/json/,
    },
    {
      name: 'Pagefind program',
      path: one('pagefind/wasm.*.pagefind'),
      cache: REVALIDATE,
      type: /^application\/octet-stream$/,
      compressed: true,
    },
    ...[
      'pagefind/*.pf_meta',
      'pagefind/fragment/*.pf_fragment',
      'pagefind/index/*.pf_index',
      'pagefind/filter/*.pf_filter',
      'pagefind-editions/fragment/*.pf_fragment',
    ].map((p) => ({
      name: 'Pagefind index',
      path: one(p),
      cache: IMMUTABLE,
      type: /^application\/octet-stream$/,
      compressed: true,
    })),
  ];

  let server: RunningNginx;
  beforeAll(async () => {
    server = await startNginx(nginx!, site, build.base);
  });
  afterAll(() => server?.stop());

  it('passes nginx -t without a warning', () => {
    expect(server.configTest).toMatch(/syntax is ok/);
    // nginx before 1.19.5 has no -e and first tries its built-in log, which an ordinary user cannot open: not ours.
    const complaints = server.configTest
      .split('\n')
      .filter((line) => /\[(warn|emerg|alert|crit)\]/.test(line) && !/could not open error log file/.test(line));
    expect(complaints).toEqual([]);
  });

  it.each(kinds)('$name ($path): type, cache policy, security headers, no version', async (kind) => {
    const answer = await get(server.origin, kind.path, { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers.server).toBe('nginx');
    expect(answer.headers).toMatchObject(SECURITY_HEADERS);
    expect(answer.headers['cache-control']).toBe(kind.cache);
    expect(answer.headers['content-type']).toMatch(kind.type);
    expect(answer.headers.etag).toBeTruthy();
    expect(answer.headers['last-modified']).toBeTruthy();
    const gzipped = answer.headers['content-encoding'] === 'gzip';
    if (kind.compressed) {
      // Pagefind compressed it already: sent byte for byte, never compressed twice.
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect([...answer.body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    }
    expect((gzipped ? gunzipSync(answer.body) : answer.body).equals(fileOf(kind.path))).toBe(true);
  });

  it('compresses pages and text downloads for a browser that accepts gzip, and not the zip, PDF or Word files', async () => {
    const encoding = async (path: string) =>
      (await get(server.origin, path, { 'accept-encoding': 'gzip' })).headers['content-encoding'];
    for (const path of [
      build.base,
      one('bulletins/calendar.ics'),
      one('rectification/ledger.csv'),
      one('admin/config.yml'),
      largest('_astro/*.js'),
    ]) {
      expect(await encoding(path), path).toBe('gzip');
    }
    for (const path of [one('templates/all-templates.zip'), one('guide/handbook.pdf'), one('templates/*.docx')]) {
      expect(await encoding(path), path).toBeUndefined();
    }
  });

  it.each(kinds.filter((k) => k.cache === REVALIDATE))(
    '$name revalidates: asked again with its ETag, nginx answers 304 with the same headers',
    async (kind) => {
      const first = await get(server.origin, kind.path);
      const again = await get(server.origin, kind.path, { 'if-none-match': String(first.headers.etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['cache-control']).toBe(REVALIDATE);
      expect(again.headers).toMatchObject(SECURITY_HEADERS);
    },
  );

  it.each([`${build.base}no-such-page/`, `${build.base}templates/no-such.docx`, `${build.base}_astro/`])(
    '%s: the site’s 404 page, with the security headers',
    async (path) => {
      const answer = await get(server.origin, path);
      expect(answer.status).toBe(404);
      expect(answer.headers.server).toBe('nginx');
      expect(answer.headers).toMatchObject(SECURITY_HEADERS);
      expect(answer.body.equals(readFileSync(join(site, '404.html')))).toBe(true);
    },
  );

  it('adds the slash to a folder address, as a relative redirect', async () => {
    const answer = await get(server.origin, `${build.base}guide`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`${build.base}guide/`);
    expect(answer.headers).toMatchObject(SECURITY_HEADERS);
  });
});
