/**
 * RSS items from editors' text, for @astrojs/rss (which escapes XML once, correctly). Two kinds of element:
 * - title and category are plain text (RSS Best Practices Profile): the editor's string, cleaned of characters XML
 *   cannot carry (plain-text.ts), arrives in a feed reader as written, `<img …>` and `&lt;` included;
 * - description is HTML by RSS convention (“entity-encoded HTML is allowed”), and readers render it as HTML: the
 *   text is escaped as HTML first, so a reader shows the editor's words and never builds their markup.
 */
import { escapeHtml } from './html.ts';
import { plainText } from './plain-text.ts';

export interface FeedEntry {
  title: string;
  /** Address of the entry's page (with the base); @astrojs/rss makes it absolute from the site's address. */
  link: string;
  pubDate: Date;
  /** Plain text: shown as written. */
  description: string;
  categories?: string[];
}

/** Text an RSS reader shows as it is. */
export const feedText = (text: string): string => plainText(text);

/** Plain text for an element readers render as HTML (description), line breaks kept as <br>. */
export const feedHtml = (text: string): string => escapeHtml(plainText(text)).replace(/\n/g, '<br>');

export const feedItem = (entry: FeedEntry) => ({
  title: feedText(entry.title),
  link: entry.link,
  pubDate: entry.pubDate,
  description: feedHtml(entry.description),
  ...(entry.categories ? { categories: entry.categories.map(feedText) } : {}),
});

/** The channel's own title and description, which feed readers show as plain text. */
export const feedChannel = (channel: { title: string; description: string }) => ({
  title: feedText(channel.title),
  description: feedText(channel.description),
});
