/**
 * The years between two editions in which the guideline was not revised. The guideline is revised as the Party's
 * rules and the work require, not on a fixed yearly round, so a year with no edition is said in words (2025年未修订，
 * 沿用2024 年版) rather than left for the reader to wonder whether it is missing from the site.
 */

export interface DatedEdition {
  /** The year the edition was revised in. */
  year: number;
  /** Its title, e.g. 2024 年版. */
  title: string;
}

/** For each edition (oldest first), the sentence about the years since the one before it; '' when none passed. */
export function yearsWithoutEdition(editions: readonly DatedEdition[]): string[] {
  return editions.map((edition, i) => {
    const before = editions[i - 1];
    if (!before || edition.year - before.year < 2) return '';
    const first = before.year + 1;
    const last = edition.year - 1;
    const years = first === last ? `${first}年` : `${first}年至${last}年`;
    return `${years}指引未修订，沿用${before.title}。`;
  });
}
