/**
 * The one section table: every top-level address prefix with its pillar (for the header), its 栏目 label (for the
 * search filter and the no-JS page index) and its place in their order. A new top-level route gets one row here.
 */
import { routes } from './routes.ts';

/** The five pillars of the mechanism (navigation.ts has their labels), in the seed's order. */
export type PillarId = 'duties' | 'guide' | 'bulletins' | 'publicity' | 'rectification';

export interface Section {
  /** Base-less address prefix, from routes.ts. */
  prefix: string;
  /** The 栏目 a reader filters search by and the page index groups by. */
  label: string;
  /** The header pillar it belongs to; the help pages belong to none. */
  pillar?: PillarId;
}

/** In reading order: the order of the search chips and the page index groups. */
export const SECTIONS: readonly Section[] = [
  { prefix: routes.duties(), label: '责任清单', pillar: 'duties' },
  { prefix: routes.roles(), label: '责任清单', pillar: 'duties' },
  { prefix: routes.guide(), label: '工作指引', pillar: 'guide' },
  { prefix: routes.changelog(), label: '工作指引', pillar: 'guide' },
  { prefix: routes.editions(), label: '工作指引', pillar: 'guide' },
  { prefix: routes.flowcharts(), label: '流程图', pillar: 'guide' },
  { prefix: routes.templates(), label: '文书模板', pillar: 'guide' },
  { prefix: routes.regulations(), label: '制度文件', pillar: 'guide' },
  { prefix: routes.bulletins(), label: '提示单', pillar: 'bulletins' },
  { prefix: routes.publicity(), label: '党建宣传', pillar: 'publicity' },
  { prefix: routes.rectification(), label: '双面清单', pillar: 'rectification' },
  { prefix: routes.units(), label: '双面清单', pillar: 'rectification' },
  { prefix: routes.cases(), label: '典型案例', pillar: 'rectification' },
  { prefix: routes.tools(), label: '工作工具' },
  { prefix: routes.contribute(), label: '帮助' },
  { prefix: routes.itOffice(), label: '帮助' },
];

/** The section of a base-less page address, by its first segment; the home, search and 404 pages have none. */
export function sectionOf(path: string): Section | undefined {
  const first = `/${path.split('/').filter(Boolean)[0] ?? ''}/`;
  return SECTIONS.find((s) => s.prefix === first);
}

/** The 栏目 labels in order, each once. */
export const SECTION_LABELS: readonly string[] = [...new Set(SECTIONS.map((s) => s.label))];

/** The 栏目 of a top-level address prefix (from routes.ts), for code that treats one 栏目 apart. */
export function sectionLabel(prefix: string): string {
  const section = SECTIONS.find((s) => s.prefix === prefix);
  if (!section) throw new Error(`${prefix} is not a section prefix of SECTIONS`);
  return section.label;
}
