/** Link targets read as a browser reads them before they are judged: no spelling of a refused scheme gets through. */
import { describe, expect, it } from 'vitest';
import { decodeLinkTarget, readLinkTarget } from '../../src/lib/link-target.ts';

describe('readLinkTarget', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['java\r\nscript:alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['java&NewLine;script:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['&#0000106avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['vbscript:msgbox', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['file:///C:/Windows/', 'file'],
    ['blob:http://x/1', 'blob'],
    ['ms-msdt:/id', 'ms-msdt'],
    ['search-ms:query=x', 'search-ms'],
  ])('refuses %j as %s:', (raw, scheme) => {
    expect(readLinkTarget(raw)).toMatchObject({ kind: 'refused', scheme });
  });

  it.each([
    ['/guide/organization/', 'site'],
    ['/guide/#概述', 'site'],
    ['#概述', 'anchor'],
    ['./photo.jpg', 'relative'],
    ['guide/', 'relative'],
    ['https://www.12371.cn/', 'remote'],
    ['HTTP://example.org', 'remote'],
    ['//example.org/x', 'remote'],
    ['\\\\example.org\\x', 'remote'],
    ['mailto:djzy@example.org', 'contact'],
    ['tel:028-12345678', 'contact'],
  ])('reads %j as %s', (raw, kind) => {
    expect(readLinkTarget(raw).kind).toBe(kind);
  });

  it('decodes as the browser would, and nothing more', () => {
    expect(decodeLinkTarget(' \t/guide/\n ')).toBe('/guide/');
    expect(decodeLinkTarget('/a/?x=1&amp;y=2')).toBe('/a/?x=1&y=2');
    expect(decodeLinkTarget('/%E6%A6%82/')).toBe('/%E6%A6%82/');
  });
});
