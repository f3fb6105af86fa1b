/**
 * One representative page of each kind of page the site has (src/pages/), for the access tests
 * (tests/e2e/access-*.test.ts): keyboard, reflow and text size, forced colours, accessibility tree. A new page file
 * under src/pages/ means a new line here; tests/e2e/access-tree.test.ts fails until every page file is named below.
 */
export interface PageKind {
  /** Fixture name (tests/fixtures/aria/<kind>.yml) and test title. */
  kind: string;
  /** Address below the site's base. */
  path: string;
  /** The page files under src/pages/ this page stands for. */
  files: string[];
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'home', path: '', files: ['index.astro'] },
  { kind: 'guide-index', path: 'guide/', files: ['[...past]/guide/index.astro'] },
  { kind: 'chapter', path: 'guide/organization/', files: ['[...past]/guide/[chapter]/index.astro'] },
  {
    kind: 'procedure',
    path: 'guide/members/member-recruitment/',
    files: ['[...past]/guide/[chapter]/[procedure].astro'],
  },
  { kind: 'flowcharts', path: 'flowcharts/', files: ['[...past]/flowcharts/index.astro'] },
  { kind: 'flowchart', path: 'flowcharts/member-recruitment/', files: ['[...past]/flowcharts/[id].astro'] },
  // The chart alone at full size; its address is a hash of the chart, found from the flowchart page's link.
  { kind: 'diagram', path: 'flowcharts/member-recruitment/ → diagrams/', files: ['diagrams/[key].astro'] },
  { kind: 'templates', path: 'templates/', files: ['[...past]/templates/index.astro'] },
  { kind: 'template', path: 'templates/activist-assessment/', files: ['[...past]/templates/[id].astro'] },
  { kind: 'duties', path: 'duties/', files: ['duties/index.astro'] },
  { kind: 'duty', path: 'duties/branch-secretary/', files: ['duties/[id].astro'] },
  { kind: 'roles', path: 'roles/', files: ['roles/index.astro'] },
  { kind: 'role', path: 'roles/branch-secretary/', files: ['roles/[id]/index.astro'] },
  { kind: 'bulletins', path: 'bulletins/', files: ['bulletins/index.astro'] },
  { kind: 'bulletin', path: 'bulletins/2022-07/', files: ['bulletins/[id].astro'] },
  { kind: 'cases', path: 'cases/', files: ['cases/index.astro'] },
  { kind: 'case', path: 'cases/recruitment-full-record/', files: ['cases/[id].astro'] },
  { kind: 'case-series', path: 'cases/series/branch-method/', files: ['cases/series/[id].astro'] },
  { kind: 'publicity', path: 'publicity/', files: ['publicity/index.astro'] },
  { kind: 'publicity-item', path: 'publicity/guomen-hall/', files: ['publicity/[id].astro'] },
  { kind: 'units', path: 'units/', files: ['units/index.astro'] },
  { kind: 'unit', path: 'units/unit-01/', files: ['units/[id].astro'] },
  { kind: 'rectification', path: 'rectification/', files: ['rectification/index.astro'] },
  { kind: 'search', path: 'search/', files: ['search/index.astro'] },
  { kind: 'tools', path: 'tools/', files: ['tools/index.astro'] },
  { kind: 'self-check', path: 'tools/self-check/', files: ['tools/self-check/index.astro'] },
  { kind: 'party-dues', path: 'tools/party-dues/', files: ['tools/party-dues/index.astro'] },
  { kind: 'timelines', path: 'tools/timeline/', files: ['tools/timeline/index.astro'] },
  { kind: 'timeline', path: 'tools/timeline/branch-election/', files: ['tools/timeline/[procedure].astro'] },
  { kind: 'editions', path: 'editions/', files: ['editions/index.astro'] },
  { kind: 'edition', path: 'editions/2024/', files: ['[...past]/index.astro'] },
  { kind: 'edition-changes', path: 'editions/2026/changes/', files: ['editions/[edition]/changes.astro'] },
  {
    kind: 'edition-compare',
    path: 'editions/2026/compare/procedures/establish-branch/',
    files: ['editions/[edition]/compare/[kind]/[item].astro'],
  },
  { kind: 'past-procedure', path: 'editions/2024/guide/organization/establish-branch/', files: [] },
  { kind: 'print', path: 'guide/print/', files: ['[...past]/guide/print.astro'] },
  { kind: 'regulations', path: 'regulations/', files: ['[...past]/regulations/index.astro'] },
  { kind: 'contribute', path: 'contribute/', files: ['contribute/index.astro'] },
  { kind: 'it-office', path: 'it/', files: ['it/index.astro'] },
  { kind: 'changelog', path: 'changelog/', files: ['changelog/index.astro'] },
  { kind: '404', path: 'no-such-page/', files: ['404.astro'] },
];

/** Pages whose accessibility tree is long: their fixture keeps the tree to this depth below <main>. */
export const SNAPSHOT_DEPTH: Record<string, number> = {};
