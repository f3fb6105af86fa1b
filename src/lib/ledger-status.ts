/** The rectification ledger as figures and rows: status of problems, counts by status/chapter/department, CSV rows. */
import type { MEASURE_STATUSES } from '../schemas/rectification.ts';
import { formatMonth } from './dates.ts';

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type ProblemStatus = '已清零' | '整改中' | '未启动';

/** 已清零 when every measure is 已完成; 未启动 when none has begun; otherwise 整改中. */
export function problemStatus(measures: readonly { status: MeasureStatus }[]): ProblemStatus {
  if (measures.every((m) => m.status === '未启动')) return '未启动';
  const done = measures.every((m) => m.status === '已完成');
  return done ? '已清零' : '整改中';
}

/**
 * When a state was true: “截至2022年7月”. A ledger's states describe the month they were reported in; shown bare
 * (整改中) to a reader years later they would read as today's.
 */
export const asOfMonth = (month: string): string => `截至${formatMonth(month)}`;

/** The as-of of figures that add up states of several problems: their one month, or the span of their months. */
export function asOfMonths(months: readonly string[]): string {
  const sorted = [...new Set(months)].sort();
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return asOfMonth(sorted[0]!);
  return `各问题分别${asOfMonth(sorted[0]!)}至${formatMonth(sorted[sorted.length - 1]!)}`;
}

/** Counts by status, in a fixed order, for summary figures. */
export function countByStatus<T extends string>(
  values: readonly T[],
  order: readonly T[],
): { status: T; count: number }[] {
  return order.map((status) => ({ status, count: values.filter((v) => v === status).length }));
}

export interface LedgerMeasure {
  text: string;
  lead: string;
  coLeads: string[];
  deadline: Date;
  status: MeasureStatus;
}

export interface LedgerProblem {
  number: number;
  title: string;
  chapter: string;
  example: boolean;
  /** The month the states describe, YYYY-MM. */
  statusAsOf: string;
  measures: LedgerMeasure[];
}

/** How many measures each department leads, most first (ties by name), for the summary table. */
export function measuresByDepartment(
  problems: readonly LedgerProblem[],
): { department: string; lead: number; coLead: number }[] {
  const table = new Map<string, { lead: number; coLead: number }>();
  const row = (d: string) => table.get(d) ?? table.set(d, { lead: 0, coLead: 0 }).get(d)!;
  for (const m of problems.flatMap((p) => p.measures)) {
    row(m.lead).lead += 1;
    for (const co of m.coLeads) row(co).coLead += 1;
  }
  return [...table]
    .map(([department, n]) => ({ department, ...n }))
    .sort((a, b) => b.lead - a.lead || a.department.localeCompare(b.department, 'zh'));
}

export const LEDGER_CSV_HEADER = [
  '问题序号',
  '问题',
  '问题类别',
  '措施序号',
  '整改措施',
  '责任部门',
  '协办部门',
  '完成时限',
  '整改状态',
  '状态截至',
  '示例',
] as const;

/** Problems in 问题序号 order, the order the ledger, its filters and its CSV all list them in. */
export function inNumberOrder<T extends { number: number }>(problems: readonly T[]): T[] {
  return [...problems].sort((a, b) => a.number - b.number);
}

/** One row per measure, problems in 问题序号 order and measures in their own order. */
export function ledgerRows(problems: readonly LedgerProblem[]): string[][] {
  return inNumberOrder(problems).flatMap((p) =>
    p.measures.map((m, i) => [
      String(p.number),
      p.title,
      p.chapter,
      `${p.number}.${i + 1}`,
      m.text,
      m.lead,
      m.coLeads.join('、'),
      m.deadline.toISOString().slice(0, 10),
      m.status,
      formatMonth(p.statusAsOf),
      p.example ? '是' : '否',
    ]),
  );
}
