import { describe, expect, it } from 'vitest';
import { diffFields, diffList, diffText, partsOf, type TextPart } from '../../src/lib/editions/diff.ts';

const only = (parts: TextPart[], kind: TextPart['kind']) => parts.filter((p) => p.kind === kind).map((p) => p.text);
/** Both editions can be read back from the parts: nothing is lost or invented. */
const sides = (parts: TextPart[]) => ({
  before: parts
    .filter((p) => p.kind !== 'inserted')
    .map((p) => p.text)
    .join(''),
  after: parts
    .filter((p) => p.kind !== 'deleted')
    .map((p) => p.text)
    .join(''),
});

describe('diffText (word level, Chinese)', () => {
  it('marks exactly the changed number of a term of office', () => {
    const parts = diffText('党支部委员会每届任期一般为2年', '党支部委员会每届任期一般为3年');
    expect(parts).toEqual([
      { kind: 'same', text: '党支部委员会每届任期一般为' },
      { kind: 'deleted', text: '2' },
      { kind: 'inserted', text: '3' },
      { kind: 'same', text: '年' },
    ]);
  });

  it('marks an inserted word whole, not character by character', () => {
    const parts = diffText('党员应当按月交纳党费', '党员应当按月足额交纳党费');
    expect(only(parts, 'inserted')).toEqual(['足额']);
    expect(only(parts, 'deleted')).toEqual([]);
  });

  it('replaces a changed dictionary word whole (暂行条例 → 条例), never a scatter of characters', () => {
    const before = '依据《中国共产党基层组织选举工作暂行条例》办理';
    const after = '依据《中国共产党基层组织选举工作条例》办理';
    const parts = diffText(before, after);
    expect(only(parts, 'deleted')).toEqual(['暂行条例']);
    expect(only(parts, 'inserted')).toEqual(['条例']);
    expect(sides(parts)).toEqual({ before, after });
  });

  it('keeps both editions recoverable from any difference, deleted text before inserted text', () => {
    const before = '在职党员按税后月收入分0.5%、1%、1.5%、2%、3%五档交纳';
    const after = '在职党员按税后月收入分0.5%、1%、1.5%、2%四档交纳';
    const parts = diffText(before, after);
    expect(sides(parts)).toEqual({ before, after });
    for (let i = 1; i < parts.length; i++) {
      expect([parts[i - 1]!.kind, parts[i]!.kind]).not.toEqual(['inserted', 'deleted']);
    }
    expect(only(parts, 'deleted').join('')).toContain('3%');
    expect(only(parts, 'inserted').join('')).toContain('四');
  });

  it('is all same for equal texts and empty for two empty ones', () => {
    expect(diffText('换届选举', '换届选举')).toEqual([{ kind: 'same', text: '换届选举' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '新增')).toEqual([{ kind: 'inserted', text: '新增' }]);
  });
});

describe('diffList (item by item)', () => {
  it('keeps, rewords, adds and removes items', () => {
    const changes = diffList(
      ['每届任期一般为3年', '任期届满前6个月提醒', '报上级党组织备案'],
      ['每届任期一般为3年', '任期届满前6个月书面提醒', '延期一般不超过1年'],
    );
    expect(changes.map((c) => c.kind)).toEqual(['same', 'changed', 'deleted', 'inserted']);
    const reworded = changes[1]!;
    expect(reworded.kind === 'changed' && only(reworded.parts, 'inserted')).toEqual(['书面']);
    expect(changes[2]).toEqual({ kind: 'deleted', text: '报上级党组织备案' });
    expect(changes[3]).toEqual({ kind: 'inserted', text: '延期一般不超过1年' });
  });

  it('pairs a removed item with an added one only when the later one mostly repeats it', () => {
    expect(diffList(['召开党员大会'], ['报送书面请示']).map((c) => c.kind)).toEqual(['deleted', 'inserted']);
  });
});

describe('diffFields (field by field)', () => {
  const labels = { summary: '简介', deadlines: '时限要求', basis: '依据', templates: '文书模板' };

  it('lists exactly the fields that differ, in the labels order, with what changed', () => {
    const changes = diffFields(
      {
        summary: '党支部换届选举的程序',
        deadlines: ['任期届满前6个月提醒'],
        basis: ['《中国共产党基层组织选举工作暂行条例》'],
        templates: ['模板05'],
      },
      {
        summary: '党支部换届选举的程序',
        deadlines: ['任期届满前6个月提醒', '延期一般不超过1年'],
        basis: ['《中国共产党基层组织选举工作条例》'],
      },
      labels,
    );
    expect(changes.map((c) => [c.field, c.label, c.kind])).toEqual([
      ['deadlines', '时限要求', 'changed'],
      ['basis', '依据', 'changed'],
      ['templates', '文书模板', 'removed'],
    ]);
    expect(changes[0]!.items!.map((i) => i.kind)).toEqual(['same', 'inserted']);
    const basis = changes[1]!.items![0]!;
    expect(basis.kind === 'changed' && only(basis.parts, 'deleted')).toEqual(['暂行条例']);
    expect(changes[2]!.items).toEqual([{ kind: 'deleted', text: '模板05' }]);
  });

  it('reports nothing for equal entries and an added field as added', () => {
    expect(diffFields({ summary: '甲' }, { summary: '甲' }, labels)).toEqual([]);
    const [added] = diffFields({}, { summary: '新的简介' }, labels);
    expect(added).toMatchObject({ field: 'summary', kind: 'added', text: [{ kind: 'inserted', text: '新的简介' }] });
  });
});

describe('partsOf', () => {
  it('gives a reworded item its word-level parts and a kept, added or removed item its whole text', () => {
    const [changed] = diffList(['任期届满前提醒'], ['任期届满前6个月提醒']);
    expect(partsOf(changed!)).toEqual(changed!.kind === 'changed' ? changed!.parts : []);
    expect(partsOf({ kind: 'inserted', text: '新增一项' })).toEqual([{ kind: 'inserted', text: '新增一项' }]);
  });
});
