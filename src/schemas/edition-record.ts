/**
 * editions/<year>/edition.yaml: the frozen record of one past edition, written by `npm run edition -- <year>` and
 * extended by `npm run edition -- <year> --erratum "原因"` (src/lib/editions/freeze.ts). Nobody needs to write it by
 * hand, but anyone may edit it in a pull request, so it is validated like content: every field, each erratum's date
 * (a real day, not before the freeze, not after today), its reason, and the files it names — each part of the
 * edition and really changed by that correction, told by the SHA-256 each had before it (`before`) against the one
 * after it (the next erratum's `before`, or `files` for the last).
 *
 * Dates stay text: the record is read with the core YAML schema (src/lib/content-source/source-map.ts), so 2026-02-30 is seen as written.
 */
import { z } from 'astro/zod';
import { isRealDate, list, msg, text } from './fields.ts';

const SHA256 = /^[0-9a-f]{64}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const describe = (input: unknown) =>
  input === undefined || input === null
    ? '空的'
    : typeof input === 'string'
      ? `「${input}」`
      : Array.isArray(input)
        ? '一个列表'
        : typeof input === 'object'
          ? '一组字段'
          : String(input);

export interface RecordContext {
  /** The folder the record sits in (editions/<folder>/): its year. */
  folder: string;
  /** Today's date in Beijing, YYYY-MM-DD: no erratum is made, and no edition frozen, after it. */
  today: string;
}

/** An object's own message when it is not an object at all; its unknown keys keep the checker's usual words. */
const shapeError = (message: string) => (iss: { code: string }) => (iss.code === 'invalid_type' ? message : undefined);

const isDay = (value: string) => {
  const m = DAY.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

/** A calendar day written YYYY-MM-DD, kept as text. */
function day(label: string) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? msg(`缺少「${label}」`, '按“年-月-日”填写，例如 2026-12-02')
          : msg(`「${label}」应写成“年-月-日”，现在是${describe(iss.input)}`, '例如 2026-12-02'),
    })
    .refine(isDay, {
      error: (iss) => msg(`「${label}」不是有效日期：${String(iss.input)}`, '按“年-月-日”填写真实存在的日期，例如 2026-12-02'),
    });
}

/** Text that YAML may also have read as a number (year: 2022): the number's digits. */
function digits(label: string, example: string) {
  return z
    .union([z.string(), z.number()], {
      error: (iss) =>
        iss.input === undefined
          ? msg(`缺少「${label}」`, `请补上，例如 "${example}"`)
          : msg(`「${label}」应为文字，现在是${describe(iss.input)}`, `例如 "${example}"`),
    })
    .transform((value) => String(value).trim())
    .pipe(z.string().min(1, { error: msg(`「${label}」不能为空`, `例如 "${example}"`) }));
}

const regenerate = (year: string) => `不要手改校验值：文件改好后运行 npm run edition -- ${year} --erratum "原因"`;

function hash(label: string, year: string) {
  return z
    .string({ error: (iss) => msg(`「${label}」应为 SHA-256 校验值，现在是${describe(iss.input)}`, regenerate(year)) })
    .regex(SHA256, { error: (iss) => msg(`「${label}」不是 SHA-256 校验值：${String(iss.input)}`, regenerate(year)) });
}

export function editionRecordSchema({ folder, today }: RecordContext) {
  const erratum = z.strictObject(
    {
      /** The day the correction was recorded. */
      date: day('勘误日期'),
      /** Why: shown to readers on the edition's pages. */
      reason: text('勘误原因', '更正第三条中的错别字'),
      /** The files corrected, relative to editions/<year>/. */
      files: list('勘误涉及的文件', text('文件', 'regulations.yaml')),
      /** SHA-256 of each of those files before this correction; null for a file the correction added. */
      before: z.record(z.string(), hash('改动前的校验值', folder).nullable(), {
        error: msg('缺少「before」（各文件改动前的校验值）', regenerate(folder)),
      }),
    },
    { error: shapeError(msg('一条勘误应为“字段: 值”的形式', '写 date、reason、files、before 四项')) },
  );

  return z
    .strictObject(
      {
        /** The edition's year: the name of its folder. */
        year: digits('年份', folder),
        /** The entry of content/revisions.yaml this edition is. */
        revision: digits('修订记录编号', folder),
        /** The day it was frozen. */
        frozen: day('冻结日期'),
        /** SHA-256 of every frozen file as it is now, by path relative to editions/<year>/. */
        files: z.record(z.string(), hash('校验值', folder), {
          error: msg('缺少「files」（各文件的校验值）', `不要手写：它由 npm run edition -- ${folder} 生成`),
        }),
        /** The corrections made since, oldest first. */
        errata: z.array(erratum, { error: msg('「errata」应为列表', '每条勘误以“- ”开头') }).default([]),
      },
      { error: shapeError(msg('冻结记录应为“字段: 值”的形式', `不要手写：它由 npm run edition -- ${folder} 生成`)) },
    )
    .superRefine((record, ctx) => {
      const problem = (path: PropertyKey[], problemText: string, fix: string) =>
        ctx.addIssue({ code: 'custom', path, message: msg(problemText, fix) });
      if (record.year !== folder) {
        problem(['year'], `年份应为 "${folder}"（与文件夹 editions/${folder}/ 同名），现在是 "${record.year}"`, `改成 year: "${folder}"`);
      }
      // A day already refused above is not compared again.
      if (isDay(record.frozen) && record.frozen > today) {
        problem(['frozen'], `冻结日期 ${record.frozen} 晚于今天（${today}）`, '改成冻结的那一天；若今天的日期不对，先校正这台电脑的时间');
      }
      const exists = (file: string) =>
        file in record.files || record.errata.some((e) => typeof e.before[file] === 'string');
      record.errata.forEach((e, i) => {
        const at = (...rest: PropertyKey[]) => ['errata', i, ...rest];
        if (!isDay(e.date) || !isDay(record.frozen)) {
          // refused above
        } else if (e.date < record.frozen) {
          problem(at('date'), `勘误日期 ${e.date} 早于本版冻结的日期 ${record.frozen}`, '改成记录勘误的那一天（不早于冻结日期）');
        } else if (e.date > today) {
          problem(at('date'), `勘误日期 ${e.date} 晚于今天（${today}）`, '改成记录勘误的那一天；若今天的日期不对，先校正这台电脑的时间');
        } else if (i > 0 && isDay(record.errata[i - 1]!.date) && e.date < record.errata[i - 1]!.date) {
          problem(at('date'), `勘误日期 ${e.date} 早于上一条勘误的 ${record.errata[i - 1]!.date}`, '勘误按记录的先后排列：核对日期');
        }
        e.files.forEach((file, j) => {
          if (!exists(file)) {
            problem(
              at('files', j),
              `勘误中的文件「${file}」不在 ${folder} 年版中`,
              `检查文件名（相对于 editions/${folder}/，如 guide/members/party-dues.mdx）；勘误只记录本版中改动过的文件`,
            );
            return;
          }
          if (!(file in e.before)) {
            problem(at('files', j), `勘误没有记录「${file}」改动前的校验值`, `勘误由 npm run edition -- ${folder} --erratum "原因" 记录，不要手写或手改`);
            return;
          }
          // After this correction the file is as the next correction found it, or as `files` has it now.
          const later = record.errata.slice(i + 1).find((next) => next.files.includes(file));
          const after = later && file in later.before ? later.before[file] : (record.files[file] ?? null);
          if (e.before[file] === after) {
            problem(
              at('files', j),
              `勘误中的「${file}」没有改动（改动前后的校验值相同）`,
              `从这条勘误的 files 和 before 中删去它；确有改动的，改好文件后运行 npm run edition -- ${folder} --erratum "原因"`,
            );
          }
        });
        for (const file of Object.keys(e.before)) {
          if (!e.files.includes(file)) {
            problem(at('before', file), `before 中的「${file}」不在这条勘误的 files 中`, `勘误由 npm run edition -- ${folder} --erratum "原因" 记录，不要手改`);
          }
        }
      });
    });
}

export type EditionRecord = z.output<ReturnType<typeof editionRecordSchema>>;
export type Erratum = EditionRecord['errata'][number];
