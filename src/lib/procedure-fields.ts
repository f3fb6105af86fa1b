/**
 * A procedure's fields by their Chinese names, in the order its page lists them: one name for each fact, shown alike
 * in the procedure page's facts block, the handbook's facts block (the print page) and the comparison of editions.
 */
export const PROCEDURE_FIELDS = {
  title: '程序名称',
  summary: '概述',
  appliesTo: '适用对象',
  responsible: '责任主体',
  deadlines: '时限要求',
  timeline: '时间节点',
  dues: '交纳标准',
  basis: '依据',
  templates: '文书模板',
  flowchart: '流程图',
  districtRules: '关区规定',
} as const;
