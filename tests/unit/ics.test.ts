import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, uidValue, uriValue } from '../../src/lib/ics.ts';
import { plainText } from '../../src/lib/plain-text.ts';
import { EVERYTHING, LINE_BREAKS, MARKUP } from '../support/hostile-text.ts';

const event = (uid: string, d: string, summary: string, description?: string) => ({
  uid,
  date: new Date(`${d}T00:00:00Z`),
  summary,
  description,
  stamp: new Date('2022-07-05T00:00:00Z'),
});

describe('calendar', () => {
  it('parses with a standard iCalendar parser, with all-day events in date order', () => {
    const text = calendar('党（总）支部书记', [
      event(
        'b@djzy',
        '2022-08-15',
        '巩固党组织设置整改成果',
        '对照门槛核查，逐项说明；落实主体：党（总）支部、直属机关党委',
      ),
      event('a@djzy', '2022-07-15', '七一活动总结'),
    ]);
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('党（总）支部书记');
    const events = vcalendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['a@djzy', '七一活动总结', '2022-07-15', true],
      ['b@djzy', '巩固党组织设置整改成果', '2022-08-15', true],
    ]);
    expect(events[1]!.description).toBe('对照门槛核查，逐项说明；落实主体：党（总）支部、直属机关党委');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
  it('is deterministic', () => {
    const make = () => calendar('x', [event('a@djzy', '2022-07-15', '一')]);
    expect(make()).toBe(make());
  });
  it('escapes text and folds long lines without splitting characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'党'.repeat(40)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'党'.repeat(40)}`);
  });
});

/** The content lines of a calendar as the most eager client splits them: at any line break at all, then unfolded. */
function eagerLines(text: string): string[] {
  const physical = text.split(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/);
  expect(physical.pop()).toBe('');
  return physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
}

const parsedEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('calendar text an editor or reader wrote', () => {
  const one = (summary: string, description?: string, url?: string, uid = 'bulletin-2022-07-task-1@djzy') =>
    calendar('日历', [{ ...event(uid, '2022-07-15', summary, description), ...(url === undefined ? {} : { url }) }]);

  it.each(LINE_BREAKS.map((b) => [JSON.stringify(b), b]))(
    'a line break %s cannot end the line and start a property or event',
    (_name, lineBreak) => {
      const summary = `x${lineBreak}ATTACH:http://evil/${lineBreak}END:VEVENT${lineBreak}BEGIN:VEVENT`;
      const text = one(summary, `y${lineBreak}URL:http://evil/`);
      const lines = eagerLines(text);
      expect(lines.map((l) => /^[A-Z-]+/.exec(l)?.[0])).toEqual([
        'BEGIN',
        'VERSION',
        'PRODID',
        'CALSCALE',
        'METHOD',
        'X-WR-CALNAME',
        'X-WR-TIMEZONE',
        'BEGIN',
        'UID',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        'SUMMARY',
        'DESCRIPTION',
        'TRANSP',
        'END',
        'END',
      ]);
      const [parsed] = parsedEvents(text);
      expect(parsed!.summary).toBe('x\nATTACH:http://evil/\nEND:VEVENT\nBEGIN:VEVENT');
      expect(parsed!.description).toBe('y\nURL:http://evil/');
      expect(parsed!.component.getAllProperties('attach')).toEqual([]);
    },
  );

  it('reads back markup, commas, semicolons and backslashes as written, without control characters', () => {
    for (const text of [...MARKUP, 'a,b;c\\d:e', EVERYTHING]) {
      const [parsed] = parsedEvents(one(text, text));
      expect(parsed!.summary).toBe(plainText(text));
      expect(parsed!.description).toBe(plainText(text));
    }
    expect(one(EVERYTHING)).not.toMatch(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/);
  });

  it('keeps UIDs to a safe alphabet, the usual ids unchanged', () => {
    expect(uidValue('bulletin-2022-07-task-1@djzy')).toBe('bulletin-2022-07-task-1@djzy');
    expect(uidValue('fazhan-dangyuan-s1-latest@djzy')).toBe('fazhan-dangyuan-s1-latest@djzy');
    expect(uidValue('a b,c;d\r\ne:党@djzy')).toBe('a%20b%2Cc%3Bd%0Ae%3A%E5%85%9A@djzy');
    const [parsed] = parsedEvents(one('x', undefined, undefined, 'id\nEND:VEVENT'));
    expect(parsed!.uid).toBe('id%0AEND%3AVEVENT');
  });

  it('writes a URL only for an http(s) address, normalised', () => {
    expect(uriValue('http://intranet.example/djzy/bulletins/2022-07/')).toBe(
      'http://intranet.example/djzy/bulletins/2022-07/',
    );
    expect(uriValue('http://x/tools/timeline/党/')).toBe('http://x/tools/timeline/%E5%85%9A/');
    expect(uriValue('http://x/a b\nc"d')).toBe('http://x/a%20bc%22d');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative/', 'file:///etc/passwd']) {
      expect(uriValue(bad)).toBeUndefined();
    }
    expect(one('x', undefined, 'javascript:alert(1)')).not.toContain('URL:');
    const [parsed] = parsedEvents(one('x', undefined, 'http://x/?a=1,b;c\r\nATTACH:y'));
    expect(parsed!.component.getFirstPropertyValue('url')).toBe('http://x/?a=1,b;cATTACH:y');
  });
});
