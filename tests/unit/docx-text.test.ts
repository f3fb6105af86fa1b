/**
 * A Word file made from any text: every XML part of the package parses strictly (Word refuses a file with an
 * illegal XML character), and the text reads back as written, markup and all.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../src/lib/docx/model.ts';
import { renderDocxBytes } from '../../src/lib/docx/render.ts';
import { plainText } from '../../src/lib/plain-text.ts';
import { EVERYTHING, MARKUP } from '../support/hostile-text.ts';
import { elementsNamed, parseXml, textOf } from '../support/xml.ts';

/** A document with the text in each place an editor's or reader's words go. */
const modelWith = (text: string): DocModel => ({
  title: text,
  titleLines: [text],
  addressee: text,
  blocks: [
    { kind: 'paragraph', runs: [{ text }, { text, bold: true }], level: 1, headingLength: 3 },
    { kind: 'heading', level: 2, text },
    {
      kind: 'table',
      rows: [
        [text, text],
        [text, ''],
      ],
    },
    { kind: 'attachments', items: [text] },
  ],
  signature: { org: text, date: text, notes: [text] },
  appendices: [{ label: '附件1', title: text, titleLines: [text], blocks: [{ kind: 'paragraph', runs: [{ text }] }] }],
});

async function partsOf(text: string) {
  const zip = await JSZip.loadAsync(await renderDocxBytes(modelWith(text), { title: text, subject: text }));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

describe('Word files from hostile text', () => {
  it('are well-formed XML in every part, with control characters, noncharacters and lone surrogates left out', async () => {
    const parts = await partsOf(EVERYTHING);
    expect(parts.size).toBeGreaterThan(5);
    for (const [name, xml] of parts) expect(() => parseXml(xml), name).not.toThrow();
    const runs = elementsNamed(parseXml(parts.get('word/document.xml')!), 'w:t')
      .map(textOf)
      .join('');
    for (const markup of MARKUP) expect(runs).toContain(markup);
    expect(runs).not.toMatch(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]/);
  });

  it.each(MARKUP)('carry %s as text, in the body and the properties', async (text) => {
    const parts = await partsOf(text);
    const document = parseXml(parts.get('word/document.xml')!);
    expect(elementsNamed(document, 'w:t').map(textOf)).toContain(text);
    const core = parseXml(parts.get('docProps/core.xml')!);
    expect(textOf(elementsNamed(core, 'dc:title')[0]!)).toBe(plainText(text));
  });
});
