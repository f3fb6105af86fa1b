/**
 * How much each of the five pillars holds, in the seed's numbers (src/schemas/seed-facts.ts, the one place they are
 * written): the pillars' one-line summaries (header and search) and the home page's figure under each pillar are
 * worded here from those facts, never with a number of their own.
 */
import { DUTY_LISTS, SEED_COUNTS, SEED_FIGURES } from '../schemas/seed-facts.ts';
import type { PillarId } from './sections.ts';

const count = (name: keyof typeof SEED_COUNTS) => SEED_COUNTS[name].count;
/** The items of all nine duty lists together, as the lists' counts add up. */
export const DUTY_ITEMS = DUTY_LISTS.reduce((n, list) => n + list.count, 0);

/** What a pillar holds, one line (under each pillar on the home page, and found by search). */
export const PILLAR_SUMMARIES: Readonly<Record<PillarId, string>> = {
  duties: '党委、机关党委、党支部三级和五个岗位的责任清单，明责任、细责任、问尽责。',
  guide: `${count('chapters')}个方面、${count('procedures')}个工作程序和工作标准，${count('flowcharts')}个流程图，${count('templates')}个文书模板，制度文件目录。`,
  bulletins: '每月“一张单子”：重要工作提示、重要情况通报、学习内容提醒。',
  publicity: `“${SEED_FIGURES.platforms}平台”宣传矩阵、重点文化活动和人物宣传。`,
  rectification: '共性问题整改台账、个性问题清单和典型案例展示。',
};

/** The home page's figure under each pillar. */
export const PILLAR_FIGURES: Readonly<Record<PillarId, string>> = {
  duties: `${DUTY_LISTS.length} 份清单 ${DUTY_ITEMS} 条责任`,
  guide: `${count('procedures')} 个程序 · ${count('flowcharts')} 个流程图 · ${count('templates')} 个模板`,
  bulletins: `截至${SEED_FIGURES.asOf}已印发 ${SEED_FIGURES.bulletinsIssued} 期`,
  publicity: `“${SEED_FIGURES.platforms}平台”宣传矩阵 · ${SEED_FIGURES.keyActivities} 项重点文化活动`,
  rectification: `${count('problems')} 个问题 ${count('measures')} 条措施 · ${count('series')} 个案例系列`,
};
