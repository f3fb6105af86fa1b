import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { date, flag, integer, isRealDate, list, month, oneOf, slug, text } from '../../src/schemas/fields.ts';

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues[0]!.message;
};

describe('isRealDate', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2022, 13, 1)).toBe(false);
    expect(isRealDate(2022, 4, 31)).toBe(false);
  });
});

describe('date()', () => {
  const schema = date('完成时限');
  it('turns YYYY-MM-DD text and YAML dates into the same UTC day', () => {
    const fromText = schema.parse('2022-07-15');
    const fromYaml = schema.parse(new Date(Date.UTC(2022, 6, 15)));
    expect(fromText.toISOString()).toBe('2022-07-15T00:00:00.000Z');
    expect(fromYaml.getTime()).toBe(fromText.getTime());
  });
  it('names an impossible day instead of rolling it over', () => {
    expect(messageOf(schema, '2022-02-30')).toBe(
      '「完成时限」不是有效日期：2022-02-30 — 按“年-月-日”填写真实存在的日期，例如 2022-07-15',
    );
  });
  it('rejects other spellings and wrong types in Chinese', () => {
    expect(messageOf(schema, '2022/7/15')).toContain('不是有效日期');
    expect(messageOf(schema, 20220715)).toBe(
      '「完成时限」应为日期，现在是数字 20220715 — 按“年-月-日”填写，例如 2022-07-15',
    );
    expect(messageOf(schema, undefined)).toBe('缺少「完成时限」 — 请补上，例如 2022-07-15');
  });
});

describe('text, slug, integer, flag, oneOf, month, list', () => {
  it('text: missing, empty and wrong type', () => {
    const schema = text('标题', '成立党支部');
    expect(messageOf(schema, undefined)).toBe('缺少「标题」 — 请补上，例如 成立党支部');
    expect(messageOf(schema, '  ')).toBe('「标题」不能为空 — 请填写，例如 成立党支部');
    expect(messageOf(schema, 12)).toBe('「标题」应为文字，现在是数字 12 — 改成文字，例如 成立党支部');
  });
  it('slug: only lowercase ASCII words', () => {
    expect(slug('编号').safeParse('establish-branch').success).toBe(true);
    expect(messageOf(slug('编号'), '成立党支部')).toContain('只能用小写英文字母、数字和连字符');
    expect(slug('编号').safeParse('Establish_Branch').success).toBe(false);
  });
  it('integer: range and type', () => {
    const schema = integer('期号', 1, 999);
    expect(schema.parse(63)).toBe(63);
    expect(messageOf(schema, 0)).toBe('「期号」不能小于 1 — 填写 1 到 999 之间的整数');
    expect(messageOf(schema, '63')).toBe('「期号」应为数字，现在是文字「63」 — 填写 1 到 999 之间的整数，不加引号');
    expect(messageOf(schema, 1.5)).toContain('应为整数');
  });
  it('flag: true/false only', () => {
    expect(messageOf(flag('示例标记'), 'yes')).toBe(
      '「示例标记」应为 true 或 false，现在是文字「yes」 — 填写 true（是）或 false（否），不加引号',
    );
  });
  it('oneOf: lists the allowed values', () => {
    const schema = oneOf('整改状态', ['整改中', '已完成'] as const);
    expect(messageOf(schema, '完成')).toBe('「整改状态」不能是文字「完成」 — 只能填以下之一：整改中、已完成');
  });
  it('month: YYYY-MM', () => {
    expect(month('所属月份').parse('2022-07')).toBe('2022-07');
    expect(messageOf(month('所属月份'), '2022-7')).toBe('「所属月份」应为“年-月” — 例如 2022-07（月份两位数）');
  });
  it('list: must be a non-empty list', () => {
    const schema = list('依据', text('依据', 'x'));
    expect(messageOf(schema, 'x')).toContain('「依据」应为列表');
    expect(messageOf(schema, [])).toBe('「依据」至少要有 1 项 — 请补充列表内容');
  });
});
