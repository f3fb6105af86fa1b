/** The rectification ledger as built: a CSV that Excel/WPS and standard parsers read, one row per measure. */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEDGER_CSV_HEADER } from '../../src/lib/ledger-status.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';

const dist = requireBuild(BUILDS[0].dir);

describe(onBuild(BUILDS[0], 'ledger.csv'), () => {
  const bytes = readFileSync(join(dist, 'rectification/ledger.csv'));
  it('is UTF-8 with a byte-order mark, so Excel and WPS show Chinese correctly', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  it(`parses into ${SEED_COUNTS.measures.count} measure rows with the ledger's columns`, () => {
    const records = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...LEDGER_CSV_HEADER]);
    expect(records).toHaveLength(SEED_COUNTS.measures.count);
    expect(new Set(records.map((r) => r['问题序号'])).size).toBe(SEED_COUNTS.problems.count);
    for (const r of records) {
      expect(r['完成时限']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['未启动', '整改中', '已完成', '长期坚持']).toContain(r['整改状态']);
      expect(r['责任部门']!.length).toBeGreaterThan(0);
    }
  });
});
