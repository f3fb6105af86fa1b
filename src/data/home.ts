/**
 * The view of the home page (/): the jobs readers come for most, the mechanism at a glance, the seed's figures, the newest
 * bulletin (by its month) and the newest cases.
 */
import { gridClass } from '../lib/grid.ts';
import { PILLARS } from '../lib/navigation.ts';
import { routes } from '../lib/routes.ts';
import { newestLabel } from '../lib/bulletin-name.ts';
import { DUTY_ITEMS, PILLAR_FIGURES, PILLAR_SUMMARIES } from '../lib/pillar-counts.ts';
import { SEED_COUNTS, SEED_FIGURES } from '../schemas/seed-facts.ts';
import { sheetAsOf, taskViews } from './queries/bulletins.ts';
import { editionChangesLink } from './queries/editions.ts';
import { getBulletins, getCases, getProcedures, getSeries } from './queries/entries.ts';
import { getSiteInfo } from './queries/site-info.ts';

/** The jobs branch secretaries look up most, each by the word they would say, and the procedure that covers it. */
export const COMMON_JOBS = [
  { label: '换届选举', procedure: 'branch-election' },
  { label: '党费', procedure: 'party-dues' },
  { label: '发展党员', procedure: 'member-recruitment' },
  { label: '组织生活会', procedure: 'organizational-life-meeting' },
  { label: '三会一课', procedure: 'three-meetings-one-lesson' },
  { label: '主题党日', procedure: 'theme-party-day' },
] as const;

export interface JobLink {
  label: string;
  /** The procedure's own title, e.g. 党支部换届选举. */
  title: string;
  href: string;
  templates: number;
}

/** The common jobs resolved to their procedure pages; a job whose procedure is gone stops the build. */
export async function commonJobs(): Promise<JobLink[]> {
  const procedures = new Map((await getProcedures()).map((p) => [p.id, p]));
  return COMMON_JOBS.map((job) => {
    const p = procedures.get(job.procedure);
    if (!p) throw new Error(`首页“${job.label}”指向的工作程序 ${job.procedure} 不存在 — 请在 src/data/home.ts 中改正`);
    return {
      label: job.label,
      title: p.data.title,
      href: routes.procedure(p.chapterId, p.id),
      templates: p.data.templates?.length ?? 0,
    };
  });
}

export async function getHomePage() {
  const [latest] = await getBulletins();
  const jobs = await commonJobs();
  const cases = (await getCases()).slice(0, 3);
  return {
    site: await getSiteInfo(),
    jobs,
    latest,
    latestLabel: latest ? newestLabel(latest.data) : '',
    latestAsOf: latest ? sheetAsOf(latest) : '',
    latestTasks: latest ? taskViews(latest.data.tasks) : [],
    /** The seed's figures are those of its date, not today's: the heading says so, not only a note under it. */
    figures: {
      heading: `工作成效（截至${SEED_FIGURES.asOf}）`,
      note: `以下数字出自关区经验材料，是截至${SEED_FIGURES.asOf}的情况，不是当前的统计。`,
    },
    /** What the edition in force changed, near the top: the footer's 修订记录 is eight screens down on a phone. */
    changes: await editionChangesLink(),
    cases,
    grids: {
      jobs: gridClass(jobs.length, { narrow: 2, medium: 3, wide: 6 }),
      pillars: gridClass(PILLARS.length, { narrow: 1, medium: 3, wide: 5 }),
      cases: gridClass(cases.length, { narrow: 1, medium: 3, wide: 3 }),
    },
    series: new Map((await getSeries()).map((s) => [s.id, s.data.title])),
    dutyItems: DUTY_ITEMS,
    pillarFigures: PILLAR_FIGURES,
    pillarSummaries: PILLAR_SUMMARIES,
    seedCounts: SEED_COUNTS,
    seedFigures: SEED_FIGURES,
  };
}
