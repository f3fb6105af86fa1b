/**
 * The content types `npm run new` can scaffold, and the collections that are fixed by the seed (edited, never
 * added to). Shared by scripts/new.ts and the test that keeps CONTRIBUTING.md in step with it.
 */
import type { CollectionName } from '../../src/schemas/context.ts';

export const NEW_ENTRY_TYPES: Record<string, { collection: CollectionName; description: string }> = {
  procedure: { collection: 'procedures', description: '工作程序，编号写成 <章节>/<编号>，如 org-life/party-lesson' },
  flowchart: { collection: 'flowcharts', description: '流程图（需 --procedure 指定所属工作程序）' },
  template: { collection: 'templates', description: '文书模板（需 --procedure 指定所属工作程序）' },
  bulletin: { collection: 'bulletins', description: '重点工作提示单，编号为年-月，如 2022-08' },
  case: { collection: 'cases', description: '典型案例' },
  publicity: { collection: 'publicity', description: '党建宣传条目' },
  unit: { collection: 'units', description: '下属单位' },
  regulation: { collection: 'regulations', description: '制度文件（追加到 content/regulations.yaml）' },
  problem: { collection: 'rectification', description: '共性问题（追加到 content/rectification/ledger.yaml）' },
  revision: { collection: 'revisions', description: '修订记录（追加到 content/revisions.yaml）' },
};

/** Collections whose entries the seed fixes: editors change them but do not add to them. */
export const FIXED_COLLECTIONS: CollectionName[] = ['duties', 'chapters', 'series', 'site'];
