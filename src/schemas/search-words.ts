import { z } from 'astro/zod';
import { list, msg, oneOf, text } from './fields.ts';
import { ANSWER_KINDS } from '../lib/search-question.ts';

/**
 * A reader's way of saying something: a word or short phrase as typed into the search box, without punctuation or
 * spaces (the search breaks a question at them, so a word containing one could never be matched).
 */
export const readerWord = () =>
  text('读者的说法', '入党').refine((v) => !/[\s\p{P}\p{S}]/u.test(v.normalize('NFKC')), {
    error: msg('「读者的说法」不能含空格或标点', '一个说法写一项，例如 [入党, 申请入党]'),
  });

/** `readerWords` of a procedure or template: what readers call it, so that their words find it first. */
export const readerWordsField = () => list('读者的说法', readerWord()).optional();

/** content/search/words.yaml: the question words search ignores, and readers' words for the site's words. */
export const searchWordsSchema = () =>
  z.strictObject({
    /** 问句用语: words of a question that never block a match (怎么办, 如何, 吗). */
    ignore: list('问句用语', readerWord()),
    words: list(
      '读者用语',
      z
        .strictObject({
          /** 网站用语: the word the pages use, searched for when a reader types one of readerWords. */
          term: text('网站用语', '离退休').optional(),
          /** 所问内容: what these words ask for; the search shows the facts of that kind above the results. */
          kind: oneOf('所问内容', ANSWER_KINDS).optional(),
          readerWords: list('读者的说法', readerWord()),
        })
        .refine((w) => w.term !== undefined || w.kind !== undefined, {
          error: msg('这一项既没有 term 也没有 kind', '写上网站用语 term（页面里用的词），或所问内容 kind（时限、数量、表格）'),
        }),
    ),
  });

export type SearchWordsData = z.output<ReturnType<typeof searchWordsSchema>>;
