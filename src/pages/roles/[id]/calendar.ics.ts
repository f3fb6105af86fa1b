/** /roles/<post>/calendar.ics: the deadlines of bulletin tasks addressed to the post or its organisation. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoleCalendar, getRolePaths } from '../../../data/roles.ts';

export const getStaticPaths = getRolePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { post } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  return new Response(await getRoleCalendar(post), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
