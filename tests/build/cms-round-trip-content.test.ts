/**
 * The editor's formats over every content file (the samples and edge cases are in tests/unit/cms-round-trip.test.ts):
 * opening and saving unchanged writes the same bytes, and one line of prose edited changes that line only.
 */
import { describe, expect, it } from 'vitest';
import { withoutOriginal } from '../../src/lib/cms/keep-format.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import {
  contentFiles,
  dataOf,
  diffOf,
  firstProse,
  formatOf,
  getIn,
  open,
  save,
  setIn,
} from '../support/cms-content.ts';

describe('every file a collection edits', () => {
  const FILES = contentFiles();

  it('is read by the collections (the test covers the whole content tree)', () => {
    expect(FILES.length).toBeGreaterThan(120);
    for (const name of Object.keys(COLLECTIONS))
      expect(
        FILES.some((f) => f.def.name === name),
        name,
      ).toBe(true);
  });

  it('opened and saved unchanged, is written back byte for byte', () => {
    // Decap adds a final newline to whatever the format gives (decap-cms-core/src/backend.ts, entryToRaw).
    const decapWrites = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
    const changed = FILES.filter((f) => decapWrites(save(f, open(f))) !== f.text).map((f) => f.file);
    expect(changed).toEqual([]);
  });

  it('with one line of prose edited, changes that one line only and reads back as edited', () => {
    let edited = 0;
    for (const f of FILES) {
      const data = open(f);
      const path = firstProse(data);
      if (!path) continue;
      const value = `${getIn(data, path) as string}（改）`;
      setIn(data, path, value);
      const written = save(f, data);
      const { lines, hunks } = diffOf(f.text, written);
      expect({ file: f.file, hunks, removed: lines.filter((l) => l.startsWith('-')).length }).toEqual({
        file: f.file,
        hunks: 1,
        removed: 1,
      });
      expect(lines.length, f.file).toBe(2);
      expect(lines[1], f.file).toContain(value);
      expect(dataOf(formatOf(f.def), written)).toEqual(withoutOriginal(data));
      edited++;
    }
    expect(edited).toBeGreaterThan(120);
  });
});
