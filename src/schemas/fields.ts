/**
 * Field builders shared by every content schema.
 *
 * Each builder carries its own Chinese message in the form "问题 — 怎么改", so an editor who gets a field wrong
 * reads what is wrong and how to fix it. The checker (src/lib/content-check) passes such messages through as they
 * are and words the generic zod issues (missing field, unknown field, wrong type) itself
 * (src/lib/content-source/schema-messages.ts).
 *
 * Each also carries its label (and example) as zod metadata, so the label travels with the schema: the JSON Schemas
 * for VS Code (scripts/json-schemas.ts) and the browser editor's fields (src/lib/cms/editor-fields.ts) read it.
 */
import { z } from 'astro/zod';

/** A message is "problem — fix"; the checker splits on the dash. */
export const msg = (problem: string, fix: string): string => `${problem} — ${fix}`;

const describeInput = (input: unknown): string => {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (input instanceof Date) return '日期';
  switch (typeof input) {
    case 'string':
      return `文字「${input}」`;
    case 'number':
      return `数字 ${input}`;
    case 'boolean':
      return input ? '是（true）' : '否（false）';
    case 'object':
      return '一组字段';
    default:
      return String(input);
  }
};

const missing = (label: string, example: string) => msg(`缺少「${label}」`, `请补上，例如 ${example}`);

/** Required single-line or multi-line text; `example` appears in the fix. */
export function text(label: string, example: string) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined || iss.input === null
          ? missing(label, example)
          : msg(`「${label}」应为文字，现在是${describeInput(iss.input)}`, `改成文字，例如 ${example}`),
    })
    .trim()
    .min(1, { error: msg(`「${label}」不能为空`, `请填写，例如 ${example}`) })
    .meta({ title: label, examples: [example] });
}

/**
 * Text of a sentence or more (a summary, a requirement): the same rule as text(), marked so the browser editor
 * (src/lib/cms/editor-fields.ts) gives it a multi-line box.
 */
export function paragraph(label: string, example: string) {
  return text(label, example).meta({ multiline: true });
}

/** A short identifier used in URLs and references: lowercase ASCII words joined by hyphens. */
export function slug(label: string) {
  return text(label, 'establish-branch').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: msg(`「${label}」只能用小写英文字母、数字和连字符`, '例如 establish-branch（中文写在标题里，不写在编号里）'),
  });
}

/** A whole number within [min, max]. */
export function integer(label: string, min: number, max: number) {
  return z
    .number({
      error: (iss) =>
        iss.input === undefined
          ? missing(label, String(min))
          : msg(`「${label}」应为数字，现在是${describeInput(iss.input)}`, `填写 ${min} 到 ${max} 之间的整数，不加引号`),
    })
    .int({ error: msg(`「${label}」应为整数`, `填写 ${min} 到 ${max} 之间的整数`) })
    .min(min, { error: msg(`「${label}」不能小于 ${min}`, `填写 ${min} 到 ${max} 之间的整数`) })
    .max(max, { error: msg(`「${label}」不能大于 ${max}`, `填写 ${min} 到 ${max} 之间的整数`) })
    .meta({ title: label });
}

/** A yes/no flag. YAML spells it true / false. */
export function flag(label: string) {
  return z
    .boolean({
      error: (iss) =>
        msg(`「${label}」应为 true 或 false，现在是${describeInput(iss.input)}`, '填写 true（是）或 false（否），不加引号'),
    })
    .meta({ title: label });
}

/** One of a fixed list of values; the fix lists them all. */
export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .enum(values, {
      error: (iss) =>
        iss.input === undefined
          ? missing(label, values[0])
          : msg(`「${label}」不能是${describeInput(iss.input)}`, `只能填以下之一：${values.join('、')}`),
    })
    .meta({ title: label });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d names a real calendar day (no 2 月 30 日). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, written YYYY-MM-DD. Accepts the Date that Astro's YAML parser makes of an unquoted date and the
 * string the checker's parser keeps, so both see the same rule; the output is always a Date at UTC midnight.
 * The checker sees the original text, which is where an impossible day such as 2022-02-30 is caught (js-yaml would
 * silently roll it over to March).
 */
export function date(label: string) {
  const example = '2022-07-15';
  return z
    .union([z.date(), z.string()], {
      error: (iss) =>
        iss.input === undefined
          ? missing(label, example)
          : msg(`「${label}」应为日期，现在是${describeInput(iss.input)}`, `按“年-月-日”填写，例如 ${example}`),
    })
    .transform((value, ctx) => {
      if (value instanceof Date) return value;
      const m = ISO_DATE.exec(value.trim());
      if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: msg(`「${label}」不是有效日期：${value}`, `按“年-月-日”填写真实存在的日期，例如 ${example}`),
        });
        return z.NEVER;
      }
      return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    })
    // JSON Schema's own word for a calendar date: VS Code and the browser editor offer a date for it.
    .meta({ title: label, format: 'date', examples: [example] });
}

/** A month, written YYYY-MM (kept as a string: it names a period, not a day). */
export function month(label: string) {
  return text(label, '2022-07').regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: msg(`「${label}」应为“年-月”`, '例如 2022-07（月份两位数）'),
  });
}

/** A non-empty list of `item`. */
export function list<T extends z.ZodType>(label: string, item: T, min = 1) {
  return z
    .array(item, {
      error: (iss) =>
        iss.input === undefined
          ? msg(`缺少「${label}」`, '请补上这一列表，每项一行，以“- ”开头')
          : msg(`「${label}」应为列表，现在是${describeInput(iss.input)}`, '每项单独一行，以“- ”开头'),
    })
    .min(min, { error: msg(`「${label}」至少要有 ${min} 项`, '请补充列表内容') })
    .meta({ title: label });
}

/** Marks illustrative material (示例). Pages show a 示例 badge wherever this is true. */
export const exampleFlag = () => flag('示例标记').default(false);
