import { describe, expect, it } from 'vitest';
import {
  guideSidebar,
  openCurrentGroup,
  pillarOf,
  PILLARS,
  readingNeighbours,
  readingOrder,
} from '../../src/lib/navigation.ts';

const chapters = [
  { id: 'organization', title: '组织设置', order: 2 },
  { id: 'political', title: '党支部政治建设', order: 1 },
];
const procedures = [
  { id: 'election', title: '换届选举', order: 2, chapterId: 'organization' },
  { id: 'establish-branch', title: '成立党支部', order: 1, chapterId: 'organization' },
  { id: 'first-topic', title: '第一议题', order: 1, chapterId: 'political' },
];

describe('guide navigation', () => {
  it('orders chapters and their procedures', () => {
    const sidebar = guideSidebar(chapters, procedures);
    expect(sidebar.map((g) => g.label)).toEqual(['党支部政治建设', '组织设置']);
    expect(sidebar[1]!.items.map((i) => i.href)).toEqual([
      '/guide/organization/establish-branch/',
      '/guide/organization/election/',
    ]);
  });

  it('opens only the chapter of the current page, on its own page and on its procedures', () => {
    const sidebar = guideSidebar(chapters, procedures);
    const itemCounts = (current: string) => openCurrentGroup(sidebar, current).map((g) => g.items.length);
    expect(itemCounts('/guide/organization/election/')).toEqual([0, 2]);
    expect(itemCounts('/guide/political/')).toEqual([1, 0]);
    expect(itemCounts('/guide/')).toEqual([0, 0]);
    expect(openCurrentGroup(sidebar, '/guide/').map((g) => g.href)).toEqual([
      '/guide/political/',
      '/guide/organization/',
    ]);
  });

  it('reads as a handbook: prev/next cross chapter boundaries', () => {
    const order = readingOrder(chapters, procedures);
    expect(order.map((l) => l.label)).toEqual([
      '工作指引总览',
      '党支部政治建设',
      '第一议题',
      '组织设置',
      '成立党支部',
      '换届选举',
    ]);
    const neighbours = readingNeighbours(order);
    const { prev, next } = neighbours.get('/guide/political/first-topic/')!;
    expect(prev?.href).toBe('/guide/political/');
    expect(next?.href).toBe('/guide/organization/');
    expect(neighbours.get('/guide/')!.prev).toBeUndefined();
    expect(neighbours.get('/guide/organization/election/')!.next).toBeUndefined();
    expect(neighbours.get('/nowhere/')).toBeUndefined();
    expect(neighbours.size).toBe(order.length);
  });
});

describe('pillars', () => {
  it('are the five of the seed, in order, with their questions', () => {
    expect(PILLARS.map((p) => p.question)).toEqual(['为什么', '是什么', '干什么', '怎么干', '怎么样']);
  });
  it('highlight the pillar a page belongs to', () => {
    expect(pillarOf('/roles/branch-secretary/')).toBe('duties');
    expect(pillarOf('/templates/x/')).toBe('guide');
    expect(pillarOf('/cases/series/x/')).toBe('rectification');
    expect(pillarOf('/')).toBeUndefined();
  });
});
