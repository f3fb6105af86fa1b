/** What the bulletins' calendars (the whole site's and each post's) are made from. */
import { withBase } from '../../lib/urls.ts';
import { getBulletins } from './entries.ts';

/** Absolute page address when the build knows the site's address (SITE_URL), else none. */
export const absolute = (path: string) => {
  const site = import.meta.env.SITE;
  return site ? new URL(withBase(path), site).href : undefined;
};

export async function bulletinsForCalendar() {
  return (await getBulletins()).map((b) => ({ id: b.id, ...b.data }));
}
