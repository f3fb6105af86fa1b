/**
 * Every generated file of both builds, read as a strict consumer reads it: feeds and the XML parts of every Word
 * file parse as XML 1.0 (a feed reader or Word refuses the whole file otherwise); every calendar keeps each value on
 * its own content line, however a client splits lines; no ledger cell starts a spreadsheet formula.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TITLE, BUILDS, requireBuild } from '../support/builds.ts';
import { elementsNamed, parseXml } from '../support/xml.ts';

const files = (dir: string, pattern: string) => globSync(pattern, { cwd: dir, exclude: ['pagefind*/**'] }).sort();

describe.each(BUILDS)(BUILD_TITLE, (build) => {
  const dir = requireBuild(build.dir);

  it('feeds parse as XML, each item with a title and a link', () => {
    const feeds = files(dir, '**/*.xml');
    expect(feeds).toEqual(['bulletins/rss.xml', 'cases/rss.xml']);
    for (const feed of feeds) {
      const rss = parseXml(readFileSync(join(dir, feed), 'utf8'));
      const items = elementsNamed(rss, 'item');
      expect(items.length, feed).toBeGreaterThan(0);
      for (const item of items) {
        expect(elementsNamed(item, 'title'), feed).toHaveLength(1);
        expect(elementsNamed(item, 'link'), feed).toHaveLength(1);
      }
    }
  });

  it('Word files have only well-formed XML parts', async () => {
    const documents = files(dir, '**/*.docx');
    expect(documents.length).toBeGreaterThan(30);
    for (const document of documents) {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, document)));
      const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
      expect(parts, document).toContain('word/document.xml');
      for (const part of parts) {
        const xml = await zip.file(part)!.async('string');
        expect(() => parseXml(xml), `${document} ${part}`).not.toThrow();
      }
    }
  });

  it('calendars keep every value on its own content line, and parse', () => {
    const calendars = files(dir, '**/*.ics');
    expect(calendars.length).toBeGreaterThan(1);
    for (const file of calendars) {
      const text = readFileSync(join(dir, file), 'utf8');
      // Lines end in CRLF only; no other line break or control character anywhere.
      expect(text.replace(/\r\n/g, ''), file).not.toMatch(/[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/);
      const names = text
        .split('\r\n')
        .filter((line) => line && !line.startsWith(' '))
        .map((line) => /^[A-Z][A-Z-]*(?=[;:])/.exec(line)?.[0]);
      const allowed = [
        'BEGIN',
        'END',
        'VERSION',
        'PRODID',
        'CALSCALE',
        'METHOD',
        'X-WR-CALNAME',
        'X-WR-TIMEZONE',
      ].concat(['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'URL', 'TRANSP']);
      expect(
        names.filter((name) => !name || !allowed.includes(name)),
        file,
      ).toEqual([]);
      expect(() => ICAL.parse(text), file).not.toThrow();
    }
  });

  it('CSV files start no cell with a formula sign unless it is neutralised', () => {
    const tables = files(dir, '**/*.csv');
    expect(tables).toEqual(['rectification/ledger.csv']);
    const rows = parse(readFileSync(join(dir, tables[0]!), 'utf8'), { bom: true }) as string[][];
    expect(rows.length).toBeGreaterThan(10);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^\s*[=+\-@＝＋－＠\t\r\n](?!\d+(\.\d+)?$)/);
  });
});
