/** "Did you mean" for an id that does not exist: the nearest existing id, or a sample of those there are. */
import { lookalikes } from '../../content-source/characters.ts';

/** Edit distance between two words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};

/**
 * The likeliest intended id: one within a third of the word's length in edits (a typo), or else the one sharing
 * the longest prefix of at least two thirds of the word (a shortened or half-remembered id).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { id: string; d: number } | undefined;
  for (const id of candidates) {
    const d = editDistance(word, id);
    if (d <= limit && (!best || d < best.d)) best = { id, d };
  }
  if (best) return best.id;
  const byPrefix = candidates
    .map((id) => ({ id, n: commonPrefix(word, id) }))
    .filter((c) => c.n >= (word.length * 2) / 3)
    .sort((a, b) => b.n - a.n);
  return byPrefix.length === 1 || (byPrefix[0] && byPrefix[0].n > (byPrefix[1]?.n ?? 0)) ? byPrefix[0]?.id : undefined;
}

/** The fix for an unknown id: the closest existing id if one is near, otherwise a sample of those that exist. */
export function suggestId(wrong: string, ids: Iterable<string> | undefined): string {
  const all = [...(ids ?? [])].sort();
  if (!all.length) return '该类内容还没有任何条目，请先添加';
  // An id that looks right but is not (a Cyrillic о, a full-width letter, a zero-width space): say so, or the
  // suggestion would read the same as what the editor wrote.
  const look = lookalikes(wrong);
  if (look) {
    const meant = look.meant && all.includes(look.meant) ? `，应为「${look.meant}」` : '';
    return `编号中${look.explained}${meant}：用英文输入法重新输入这个编号`;
  }
  const near = closest(wrong, all);
  if (near) return `是否应为「${near}」？`;
  return `检查拼写，或先添加该条目；现有编号：${all.slice(0, 8).join('、')}${all.length > 8 ? ' 等' : ''}`;
}
