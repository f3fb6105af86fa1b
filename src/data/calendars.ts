/** Calendars of bulletin deadlines: the whole site's and each post's. */
import { bulletinEvents } from '../lib/bulletin-calendar.ts';
import { calendar } from '../lib/ics.ts';
import { concernsPost } from '../lib/roles.ts';
import { routes } from '../lib/routes.ts';
import { withBase } from '../lib/urls.ts';
import { getBulletins } from './entries.ts';

/** Absolute page address when the build knows the site's address (SITE_URL), else none. */
const absolute = (path: string) => {
  const site = import.meta.env.SITE;
  return site ? new URL(withBase(path), site).href : undefined;
};

async function bulletinsForCalendar() {
  return (await getBulletins()).map((b) => ({ id: b.id, ...b.data }));
}

export async function siteCalendar(): Promise<string> {
  return calendar(
    '重点工作提示单 · 工作时限',
    bulletinEvents(await bulletinsForCalendar(), (id) => absolute(routes.bulletin(id))),
  );
}

export async function postCalendar(postId: string, postName: string): Promise<string> {
  return calendar(
    `${postName} · 工作时限`,
    bulletinEvents(
      await bulletinsForCalendar(),
      (id) => absolute(routes.bulletin(id)),
      (audience) => concernsPost(audience, postId),
    ),
  );
}
