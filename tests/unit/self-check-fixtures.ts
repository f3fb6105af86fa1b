/** A small self-check list for the unit tests: two common problems and one procedure's two standards. */
import type { CheckGroup } from '../../src/lib/self-check/checklist.ts';

export const groups: CheckGroup[] = [
  {
    id: 'problems-organization',
    kind: 'problems',
    title: '共性问题',
    chapter: { order: 2, title: '组织设置' },
    items: [
      { id: 'p01', label: '问题1', text: '党组织设置不到位', example: true },
      { id: 'p02', label: '问题2', text: '改选换届不及时', example: true },
    ],
  },
  {
    id: 'std-first-topic-study',
    kind: 'standards',
    title: '“第一议题”学习',
    chapter: { order: 1, title: '政治建设' },
    items: [
      { id: 'fts-a', label: '1', text: '年初有年度学习计划。', example: false },
      { id: 'fts-b', label: '2', text: '学习资料按年度归档。', example: false },
    ],
  },
];
