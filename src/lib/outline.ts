/**
 * What a procedure page shows before its steps: the on-page outline, and the one-line summaries the long facts
 * fold under, so a phone reader reaches the steps within a short scroll and still sees what each fold holds.
 */
import type { MarkdownHeading } from 'astro';

/** The outline lists sections and their subsections (levels 2 and 3); deeper headings would make it a second page. */
export function outlineItems(headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}

/** A folded fact's summary: its label and how many lines or files it holds, e.g. “时限要求（4条）”. */
export function foldSummary(label: string, count: number, unit: '条' | '个'): string {
  return `${label}（${count}${unit}）`;
}
