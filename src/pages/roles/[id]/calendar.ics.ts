/** /roles/<post>/calendar.ics: the deadlines of bulletin tasks addressed to the post or its organisation. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { postCalendar } from '../../../data/calendars.ts';
import { POSTS } from '../../../schemas/seed-facts.ts';

export const getStaticPaths = (() =>
  POSTS.map((post) => ({ params: { id: post.id }, props: { post } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { post } = props as { post: (typeof POSTS)[number] };
  return new Response(await postCalendar(post.id, post.subject), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
