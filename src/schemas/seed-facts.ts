/**
 * Facts fixed by the seed document (《成都海关……》经验材料): the structure of "三级五岗", the counts the content must
 * match, and the figures the home page quotes. Kept in code, not in content/, because editors must not be able to
 * change what the source document says; the checker holds content to these numbers.
 */

export type DutyLevel = '党委' | '机关党委' | '党支部';
export type DutyKind = '组织' | '岗位';

export interface DutyListFact {
  /** File name under content/duties/ and id used in references. */
  id: string;
  /** 清单主体, as the seed names it. */
  subject: string;
  level: DutyLevel;
  kind: DutyKind;
  /** Number of items the seed gives for this list. */
  count: number;
  /** For a post: the list of the organisation it belongs to (its role portal shows both). */
  organisation?: string;
  /** The district document the list belongs to, as the seed names it. */
  document: string;
}

/** The seed's two documents: the 一级两岗 lists of the Party committee, and those of the basic-level organisations. */
const COMMITTEE_DOC = '《成都海关党委全面从严治党主体责任清单》';
const GRASSROOTS_DOC = '《成都海关基层党组织党建责任清单》';

/** The nine lists of "三级五岗", in the seed's order; 73 items in all. */
export const DUTY_LISTS: readonly DutyListFact[] = [
  { id: 'committee', subject: '党委', level: '党委', kind: '组织', count: 18, document: COMMITTEE_DOC },
  { id: 'committee-secretary', subject: '党委书记', level: '党委', kind: '岗位', count: 9, organisation: 'committee', document: COMMITTEE_DOC },
  { id: 'committee-members', subject: '党委领导班子其他成员', level: '党委', kind: '岗位', count: 8, organisation: 'committee', document: COMMITTEE_DOC },
  { id: 'organ-committee', subject: '直属机关党委', level: '机关党委', kind: '组织', count: 10, document: GRASSROOTS_DOC },
  { id: 'organ-discipline', subject: '直属机关纪委', level: '机关党委', kind: '组织', count: 5, document: GRASSROOTS_DOC },
  { id: 'branch', subject: '党（总）支部', level: '党支部', kind: '组织', count: 7, document: GRASSROOTS_DOC },
  { id: 'organ-committee-secretary', subject: '直属机关党委书记', level: '机关党委', kind: '岗位', count: 5, organisation: 'organ-committee', document: GRASSROOTS_DOC },
  { id: 'organ-discipline-secretary', subject: '直属机关纪委书记', level: '机关党委', kind: '岗位', count: 5, organisation: 'organ-discipline', document: GRASSROOTS_DOC },
  { id: 'branch-secretary', subject: '党（总）支部书记', level: '党支部', kind: '岗位', count: 6, organisation: 'branch', document: GRASSROOTS_DOC },
];

/** The seed's own totals for 三级五岗, stated apart from the lists: their counts must add up to these. */
export const DUTY_TOTALS = { lists: 9, items: 73 } as const;

/** The five posts (五岗), each with a role portal. */
export const POSTS: readonly DutyListFact[] = DUTY_LISTS.filter((list) => list.kind === '岗位');

export const DUTY_LEVELS: readonly DutyLevel[] = ['党委', '机关党委', '党支部'];

/** Counts the guideline and the other pillars fix. `complete` marks collections that must already hold all of them. */
export const SEED_COUNTS = {
  chapters: { count: 6, label: '指引章节', complete: true },
  procedures: { count: 20, label: '工作程序', complete: true },
  flowcharts: { count: 9, label: '流程图', complete: true },
  templates: { count: 30, label: '文书模板', complete: true },
  series: { count: 10, label: '典型案例系列', complete: true },
  /** At least: the seed's 12 cases shown by July 2022; more may follow. */
  cases: { count: 12, label: '典型案例', complete: true },
  problems: { count: 28, label: '共性问题', complete: true },
  measures: { count: 66, label: '整改措施', complete: true },
  customsUnits: { count: 18, label: '隶属海关', complete: true },
  institutions: { count: 4, label: '事业单位', complete: true },
} as const;

/** Figures the seed reports (as of July 2022), quoted on the home page exactly as the seed gives them. */
export const SEED_FIGURES = {
  asOf: '2022年7月',
  bulletinsIssued: 63,
  casesShown: 12,
  averageScore2021: '97.12',
  platforms: 6,
  keyActivities: 20,
  achievementsSince2021: [
    '1个基层党组织获评“全国先进基层党组织”',
    '4个集体分获全国青年文明号、全国五四红旗团支部、全国巾帼文明岗',
    '5个支部党建品牌获评全国海关党建示范或培育品牌',
  ],
} as const;
