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
      { title: '第一阶段：申请入党', steps: [
        { id: 'A1', label: '递交入党申请书', decision: false },
        { id: 'A2', label: '党组织派人谈话', decision: false },
      ] },
      { title: '第二阶段', steps: [{ id: 'B1', label: '是否确定为 入党积极分子？', decision: true }] },
    ]);
  });
});
