/**
 * search/vocabulary.json, which the search loads with its index: the site's words for cutting a question, the
 * readers' words (content/search/words.yaml and each procedure's and template's `readerWords`) and the facts the
 * site holds as data (the basis notes' time limits and numbers, the 时限要求 lines), each with its source and page.
 */
import { getCollection } from 'astro:content';
import { duesFacts, duesStandard, type DuesData } from '../lib/dues/content.ts';
import { routes } from '../lib/routes.ts';
import { factKinds, type Fact, type Vocabulary } from '../lib/search-question.ts';
import { factOfLine, factsOfNote, siteWords } from '../lib/search-vocabulary.ts';
import { getProcedures, getTemplates } from './entries.ts';
import { regulationNames } from './links.ts';
import { deadlineLines } from './timelines.ts';

/** The current content's collections whose words a reader may type (the past editions' are not searched by default). */
const TEXT_COLLECTIONS = [
  'duties',
  'chapters',
  'procedures',
  'flowcharts',
  'templates',
  'regulations',
  'bulletins',
  'rectification',
  'units',
  'series',
  'cases',
  'publicity',
] as const;

export async function getSearchVocabulary(): Promise<Vocabulary> {
  const [words] = await getCollection('searchWords');
  const procedures = await getProcedures();
  const templates = await getTemplates();
  const names = await regulationNames(undefined);

  const readerWords: Vocabulary['readerWords'] = {};
  for (const w of words?.data.words ?? []) {
    for (const said of w.readerWords)
      readerWords[said] = { terms: w.term ? [w.term] : [], ...(w.kind ? { kind: w.kind } : {}) };
  }
  const pageWords: Vocabulary['pageWords'] = {};
  const named = [
    ...procedures.map((p) => ({
      href: routes.procedure(p.chapterId, p.id),
      title: p.data.title,
      said: p.data.readerWords,
    })),
    ...templates.map((t) => ({ href: routes.template(t.id), title: t.data.title, said: t.data.readerWords })),
  ];
  for (const page of named) {
    for (const said of page.said ?? []) (pageWords[said] ??= []).push({ href: page.href, terms: [page.title] });
  }

  const facts: Fact[] = [];
  for (const p of procedures) {
    const page = { href: routes.procedure(p.chapterId, p.id), title: p.data.title };
    for (const b of p.data.basis) {
      if (!b.note) continue;
      const name = names.get(b.regulation.id)?.title ?? b.regulation.id;
      facts.push(...factsOfNote(b.note, { ...page, source: `《${name}》${b.articles ?? ''}` }));
    }
    for (const line of await deadlineLines(p, undefined)) facts.push(...factOfLine(line, page));
    if (p.data.dues) {
      for (const f of duesFacts(duesStandard(p.data.dues as DuesData))) {
        const kinds = factKinds(f.text);
        const name = names.get(f.regulation)?.title ?? f.regulation;
        if (kinds.length) facts.push({ ...page, text: f.text, source: `《${name}》${f.articles}`, kinds });
      }
    }
  }

  const texts: string[] = [];
  for (const name of TEXT_COLLECTIONS) {
    for (const e of await getCollection(name)) texts.push(JSON.stringify(e.data), e.body ?? '');
  }
  return {
    // The site's own words only: the readers' words join the dictionary in the browser (dictionaryOf), and whether a
    // reader's word is also searched as written depends on the site using it.
    words: siteWords(texts),
    ignore: words?.data.ignore ?? [],
    readerWords,
    pageWords,
    facts,
  };
}
