import { describe, expect, it } from 'vitest';
import { flowchartSteps } from '../../src/lib/flowchart-steps.ts';

describe('flowchartSteps', () => {
  it('lists nodes in order of definition, grouped by subgraph, with decisions marked', () => {
    const source = [
      'flowchart TD',
      '  accTitle: 发展党员流程图',
      '  accDescr: 五个阶段["不是节点"]',
      '  subgraph S1["第一阶段：申请入党"]',
      '    A1["递交入党申请书"] -->|"1个月内"| A2["党组织派人谈话"]',
      '  end',
      '  subgraph S2["第二阶段"]',
      '    B1{"是否确定为<br/>入党积极分子？"}',
      '    A2 --> B1',
      '  end',
      '  B1 -->|"是"| C1(["结束"])',
    ].join('\n');
    expect(flowchartSteps(source)).toEqual([
      { title: null, steps: [{ id: 'C1', label: '结束', decision: false }] },
      {
        title: '第一阶段：申请入党',
        steps: [
          { id: 'A1', label: '递交入党申请书', decision: false },
          { id: 'A2', label: '党组织派人谈话', decision: false },
        ],
      },
      { title: '第二阶段', steps: [{ id: 'B1', label: '是否确定为 入党积极分子？', decision: true }] },
    ]);
  });
});

describe('links on nodes', () => {
  it('carries click hrefs onto the steps and keeps click lines out of the list', () => {
    const groups = flowchartSteps(
      'flowchart TD\n  S1["提出请示"] --> S2["研究批复"]\n  click S1 href "/templates/establish-branch-request/"\n',
    );
    expect(groups[0]!.steps).toEqual([
      { id: 'S1', label: '提出请示', decision: false, href: '/templates/establish-branch-request/' },
      { id: 'S2', label: '研究批复', decision: false },
    ]);
  });
});
