/**
 * Fallback for diagrams the cache lacked at build time (an editor previewing without Chromium): load the locally
 * bundled mermaid only when such a diagram is on the page, and draw it in place. Never a CDN; with a complete cache
 * no page ever requests it.
 */
import { MERMAID_CONFIG } from '../lib/diagrams/config.ts';

export async function renderPendingDiagrams() {
  const pending = Array.from(document.querySelectorAll<HTMLElement>('.diagram-pending'));
  if (!pending.length) return;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ ...MERMAID_CONFIG });
  for (const [index, figure] of pending.entries()) {
    const source = figure.querySelector('.diagram-source')?.textContent ?? '';
    try {
      const { svg } = await mermaid.render(`fallback-${index}`, source);
      figure.innerHTML = `<div class="diagram-scroll">${svg}</div>`;
      figure.classList.remove('diagram-pending');
    } catch (error) {
      console.warn('流程图绘制失败', error);
    }
  }
}
