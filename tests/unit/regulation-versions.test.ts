/**
 * Regulation versions as data: which pages rest on a regulation revised since they were checked against it, and the
 * notice they carry. The review backlog `npm run check` lists as warnings is in tests/build/regulation-versions.test.ts
 * (it copies the fixture content).
 */
import { describe, expect, it } from 'vitest';
import {
  noticeSentences,
  pendingReviews,
  procedureReliances,
  versionName,
  whenIssued,
  type RegulationVersions,
} from '../../src/lib/regulation-versions.ts';

const RULES: RegulationVersions = {
  title: '中国共产党发展党员工作细则',
  issued: '2026-05',
  history: [{ version: '2014', issued: '2014-05' }],
  revision: { changes: ['列为发展对象前的公示', '条文序号'] },
};
const CONSTITUTION: RegulationVersions = { title: '中国共产党章程', issued: '2022-10-22' };
const catalogue = new Map([
  ['rules', RULES],
  ['constitution', CONSTITUTION],
]);

describe('pendingReviews', () => {
  it('names a revised regulation a page follows an older version of, or does not say which it follows', () => {
    expect(pendingReviews(['rules', 'constitution'], { rules: '2014' }, catalogue)).toEqual([
      {
        regulation: 'rules',
        title: '中国共产党发展党员工作细则',
        current: { version: '2026', title: '中国共产党发展党员工作细则', issued: '2026-05', effective: undefined },
        follows: { version: '2014', issued: '2014-05' },
        changes: ['列为发展对象前的公示', '条文序号'],
        source: undefined,
      },
    ]);
    expect(pendingReviews(['rules'], undefined, catalogue)[0]!.follows).toBeUndefined();
  });

  it('is empty for a page on the version in force, for 不涉及, and for a regulation with one version', () => {
    expect(pendingReviews(['rules'], { rules: '2026' }, catalogue)).toEqual([]);
    expect(pendingReviews(['rules'], { rules: '不涉及' }, catalogue)).toEqual([]);
    expect(pendingReviews(['constitution'], undefined, catalogue)).toEqual([]);
  });

  it('takes a timeline limit’s own version over the page’s, and reports the oldest any part follows', () => {
    const reliances = procedureReliances({
      basis: [{ regulation: { id: 'rules' } }],
      timeline: { limits: [{ regulation: { id: 'rules' }, version: '2014' }, { version: undefined }] },
    });
    expect(reliances).toEqual(['rules', { regulation: 'rules', version: '2014' }]);
    expect(pendingReviews(reliances, { rules: '2026' }, catalogue).map((p) => p.follows?.version)).toEqual(['2014']);
  });
});

describe('the notice', () => {
  it('says what was revised and when, what the page follows, what changed, and that the revised text prevails', () => {
    const [pending] = pendingReviews(['rules'], { rules: '2014' }, catalogue);
    expect(noticeSentences(pending!)).toEqual([
      '《中国共产党发展党员工作细则》已修订，现行版本于2026年5月印发。',
      '本页按2014年版撰写，尚未按修订后的文本复核；修订涉及列为发展对象前的公示、条文序号等方面。',
      '以修订后的原文为准。',
    ]);
    const [unsaid] = pendingReviews(['rules'], undefined, { get: () => ({ ...RULES, revision: undefined }) } as never);
    expect(noticeSentences(unsaid!, '本模板')[1]).toBe('本模板尚未按修订后的文本复核。');
  });

  it('names versions and dates as a reader reads them', () => {
    expect(versionName({ version: '2014' })).toBe('2014年版');
    expect(versionName({ version: 'r2' })).toBe('r2版');
    expect(whenIssued({ issued: '2026-05-11', effective: '2026-06-01' })).toBe('2026年5月11日印发、2026年6月1日施行');
  });
});
