/**
 * Role portals, calendars and the bulletin feed as built: each post's page reaches its procedures and templates;
 * every .ics parses with a standard iCalendar parser and holds exactly the dated tasks meant for it; the RSS feed
 * parses and lists every bulletin.
 */
import { Window } from 'happy-dom';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { concernsPost } from '../../src/lib/roles.ts';
import { POSTS } from '../../src/schemas/seed-facts.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const dist = requireBuild(BUILDS[0].dir);
const bulletins = loadContent(ROOT, COLLECTION_LIST).entries.filter((e) => e.def.name === 'bulletins');
type Task = { title: string; deadline: string; audience: string[] };
const tasks = bulletins.flatMap((b) =>
  ((b.data as { tasks: Task[] }).tasks ?? []).map((t) => ({ ...t, bulletin: b.id })),
);

const eventsOf = (file: string) => {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dist, file), 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
};

describe.each(POSTS.map((p) => [p.subject, p]))(onBuild(BUILDS[0], '%s'), (_subject, post) => {
  const html = readFileSync(join(dist, `roles/${post.id}/index.html`), 'utf8');
  const section = (id: string) =>
    html.slice(html.indexOf(`id="${id}"`), html.indexOf('<h2', html.indexOf(`id="${id}"`) + 1));

  it('links at least 3 procedures and 3 templates, and shows its yearly rhythm', () => {
    const procedures = new Set(section('procedures').match(/href="\/guide\/[^/"]+\/[^/"]+\/"/g) ?? []);
    const templates = new Set(section('procedures').match(/href="\/templates\/[^/"]+\/"/g) ?? []);
    expect(procedures.size).toBeGreaterThanOrEqual(3);
    expect(templates.size).toBeGreaterThanOrEqual(3);
    expect(section('rhythm')).toContain('<table>');
  });

  it('offers a calendar holding exactly the dated tasks addressed to the post or its organisation', () => {
    expect(html).toContain(`href="/roles/${post.id}/calendar.ics"`);
    const events = eventsOf(`roles/${post.id}/calendar.ics`);
    const expected = tasks.filter((t) =>
      concernsPost(
        t.audience.map((id) => ({ id })),
        post.id,
      ),
    );
    expect(events).toHaveLength(expected.length);
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(expected.map((t) => String(t.deadline)).sort());
    expect(events.every((e) => e.startDate.isDate && e.summary.startsWith('【提示单截止】'))).toBe(true);
  });
});

describe(onBuild(BUILDS[0], 'site-wide bulletin feeds'), () => {
  it('the calendar holds every task deadline', () => {
    const events = eventsOf('bulletins/calendar.ics');
    expect(events).toHaveLength(tasks.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(tasks.length);
  });

  it('the RSS feed lists every bulletin with its link and date', () => {
    const xml = readFileSync(join(dist, 'bulletins/rss.xml'), 'utf8');
    const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const items = [...doc.querySelectorAll('item')];
    expect(items).toHaveLength(bulletins.length);
    for (const item of items) {
      expect(item.querySelector('link')?.textContent).toMatch(/^https?:\/\/[^/]+\/bulletins\/\d{4}-\d{2}\/$/);
      expect(Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? ''))).toBe(false);
    }
  });
});
