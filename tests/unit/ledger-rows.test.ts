import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import {
  asOfMonth,
  asOfMonths,
  inNumberOrder,
  LEDGER_CSV_HEADER,
  ledgerRows,
  measuresByDepartment,
  type LedgerProblem,
} from '../../src/lib/ledger-status.ts';

const problems: LedgerProblem[] = [
  {
    number: 1,
    title: '党组织设置不到位',
    chapter: '组织设置',
    example: true,
    statusAsOf: '2022-07',
    measures: [
      {
        text: '全面排查，设置到位',
        lead: '直属机关党委',
        coLeads: ['人事政工部门'],
        deadline: new Date(Date.UTC(2022, 2, 31)),
        status: '已完成',
      },
      {
        text: '建立“随机构调整、同步设置”机制，含"引号"和逗号,',
        lead: '人事政工部门',
        coLeads: [],
        deadline: new Date(Date.UTC(2022, 5, 30)),
        status: '长期坚持',
      },
    ],
  },
];

describe('ledger CSV', () => {
  it('starts with a BOM, uses CRLF, and parses back into one row per measure', () => {
    const csv = toCsv(LEDGER_CSV_HEADER, ledgerRows(problems));
    expect(csv.startsWith('\uFEFF问题序号,')).toBe(true);
    expect(csv).toContain('\r\n');
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({
      措施序号: '1.2',
      整改措施: '建立“随机构调整、同步设置”机制，含"引号"和逗号,',
      完成时限: '2022-06-30',
      协办部门: '',
      整改状态: '长期坚持',
      状态截至: '2022年7月',
    });
  });
  it('counts measures by lead and co-lead department', () => {
    expect(measuresByDepartment(problems)).toEqual([
      { department: '人事政工部门', lead: 1, coLead: 1 },
      { department: '直属机关党委', lead: 1, coLead: 0 },
    ]);
  });

  it('lists problems in 问题序号 order whatever order they come in', () => {
    const [one] = problems;
    const shuffled = [10, 2, 1].map((number) => ({ ...one!, number, measures: one!.measures.slice(0, 1) }));
    expect(inNumberOrder(shuffled).map((p) => p.number)).toEqual([1, 2, 10]);
    expect(shuffled.map((p) => p.number)).toEqual([10, 2, 1]);
    expect(ledgerRows(shuffled).map((row) => row[3])).toEqual(['1.1', '2.1', '10.1']);
  });

  it('says when a state was true: one month, or the span when problems were reported in different months', () => {
    expect(asOfMonth('2022-07')).toBe('截至2022年7月');
    expect(asOfMonths(['2022-07', '2022-07'])).toBe('截至2022年7月');
    expect(asOfMonths(['2023-01', '2022-07', '2022-12'])).toBe('各问题分别截至2022年7月至2023年1月');
    expect(asOfMonths([])).toBe('');
  });
});
