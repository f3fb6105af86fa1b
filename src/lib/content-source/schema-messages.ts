/**
 * The friendly layer over zod: turns any validation issue into a Chinese "问题 — 怎么改" pair. Field builders in
 * src/schemas/fields.ts already write such messages; this words the generic issues (unknown field, wrong shape).
 */
import type { z } from 'astro/zod';

export interface Wording {
  problem: string;
  fix: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '一组字段（“字段名: 值”）',
  date: '日期（如 2022-07-15）',
};

/** Split a builder's "problem — fix" message; null when the message is not in that form. */
export function splitMessage(message: string): Wording | null {
  const at = message.indexOf(' — ');
  if (at < 0) return null;
  return { problem: message.slice(0, at), fix: message.slice(at + 3) };
}

const lastKey = (path: readonly PropertyKey[]): string => {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return key === undefined ? '' : String(key);
};

/** Word one zod issue; `schemaFile` names where the allowed fields are documented. */
export function wordIssue(issue: z.core.$ZodIssue, schemaFile: string): Wording {
  const own = splitMessage(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        problem: `不认识的字段：${issue.keys.join('、')}`,
        fix: `检查拼写（字段名区分大小写），或删除；允许的字段见 ${schemaFile}`,
      };
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return {
          problem: `缺少必填字段「${lastKey(issue.path)}」`,
          fix: `请补上，应为${expected}；说明见 ${schemaFile}`,
        };
      }
      return { problem: `类型不对：应为${expected}`, fix: `按 ${schemaFile} 中的说明改写` };
    }
    case 'invalid_union': {
      const inner = issue.errors
        .flat()
        .map((i) => splitMessage(i.message))
        .find(Boolean);
      return inner ?? { problem: '格式不对', fix: `按 ${schemaFile} 中的说明改写` };
    }
    default:
      return { problem: `内容不符合要求（${issue.message}）`, fix: `按 ${schemaFile} 中的说明改写` };
  }
}
