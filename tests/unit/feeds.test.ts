/**
 * RSS from editors' text, as a feed reader gets it: the XML parses strictly, a title reads exactly as the editor
 * wrote it, and a description (which readers render as HTML) shows the editor's words and builds none of their
 * markup.
 */
import { getRssString } from '@astrojs/rss';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { feedChannel, feedItem } from '../../src/lib/feeds.ts';
import { plainText } from '../../src/lib/plain-text.ts';
import { EVERYTHING, MARKUP } from '../support/hostile-text.ts';
import { elementsNamed, parseXml, textOf, type XmlElement } from '../support/xml.ts';

const feedOf = async (entries: { title: string; description: string; category?: string }[]) =>
  parseXml(
    await getRssString({
      ...feedChannel({ title: entries[0]!.title, description: entries[0]!.description }),
      site: 'http://intranet.example/',
      customData: '<language>zh-cn</language>',
      items: entries.map((e, i) =>
        feedItem({
          title: e.title,
          description: e.description,
          link: `/djzy/cases/c${i}/`,
          pubDate: new Date('2022-07-01T00:00:00Z'),
          ...(e.category ? { categories: [e.category] } : {}),
        }),
      ),
    }),
  );

const child = (element: XmlElement, name: string) => textOf(elementsNamed(element, name)[0]!);

/** What a feed reader shows for an element it renders as HTML, and the elements it would build. */
function asHtml(html: string) {
  const div = new Window().document.createElement('div');
  div.innerHTML = html;
  return { text: div.textContent, elements: [...div.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()) };
}

describe('RSS items', () => {
  it.each(MARKUP)('%s reaches the reader as the same text', async (text) => {
    const feed = await feedOf([{ title: text, description: text, category: text }]);
    const [channel] = elementsNamed(feed, 'channel');
    const [item] = elementsNamed(feed, 'item');
    expect(textOf(elementsNamed(channel!, 'title')[0]!)).toBe(text);
    expect(child(item!, 'title')).toBe(text);
    expect(child(item!, 'category')).toBe(text);
    expect(asHtml(child(item!, 'description'))).toEqual({ text, elements: [] });
    expect(elementsNamed(feed, 'link').map(textOf)).toEqual([
      'http://intranet.example/',
      'http://intranet.example/djzy/cases/c0/',
    ]);
  });

  it('stays well-formed XML with control characters, noncharacters and odd line breaks in the text', async () => {
    const feed = await feedOf([{ title: EVERYTHING, description: EVERYTHING }]);
    const [item] = elementsNamed(feed, 'item');
    expect(child(item!, 'title')).toBe(plainText(EVERYTHING));
    const description = asHtml(child(item!, 'description'));
    expect(description.elements.every((e) => e === 'br')).toBe(true);
    expect(description.text).toBe(plainText(EVERYTHING).replace(/\n/g, ''));
  });
});
