/**
 * What a reader sees, word by word. Words of the drafting process (how the text was researched, what still has to
 * be checked) never reach a reader's page: a reader sees the document's real name (关区经验材料) or nothing. What truly cannot be verified is
 * phrased for the reader as “以原文为准” and tracked for editors in a source comment (YAML `#`, MDX `{/* … *\/}`),
 * which this check does not read.
 */

/** Longest first, so a hit is reported by its fullest form. */
export const DRAFTING_WORDS = [
  '种子材料',
  '撰稿人',
  '撰写者',
  '尚待核实',
  '有待核实',
  '条文序号待',
  '核对说明',
  '待核对',
  '待核实',
  '待复核',
  '未核对',
  '未核实',
  '未检到',
  '种子',
  '撰稿',
] as const;

const PATTERN = new RegExp(DRAFTING_WORDS.join('|'), 'g');

/** The drafting words in a piece of reader-visible text, each once, in order of appearance. */
export function findDraftingWords(text: string): string[] {
  return [...new Set(text.match(PATTERN) ?? [])];
}

export const DRAFTING_FIX =
  '读者页面不写起草过程：提到经验材料写“关区经验材料”，无法核实的写“以原文为准”，给编辑的说明写成注释（YAML 用 #，MDX 正文用 {/* … */}）';

/** Names the site spells one way: the district committee and the organ committee. */
export const TERMS: readonly { pattern: RegExp; wrong: string; right: string }[] = [
  // Not 机关党委, 海关党委 (the seed's document titles), 有关党委 or 相关党委.
  { pattern: /(?<![机海有相])关党委/, wrong: '关党委', right: '关区党委' },
  { pattern: /海关机关委员会/, wrong: '海关机关委员会', right: '海关直属机关委员会（全称“中共××海关直属机关委员会”）' },
];

/** Names written another way than the site's one spelling. */
export function findTermProblems(text: string): { wrong: string; right: string }[] {
  return TERMS.filter((t) => t.pattern.test(text)).map(({ wrong, right }) => ({ wrong, right }));
}

/** Everything wrong with one piece of reader-visible text, as problem and fix: the one wording both checks use. */
export function readerTextProblems(text: string): { problem: string; fix: string }[] {
  const words = findDraftingWords(text);
  return [
    ...(words.length ? [{ problem: `读者能看到的文字中有起草用语「${words.join('」「')}」`, fix: DRAFTING_FIX }] : []),
    ...findTermProblems(text).map((t) => ({
      problem: `名称写法不统一：「${t.wrong}」`,
      fix: `全站统一写作「${t.right}」`,
    })),
  ];
}
