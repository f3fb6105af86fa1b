/** /search/vocabulary.json: how the search reads a question (src/data/search.ts), loaded with the index. */
import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../../data/search.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchVocabulary()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
