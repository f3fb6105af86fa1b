/**
 * The views of /roles/: the list of posts, each post's portal (its own list, its organisation's, the procedures and
 * templates it works with, its tasks in the newest bulletin) and the calendar of the deadlines addressed to it.
 */
import { bulletinEvents } from '../lib/bulletin-calendar.ts';
import { bulletinName, newestLabel } from '../lib/bulletin-name.ts';
import { dutyListOwner } from '../lib/duty-lists.ts';
import { calendar } from '../lib/ics.ts';
import { concernsPost } from '../lib/roles.ts';
import { routes } from '../lib/routes.ts';
import { POSTS, type DutyListFact } from '../schemas/seed-facts.ts';
import { taskViews } from './queries/bulletins.ts';
import { absolute, bulletinsForCalendar } from './queries/calendars.ts';
import { dutyItemsView } from './queries/duty-items.ts';
import { getBulletins, getDutyLists, getProcedures } from './queries/entries.ts';
import { procedureLinks, templateLinks } from './queries/links.ts';

/** Every post, with the organisation it belongs to. */
export function getRolesPage() {
  return {
    posts: POSTS.map((post) => ({
      ...post,
      organisationName: post.organisation ? dutyListOwner(post.organisation) : undefined,
    })),
  };
}

export const getRolePaths = () => POSTS.map((post) => ({ params: { id: post.id }, props: { post } }));

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
    latestName: latest ? bulletinName(latest.data, 'short') : '',
    tasks: taskViews(latest ? latest.data.tasks.filter((t) => concernsPost(t.audience, post.id)) : []),
  };
}

/** /roles/<post>/calendar.ics: the deadlines of bulletin tasks addressed to the post or its organisation. */
export async function getRoleCalendar(post: DutyListFact): Promise<string> {
  return calendar(
    `${post.subject} · 工作时限`,
    bulletinEvents(
      await bulletinsForCalendar(),
      (id) => absolute(routes.bulletin(id)),
      (audience) => concernsPost(audience, post.id),
    ),
  );
}
