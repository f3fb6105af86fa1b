/** /bulletins/calendar.ics: every task deadline of every bulletin, for calendar clients to subscribe to. */
import type { APIRoute } from 'astro';
import { getBulletinsCalendar } from '../../data/bulletins.ts';

export const GET: APIRoute = async () =>
  new Response(await getBulletinsCalendar(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
