import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { integer, list, msg, paragraph, slug, text } from './fields.ts';

/** A positive number with at most two decimals (元 to the 分, a rate to 0.01%), never above `max`. */
function decimal(label: string, example: string, max: number) {
  return z
    .number({
      error: (iss) =>
        iss.input === undefined
          ? msg(`缺少「${label}」`, `请补上，例如 ${example}`)
          : msg(`「${label}」应为数字`, `写数字，不加引号、单位和百分号，例如 ${example}`),
    })
    .refine((v) => v > 0, { error: msg(`「${label}」须大于0`, `写正数，例如 ${example}`) })
    .refine((v) => v <= max, { error: msg(`「${label}」不能大于 ${max}`, `核对数字，例如 ${example}`) })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      error: msg(`「${label}」最多两位小数`, `例如 ${example}`),
    })
    .meta({ title: label, examples: [Number(example)] });
}

const sourceFields = (ctx: SchemaContext) => ({
  /** The regulation that sets it (party-dues-regulation) … */
  regulation: ctx.reference('regulations').meta({ title: '制度文件' }),
  /** … and its article(s), as checked against the full text: 第二条, 第一条、第二条. */
  articles: text('条款', '第二条'),
});

const bracketSchema = z.strictObject({
  /** Income over this many 元 (not included: “3000元以上”); left out for the first bracket. */
  from: decimal('起点', '3000', 10_000_000).optional(),
  /** Income up to this many 元, included (“至5000元（含）”); left out for the last bracket. */
  upTo: decimal('上限', '5000', 10_000_000).optional(),
  /** The rate in percent, without the sign: 1.5 for 1.5%. */
  rate: decimal('比例', '1.5', 100),
});

const categorySchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 类别编号, stable (a reader's saved records name it). */
    id: slug('类别编号'),
    /** 党员类别 as the page and the tool name it: 在职党员. */
    label: text('党员类别', '在职党员'),
    /** 计算基数: what the rate is applied to. */
    base: text('计算基数', '每月工资总额中相对固定的、经常性的工资收入（税后）').optional(),
    /** 分档比例, from the lowest income up. */
    brackets: list('分档比例', bracketSchema).optional(),
    /** Or the id of a category whose brackets apply (年薪制: employed). */
    bracketsOf: slug('参照类别').optional(),
    /** The base is the monthly average of this many months (上季度: 3). */
    averageMonths: integer('平均月数', 2, 12).optional(),
    /** Or a fixed monthly amount in 元 (学生党员 0.2) … */
    amount: decimal('每月金额', '0.2', 1000).optional(),
    /** … up to this amount (农民党员 0.2 至 1). */
    amountUpTo: decimal('每月金额上限', '1', 1000).optional(),
    ...sourceFields(ctx),
  });

const ruleSchema = (ctx: SchemaContext, example: string) =>
  z.strictObject({
    /** The regulation's words. */
    rule: paragraph('规定原文', example),
    ...sourceFields(ctx),
  });

/** 元 or % as the messages write a bracket's ends. */
const money = (n: number | undefined) => `${n}元`;

/**
 * 党费交纳标准: the categories of members with their brackets or fixed amounts, and the rules beside them
 * (少交免交、预备党员、工资变化、自愿多交、补交), each with its article. The procedure page's 交纳标准 table, the
 * handbook and the 党费计算 tool are made from it (src/lib/dues/). Checked here so that no income falls in no
 * bracket or in two.
 */
export const duesSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      categories: list('党员类别', categorySchema(ctx)),
      reduction: ruleSchema(ctx, '交纳党费确有困难的党员，经党支部研究，报上一级党委批准后，可以少交或免交党费。').meta({
        title: '少交免交',
      }),
      probationary: ruleSchema(ctx, '预备党员从支部大会通过其为预备党员之日起交纳党费。').meta({ title: '预备党员' }),
      salaryChange: ruleSchema(ctx, '党员工资收入发生变化后，从按新工资标准领取工资的当月起……').meta({ title: '工资变化' }),
      voluntary: ruleSchema(ctx, '党员自愿多交党费不限。自愿一次多交纳1000元以上的党费，全部上缴中央。').extend({
        /** 元: one voluntary payment of this much or more goes wholly to the centre. */
        centralFrom: decimal('上缴中央的起点', '1000', 1_000_000),
      })
        .meta({ title: '自愿多交' }),
      backPay: ruleSchema(ctx, '补交党费的时间一般不得超过6个月。').extend({
        /** 补交 at most this many months. */
        maxMonths: integer('补交月数上限', 1, 24),
      })
        .meta({ title: '补交' }),
      /** 计算示例 the page works out: a category's id and a monthly income in 元. */
      examples: z
        .array(z.strictObject({ category: slug('类别编号'), income: decimal('月收入', '6800', 10_000_000) }))
        .meta({ title: '计算示例' })
        .optional(),
    })
    .superRefine((dues, issues) => {
      const problem = (path: (string | number)[], problemText: string, fix: string) =>
        issues.addIssue({ code: 'custom', path, message: msg(problemText, fix) });
      const ids = dues.categories.map((c) => c.id);
      dues.categories.forEach((c, i) => {
        const at = (...rest: (string | number)[]) => ['categories', i, ...rest];
        if (ids.indexOf(c.id) !== i) problem(at('id'), `类别编号「${c.id}」重复`, '每个类别用不同的编号');
        const kinds = [c.brackets, c.bracketsOf, c.amount].filter((k) => k !== undefined).length;
        if (kinds !== 1)
          problem(
            at(),
            `「${c.label}」须写明怎样交纳，且只写一种`,
            '写 brackets（分档比例），或 bracketsOf（参照哪个类别的分档），或 amount（每月固定金额）',
          );
        if (c.amountUpTo !== undefined && (c.amount === undefined || c.amountUpTo < c.amount))
          problem(at('amountUpTo'), '「每月金额上限」须不小于「每月金额」', '例如 amount: 0.2 和 amountUpTo: 1');
        if ((c.brackets || c.bracketsOf) && !c.base)
          problem(at(), `「${c.label}」按比例交纳，却没有写计算基数`, '补上 base，例如 base: 每月工资总额中相对固定的、经常性的工资收入（税后）');
        if (c.averageMonths !== undefined && c.amount !== undefined)
          problem(at('averageMonths'), '固定金额的类别不取平均月数', '删去 averageMonths');
        if (c.bracketsOf !== undefined) {
          const other = dues.categories.find((o) => o.id === c.bracketsOf);
          if (!other?.brackets)
            problem(
              at('bracketsOf'),
              `「${c.bracketsOf}」不是本表中写了分档比例的类别`,
              `改成以下之一：${dues.categories.filter((o) => o.brackets).map((o) => o.id).join('、') || '（先给某个类别写 brackets）'}`,
            );
        }
        c.brackets?.forEach((b, j) => {
          const here = (field?: string) => (field ? at('brackets', j, field) : at('brackets', j));
          const last = j === c.brackets!.length - 1;
          const prev = c.brackets![j - 1];
          if (j === 0 && b.from !== undefined)
            problem(here('from'), '第一档不写起点', `删去 from：第一档是“${money(b.upTo)}以下（含）”`);
          if (j > 0 && b.from === undefined)
            problem(here(), `第${j + 1}档缺少起点`, `写 from: ${prev?.upTo ?? '上一档的上限'}（与上一档的上限相同）`);
          if (!last && b.upTo === undefined)
            problem(here(), `第${j + 1}档缺少上限，只有最后一档可以不写`, '写 upTo（含本数的上限），或把它移到最后');
          if (last && b.upTo !== undefined)
            problem(here('upTo'), '最后一档不写上限', `删去 upTo：最后一档是“${money(b.from)}以上”`);
          if (b.from !== undefined && b.upTo !== undefined && b.upTo <= b.from)
            problem(here('upTo'), `第${j + 1}档的上限${money(b.upTo)}不大于起点${money(b.from)}`, '上限须大于起点');
          if (prev?.upTo !== undefined && b.from !== undefined && b.from !== prev.upTo) {
            const [lo, hi] = [Math.min(b.from, prev.upTo), Math.max(b.from, prev.upTo)];
            problem(
              here('from'),
              b.from > prev.upTo
                ? `第${j}档到${money(prev.upTo)}为止，第${j + 1}档从${money(b.from)}以上开始：${lo}元以上至${hi}元之间的收入不在任何一档`
                : `第${j}档到${money(prev.upTo)}为止，第${j + 1}档却从${money(b.from)}以上开始：${lo}元以上至${hi}元之间的收入落在两档中`,
              `把 from 改成 ${prev.upTo}，与上一档的上限相同`,
            );
          }
          if (prev && b.rate <= prev.rate)
            problem(here('rate'), `第${j + 1}档的比例${b.rate}%不高于上一档的${prev.rate}%`, '收入越高的档次比例越高：核对各档的比例');
        });
      });
      dues.examples?.forEach((e, i) => {
        const c = dues.categories.find((o) => o.id === e.category);
        if (!c) problem(['examples', i, 'category'], `计算示例的类别「${e.category}」不在 categories 中`, `改成以下之一：${ids.join('、')}`);
        else if (c.amount !== undefined)
          problem(['examples', i, 'category'], `「${c.label}」按固定金额交纳，不用计算示例`, '改用按比例交纳的类别');
      });
    });
