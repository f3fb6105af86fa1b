/**
 * Every page address of the site, base-less (wrap with withBase when rendering). Pages, navigation and the
 * content checker's link check all take addresses from here, so a route is spelled once.
 */
export const routes = {
  home: () => '/',
  duties: () => '/duties/',
  dutyList: (id: string) => `/duties/${id}/`,
  roles: () => '/roles/',
  role: (id: string) => `/roles/${id}/`,
  guide: () => '/guide/',
  handbook: () => '/guide/print/',
  /** The handbook as one PDF, printed from the print page at build time (scripts/handbook-pdf.ts). */
  handbookPdf: () => '/guide/handbook.pdf',
  chapter: (chapterId: string) => `/guide/${chapterId}/`,
  procedure: (chapterId: string, id: string) => `/guide/${chapterId}/${id}/`,
  flowcharts: () => '/flowcharts/',
  flowchart: (id: string) => `/flowcharts/${id}/`,
  templates: () => '/templates/',
  template: (id: string) => `/templates/${id}/`,
  regulations: () => '/regulations/',
  regulation: (id: string) => `/regulations/#${id}`,
  changelog: () => '/changelog/',
  /** The guideline's editions: the list, what each changed, and a procedure against its previous edition. */
  editions: () => '/editions/',
  editionChanges: (edition: string) => `/editions/${edition}/changes/`,
  editionCompare: (edition: string, kind: 'procedures' | 'templates' | 'flowcharts', id: string) =>
    `/editions/${edition}/compare/${kind}/${id}/`,
  /** One edition in the revision log; the changelog's headings carry the id `rev-<id>`. */
  revision: (id: string) => `/changelog/#rev-${id}`,
  bulletins: () => '/bulletins/',
  bulletin: (id: string) => `/bulletins/${id}/`,
  publicity: () => '/publicity/',
  publicityItem: (id: string) => `/publicity/${id}/`,
  rectification: () => '/rectification/',
  problem: (id: string) => `/rectification/#${id}`,
  /** One item of a responsibility list; the list numbers its items from 1. */
  dutyItem: (listId: string, n: number) => `/duties/${listId}/#${sectionIds.dutyItem(n)}`,
  units: () => '/units/',
  unit: (id: string) => `/units/${id}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  series: (id: string) => `/cases/series/${id}/`,
  /** Tools a branch works with: the self-check against the lists and the timelines worked out from the limits. */
  tools: () => '/tools/',
  selfCheck: () => '/tools/self-check/',
  /** The self-check's section for one procedure's 工作标准. */
  selfCheckProcedure: (procedureId: string) => `/tools/self-check/#${sectionIds.selfCheckProcedure(procedureId)}`,
  /** The blank self-check report, for readers without JavaScript. */
  selfCheckBlankDocx: () => '/tools/self-check/blank.docx',
  /** 党费计算: the monthly dues from the brackets of the 党费 procedure's 交纳标准. */
  partyDues: () => '/tools/party-dues/',
  timelines: () => '/tools/timeline/',
  timeline: (procedureId: string) => `/tools/timeline/${procedureId}/`,
  search: () => '/search/',
  contribute: () => '/contribute/',
  /** 给信息中心: deployment and office-PC notes (fonts for the templates), kept off the readers' pages. */
  itOffice: () => '/it/',
  /** The editors' form-based editor (Decap CMS, docs/EDITOR-CMS.md): not a reader page, written beside the site. */
  editor: () => '/admin/',

  // Files and feeds, each beside the page it belongs to.
  templateDocx: (id: string) => `/templates/${id}.docx`,
  templateAttachment: (file: string) => `/templates/attachments/${file}`,
  allTemplatesZip: () => '/templates/all-templates.zip',
  /** fontconfig rules for Linux machines without the GB/T 9704 fonts (lib/docx/fontconfig.ts). */
  templateFontRules: () => '/templates/linux-fonts.conf',
  /** One procedure's templates in one zip, beside its page (as a role's calendar sits beside the role's page). */
  procedureTemplatesZip: (chapterId: string, id: string) => `/guide/${chapterId}/${id}/templates.zip`,
  diagramFile: (key: string) => `/diagrams/${key}.svg`,
  /** A chart alone at full size: the whole page scrolls and zooms, for a phone and for 长者模式. */
  diagramPage: (key: string) => `/diagrams/${key}/`,
  bulletinsFeed: () => '/bulletins/rss.xml',
  bulletinsCalendar: () => '/bulletins/calendar.ics',
  roleCalendar: (id: string) => `/roles/${id}/calendar.ics`,
  casesFeed: () => '/cases/rss.xml',
  ledgerCsv: () => '/rectification/ledger.csv',
} as const;

/**
 * Ids the layouts give page sections, which a link may name as well as the body's own headings
 * (`/guide/organization/establish-branch/#关区规定`). Pages take them from here, so the content checker knows them.
 */
export const sectionIds = {
  procedure: {
    facts: 'facts-title',
    /** The 党费 procedure's 交纳标准, made from its `dues` frontmatter. */
    dues: '交纳标准',
    districtRules: '关区规定',
    flowchart: 'flowchart-title',
    history: '修订情况',
    duties: 'duties-title',
  },
  flowchart: { steps: 'steps-title', templates: 'templates-title' },
  role: {
    ownDuties: 'own-duties',
    orgDuties: 'org-duties',
    procedures: 'procedures',
    rhythm: 'rhythm',
    tasks: 'tasks',
  },
  dutyItem: (n: number) => `item-${n}`,
  selfCheckProcedure: (procedureId: string) => `std-${procedureId}`,
} as const;

/**
 * Editions. The guide's pages (src/pages/[...past]/) are built once for the current text and once for each past
 * edition: a past edition's page has the current page's address under /editions/<edition>/, where <edition> is the
 * edition's year. These three functions are the only place that spelling is known.
 */
export const editionPath = (edition: string, path: string) => `/editions/${edition}${path}`;

/**
 * The past edition a base-less page address belongs to, or undefined: /editions/2022/guide/ is a page of the 2022
 * edition; /editions/2022/changes/ and /editions/2022/compare/… are pages about it (the current site's). The one
 * place a URL's edition is worked out (src/middleware.ts, the search index, the tests).
 */
export function pastEditionOf(path: string): string | undefined {
  return /^\/editions\/(\d{4})\/(?!changes\/|compare\/)/.exec(path)?.[1];
}

/** The current address of a page of a past edition: /editions/2022/guide/x/ → /guide/x/. */
export const currentPathOf = (path: string) => path.replace(/^\/editions\/\d{4}\//, '/');

/** The chapter of a procedure is the folder it sits in: content/guide/<chapter>/<id>.mdx. */
export function chapterOfProcedure(filePath: string): string {
  const parts = filePath.split('/');
  return parts[parts.length - 2] ?? '';
}
