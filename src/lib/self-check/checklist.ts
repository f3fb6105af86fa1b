/**
 * What a branch checks itself against: the common problems of the ledger and each procedure's 工作标准, in groups
 * under the guideline's six chapters. Saved answers are keyed by an item's id, so the id must survive edits that
 * do not change the item: a problem keeps its ledger id (p01); a standard is named by its procedure and a hash of
 * its text, so adding, removing or reordering other standards leaves its answer where it was.
 */

export interface CheckItem {
  /** Key of the saved answer: `p01`, or `<procedure>-<hash of the text>`. */
  id: string;
  /** 问题1 for a problem, the standard's number (1, 2, …) within its procedure. */
  label: string;
  text: string;
  /** Illustrative material (the ledger's problems are 示例). */
  example: boolean;
}

export interface CheckGroup {
  /** The section's id on the page. */
  id: string;
  kind: 'problems' | 'standards';
  /** 共性问题, or the procedure's title. */
  title: string;
  chapter: { order: number; title: string };
  items: CheckItem[];
}

export const PROBLEMS_TITLE = '共性问题';

/** FNV-1a over the text's UTF-16 units, in base 36: short, stable, no crypto API needed in the browser. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Ids of a procedure's standards, in order. Whitespace does not count; a standard written twice word for word
 * gets `-2` on its second id rather than sharing the first one's answer.
 */
export function standardItemIds(procedureId: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = `${procedureId}-${hashText(text.replace(/\s+/g, ''))}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

/** The chapters of a list in their order, each with its groups in page order. */
export function byChapter<G extends CheckGroup>(groups: readonly G[]): { title: string; groups: G[] }[] {
  const chapters = new Map<number, { title: string; groups: G[] }>();
  for (const group of groups) {
    const chapter = chapters.get(group.chapter.order) ?? { title: group.chapter.title, groups: [] };
    chapter.groups.push(group);
    chapters.set(group.chapter.order, chapter);
  }
  return [...chapters.entries()].sort(([a], [b]) => a - b).map(([, chapter]) => chapter);
}
