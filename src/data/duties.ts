/** The duty views: the 三级五岗 overview, each list, and the role portal of each post. */
import type { CollectionEntry } from 'astro:content';
import { concernsPost } from '../lib/roles.ts';
import { routes } from '../lib/routes.ts';
import { DUTY_ITEMS } from '../lib/pillar-counts.ts';
import type { DutyListFact } from '../schemas/seed-facts.ts';
import { newestLabel } from '../lib/bulletin-name.ts';
import { getBulletins, getDutyLists, getProcedures } from './entries.ts';
import { citationResolver, procedureLinks, templateLinks, type CitationLink, type PageLink } from './links.ts';

export interface DutyItemView {
  text: string;
  citations: CitationLink[];
  /** The procedures that carry the item out; an id the guide lacks stays as text. */
  procedures: (PageLink | { title: string; href?: undefined })[];
}

async function dutyItemsView(items: CollectionEntry<'duties'>['data']['items']): Promise<DutyItemView[]> {
  const cite = await citationResolver();
  const links = await procedureLinks();
  return items.map((item) => ({
    text: item.text,
    citations: cite(item.basis),
    procedures: (item.procedures ?? []).map((ref) => links.get(ref.id) ?? { title: ref.id }),
  }));
}

export async function getDutiesPage() {
  const lists = await getDutyLists();
  return { present: new Set(lists.map((l) => l.id)), lists, total: DUTY_ITEMS };
}

export const getDutyListPaths = async () =>
  (await getDutyLists()).map((list) => ({ params: { id: list.id }, props: { id: list.id } }));

export async function getDutyListPage(id: string) {
  const list = (await getDutyLists()).find((l) => l.id === id)!;
  return { list, items: await dutyItemsView(list.data.items), post: list.fact.kind === '岗位' };
}

/**
 * A post's portal: its own list, its organisation's, the procedures and templates it works with, and its tasks in the
 * newest bulletin, named by that bulletin's month.
 */
export async function getRolePage(post: DutyListFact) {
  const lists = await getDutyLists();
  const ownList = lists.find((l) => l.id === post.id);
  const orgList = lists.find((l) => l.id === post.organisation);
  const links = await procedureLinks();
  const own = (await getProcedures()).filter((p) => concernsPost(p.data.responsible, post.id));
  const procedures = own.map((p) => ({
    title: p.data.title,
    summary: p.data.summary,
    href: routes.procedure(p.chapterId, p.id),
  }));
  const templates = await templateLinks(
    [...new Set(own.flatMap((p) => (p.data.templates ?? []).map((t) => t.id)))].map((id) => ({ id })),
  );
  const [latest] = await getBulletins();
  // The branch tools: the self-check is the branch's own (对照清单找问题); timelines for the post's procedures.
  const tools = [
    ...(post.level === '党支部'
      ? [
          {
            title: '党建工作自查',
            href: routes.selfCheck(),
            summary: '对照共性问题和工作标准逐项自查，导出自查情况报告',
          },
        ]
      : []),
    ...own
      .filter((p) => p.data.timeline)
      .map((p) => ({
        title: `${p.data.title}：时间推算`,
        href: routes.timeline(p.id),
        summary: '填入已知日期，算出各节点的最早、最迟日期',
      })),
  ];
  return {
    tools,
    ownList,
    ownItems: ownList ? await dutyItemsView(ownList.data.items) : [],
    orgList,
    procedures,
    templates,
    rhythm: (ownList?.data.rhythm ?? []).map((r) => ({
      when: r.when,
      what: r.what,
      procedure: r.procedure ? links.get(r.procedure.id) : undefined,
    })),
    latest,
    latestLabel: latest ? newestLabel(latest.data) : '',
    tasks: latest ? latest.data.tasks.filter((t) => concernsPost(t.audience, post.id)) : [],
  };
}
