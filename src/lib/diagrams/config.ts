/**
 * The one mermaid configuration, shared by the render step and the client-side fallback. It is part
 * of every diagram's cache key, so a change here re-renders the cache (npm run diagrams).
 */

/** The site's palette (src/styles/tokens.css) as mermaid theme variables: charts wear the site's red, not lavender. */
const PALETTE = {
  text: '#1f1f1f',
  primary: '#a3161c',
  primaryTint: '#fbeeee',
  gold: '#8a6100',
  goldTint: '#fdf6e3',
  line: '#555555',
  surface: '#f7f4ef',
  border: '#b8ad9c',
} as const;

const FONT = '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif';

export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // 'base' is the one theme whose colours all come from themeVariables.
  theme: 'base',
  themeVariables: {
    fontFamily: FONT,
    fontSize: '16px',
    background: '#ffffff',
    primaryColor: PALETTE.primaryTint,
    primaryBorderColor: PALETTE.primary,
    primaryTextColor: PALETTE.text,
    secondaryColor: PALETTE.surface,
    tertiaryColor: PALETTE.surface,
    textColor: PALETTE.text,
    nodeTextColor: PALETTE.text,
    titleColor: PALETTE.text,
    lineColor: PALETTE.line,
    clusterBkg: PALETTE.surface,
    clusterBorder: PALETTE.border,
    edgeLabelBackground: '#ffffff',
  },
  // Decisions in gold so a question reads apart from a step; a linked step (a template) with a thicker border
  // and underlined text, as links are on the page. Mermaid scopes these rules to the chart's own id.
  themeCSS:
    `.node polygon{fill:${PALETTE.goldTint};stroke:${PALETTE.gold}}` +
    `a .node rect,.node.clickable rect{stroke-width:2.5px}` +
    `a .node .label text,.node.clickable .label text{text-decoration:underline}` +
    `.edgeLabel rect,.edgeLabel .background{opacity:1;fill:#fff}` +
    `.cluster-label text{font-weight:bold}`,
  layout: 'dagre',
  // The classic look: mermaid 12's “neo” look draws nodes with drop-shadow filters, which some renderers (and
  // printers) drop shapes over.
  look: 'classic',
  htmlLabels: false,
  fontFamily: FONT,
  flowchart: { htmlLabels: false, wrappingWidth: 200, useMaxWidth: false },
} as const;

/** The size mermaid draws labels at (themeVariables.fontSize), from which the page's label sizes are computed. */
export const LABEL_PX = 16;
