import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine } from '../../src/lib/ics.ts';

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
