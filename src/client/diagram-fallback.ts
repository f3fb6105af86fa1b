/**
 * Fallback for diagrams the cache lacked at build time (an editor building without Chromium): the build then
 * copies the locally installed mermaid to vendor/mermaid.min.js, and this loads it only when such a diagram is on
 * the page, to draw it in place. Never a CDN; with a complete cache nothing is copied and nothing is requested.
 */
import { MERMAID_CONFIG } from '../lib/diagrams/config.ts';

interface MermaidGlobal {
  initialize: (config: unknown) => void;
  render: (id: string, source: string) => Promise<{ svg: string }>;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`无法载入 ${src}`));
    document.head.append(script);
  });
}

export async function renderPendingDiagrams() {
  const pending = Array.from(document.querySelectorAll<HTMLElement>('.diagram-pending'));
  if (!pending.length) return;
  await loadScript(`${document.documentElement.dataset.base ?? '/'}vendor/mermaid.min.js`);
  const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
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
