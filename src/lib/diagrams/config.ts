/** The mermaid configuration that sized Chinese labels correctly (DESIGN §4); shared by build and fallback. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'default',
  layout: 'dagre',
  // The classic look: mermaid 12's “neo” look draws nodes with drop-shadow filters, which some renderers (and
  // printers) drop shapes over.
  look: 'classic',
  htmlLabels: false,
  fontFamily: '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif',
  flowchart: { htmlLabels: false, wrappingWidth: 200, useMaxWidth: false },
} as const;
