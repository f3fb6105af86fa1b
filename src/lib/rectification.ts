/** Status of problems in the rectification ledger, derived from their measures. */
import type { MEASURE_STATUSES } from '../schemas/rectification.ts';

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type ProblemStatus = '已清零' | '整改中' | '未启动';

/** 已清零 when every measure is 已完成; 未启动 when none has begun; otherwise 整改中. */
export function problemStatus(measures: readonly { status: MeasureStatus }[]): ProblemStatus {
  if (measures.every((m) => m.status === '未启动')) return '未启动';
  const done = measures.every((m) => m.status === '已完成');
  return done ? '已清零' : '整改中';
}

/** Counts by status, in a fixed order, for summary figures. */
export function countByStatus<T extends string>(values: readonly T[], order: readonly T[]): { status: T; count: number }[] {
  return order.map((status) => ({ status, count: values.filter((v) => v === status).length }));
}
