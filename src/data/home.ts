/** The home page: the mechanism at a glance, the seed's figures, the newest bulletin (by its month) and cases. */
import { DUTY_LISTS, SEED_COUNTS, SEED_FIGURES } from '../schemas/seed-facts.ts';
import { newestLabel } from './bulletins.ts';
import { getBulletins, getCases, getSeries } from './entries.ts';
import { getSiteInfo } from './site-info.ts';

export async function getHomePage() {
  const dutyItems = DUTY_LISTS.reduce((n, list) => n + list.count, 0);
  const pillarFigures: Record<string, string> = {
    duties: `${DUTY_LISTS.length} 份清单 ${dutyItems} 条责任`,
    guide: `${SEED_COUNTS.procedures.count} 个程序 · ${SEED_COUNTS.flowcharts.count} 个流程图 · ${SEED_COUNTS.templates.count} 个模板`,
    bulletins: `截至${SEED_FIGURES.asOf}已印发 ${SEED_FIGURES.bulletinsIssued} 期`,
    publicity: `“${SEED_FIGURES.platforms}平台”宣传矩阵 · ${SEED_FIGURES.keyActivities} 项重点文化活动`,
    rectification: `${SEED_COUNTS.problems.count} 个问题 ${SEED_COUNTS.measures.count} 条措施 · ${SEED_COUNTS.series.count} 个案例系列`,
  };
  const [latest] = await getBulletins();
  return {
    site: await getSiteInfo(),
    latest,
    latestLabel: latest ? newestLabel(latest) : '',
    cases: (await getCases()).slice(0, 3),
    series: new Map((await getSeries()).map((s) => [s.id, s.data.title])),
    dutyItems,
    pillarFigures,
  };
}
