/**
 * Helpers of the access tests (tests/e2e/access-*.test.ts): opening a page kind, walking it with Tab, and finding
 * content that is cut off or pushed sideways. The functions passed to page.evaluate run inside the page, so each is
 * self-contained (no imports, no closures over Node values).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { PageKind } from './page-kinds.ts';

/** Opens a page kind; the full-size chart is reached through its flowchart page's link, as a reader does. */
export async function openKind(page: Page, url: (path: string) => string, kind: PageKind): Promise<number> {
  if (kind.kind === 'diagram') {
    await page.goto(url('flowcharts/member-recruitment/'));
    const href = await page.locator('a[href*="/diagrams/"][href$="/"]').first().getAttribute('href');
    if (!href) throw new Error('流程图页上没有“查看原尺寸”链接');
    const response = await page.goto(new URL(href, page.url()).href);
    return response?.status() ?? 0;
  }
  const response = await page.goto(url(kind.path));
  return response?.status() ?? 0;
}

/** One stop of the Tab walk, as recorded in the page when the element took focus. */
export interface FocusStop {
  /** Position in the page's list of tabbable elements, or -1 for an element not expected to take focus. */
  index: number;
  what: string;
  /** Empty when the focus is plainly visible; else what is wrong, in words. */
  problems: string[];
}

/**
 * Installs, in the page, the list of elements Tab should reach (document order, visible, not disabled, one stop per
 * radio group) and a focusin recorder that says, for each stop, whether the focus can be seen: an outline or shadow
 * that was not there before, with 3:1 contrast against what is behind it (WCAG 1.4.11), not cut off by a scrolling
 * or clipping ancestor, inside the window and not covered by another element (WCAG 2.4.7, 2.4.11).
 */
export async function installFocusRecorder(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Ring = { outline: string; outlineWidth: number; shadow: string; border: string; background: string };
    const w = window as unknown as { __stops: FocusStopInPage[]; __expected: Element[] };
    type FocusStopInPage = { index: number; what: string; problems: string[] };
    const what = (el: Element) => {
      const text = (
        el.getAttribute('aria-label') ||
        (el as HTMLElement).innerText ||
        el.textContent ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.getAttribute('name') ||
        ''
      )
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      const cls = el
        .getAttribute('class')
        ?.split(/\s+/)
        .filter((c) => !c.startsWith('astro-'))[0];
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}>${text}`;
    };
    const ring = (el: Element): Ring => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineColor}`,
        outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
        shadow: s.boxShadow,
        border: `${s.borderTopColor} ${s.borderTopWidth} ${s.borderBottomColor} ${s.borderBottomWidth}`,
        background: s.backgroundColor,
      };
    };
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      return el.getClientRects().length > 0 && s.visibility !== 'hidden';
    };
    const inClosedDetails = (el: Element) => {
      for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
        if (!(d as HTMLDetailsElement).open && !(el.tagName === 'SUMMARY' && el.parentElement === d)) return true;
      }
      return false;
    };
    const candidates = Array.from(
      document.querySelectorAll('a[href], a[*|href], button, input, select, textarea, summary, [tabindex], iframe'),
    ).filter(
      (el) =>
        (el as HTMLElement).tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !(el instanceof HTMLInputElement && el.type === 'hidden') &&
        !el.closest('[inert]') &&
        visible(el) &&
        !inClosedDetails(el),
    );
    // One stop per radio group: the checked one, else the first.
    const expected = candidates.filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
      const group = candidates.filter(
        (o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name && o.form === el.form,
      ) as HTMLInputElement[];
      return el === (group.find((o) => o.checked) ?? group[0]);
    });
    const before = new Map(expected.map((el) => [el, ring(el)]));

    /** sRGB relative luminance and contrast (WCAG 2). */
    const parse = (c: string) => {
      const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
      return m ? { rgb: [+m[1]!, +m[2]!, +m[3]!], a: m[4] === undefined ? 1 : +m[4] } : undefined;
    };
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    /** The first opaque background at or above an element (a gradient or image counts as white: charts). */
    const backdrop = (from: Element | null): number[] => {
      for (let el = from; el; el = el.parentElement) {
        const s = getComputedStyle(el);
        const c = parse(s.backgroundColor);
        if (c && c.a > 0.5) return c.rgb;
        if (s.backgroundImage !== 'none') return [255, 255, 255];
      }
      return [255, 255, 255];
    };

    const stops: FocusStopInPage[] = [];
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as Element;
        // Shift+Tab enters an unchecked radio group at its last button: the group is one stop either way.
        const rep =
          el instanceof HTMLInputElement && el.type === 'radio' && el.name
            ? expected.find(
                (o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name && o.form === el.form,
              )
            : undefined;
        const index = expected.indexOf(rep ?? el);
        const problems: string[] = [];
        const now = ring(el);
        const was = before.get(el);
        const outlined = now.outline !== 'none' && now.outlineWidth >= 2;
        const shadowed = now.shadow !== 'none' && (!was || now.shadow !== was.shadow);
        if (!outlined && !shadowed) {
          problems.push(`焦点没有轮廓（outline: ${now.outline} ${now.outlineWidth}px, box-shadow: ${now.shadow}）`);
        }
        if (outlined && was && was.outline === now.outline && was.outlineWidth === now.outlineWidth) {
          problems.push('获得焦点前后轮廓相同');
        }
        if (outlined) {
          const s = getComputedStyle(el);
          const offset = parseFloat(s.outlineOffset) || 0;
          const colour = parse(s.outlineColor);
          // Outside the box (offset ≥ 0) the ring lies on the parent's background; inside, on the element's own.
          const behind = offset >= 0 ? backdrop(el.parentElement) : backdrop(el);
          if (colour && contrast(colour.rgb, behind) < 3) {
            problems.push(
              `焦点轮廓 ${s.outlineColor} 与背景 rgb(${behind.join(', ')}) 的对比度只有 ${contrast(colour.rgb, behind).toFixed(2)}:1（至少 3:1）`,
            );
          }
          // The ring's outer edge must not be cut off by an ancestor that clips or scrolls.
          const r = el.getBoundingClientRect();
          const grow = Math.max(0, offset) + now.outlineWidth;
          const outer = { left: r.left - grow, right: r.right + grow, top: r.top - grow, bottom: r.bottom + grow };
          // Only the ring's middle must be inside: its outer half may touch a clipping edge.
          const inner = now.outlineWidth / 2;
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            const as = getComputedStyle(a);
            if (as.overflowX === 'visible' && as.overflowY === 'visible') continue;
            const ar = a.getBoundingClientRect();
            const box = {
              left: ar.left + a.clientLeft,
              top: ar.top + a.clientTop,
              right: ar.left + a.clientLeft + a.clientWidth,
              bottom: ar.top + a.clientTop + a.clientHeight,
            };
            const cut = [
              outer.left + inner < box.left - 0.5 && as.overflowX !== 'visible' ? '左' : '',
              outer.right - inner > box.right + 0.5 && as.overflowX !== 'visible' ? '右' : '',
              outer.top + inner < box.top - 0.5 && as.overflowY !== 'visible' ? '上' : '',
              outer.bottom - inner > box.bottom + 0.5 && as.overflowY !== 'visible' ? '下' : '',
            ].join('');
            if (cut) problems.push(`焦点轮廓被 ${what(a)} 裁去（${cut}边）`);
          }
        }
        // In the window and not hidden under another element (a sticky bar, an open panel).
        // A link that wraps is several boxes: its first line is where it starts.
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        if (r.right < 0 || r.left > innerWidth || r.bottom < 0 || r.top > innerHeight) {
          problems.push('获得焦点的元素不在窗口内');
        } else {
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          if (
            top &&
            top !== el &&
            !el.contains(top) &&
            !top.contains(el) &&
            !(el as HTMLInputElement).labels?.[0]?.contains(top)
          ) {
            problems.push(`获得焦点的元素被 ${what(top)} 遮住`);
          }
        }
        if (stops[stops.length - 1]?.index === index && index >= 0) return; // a date field's parts: one stop
        stops.push({ index, what: what(el), problems });
      },
      // Bubbling, after the page's own focus handlers (which may scroll the element into view), as a reader sees it.
    );
    w.__stops = stops;
    w.__expected = expected;
    return expected.length;
  });
}

/** Names of the tabbable elements, in the order Tab should reach them. */
export function expectedStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __expected: Element[] };
    return w.__expected.map(
      (el) => `<${el.tagName.toLowerCase()}>${(el as HTMLElement).innerText?.trim().slice(0, 30) ?? ''}`,
    );
  });
}

export function recordedStops(page: Page): Promise<FocusStop[]> {
  return page.evaluate(() => (window as unknown as { __stops: FocusStop[] }).__stops.splice(0));
}

/** Whether focus has left the page's elements (on <body> or outside the document). */
export function focusOnBody(page: Page): Promise<boolean> {
  return page.evaluate(() => !document.activeElement || document.activeElement === document.body);
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Presses Tab or Shift+Tab `times` times as the keyboard does (Chromium's input pipeline, so focus moves, :focus-visible
 * applies and scripts see the keys), sending the key events at once rather than waiting for each: Chromium handles
 * them in order, and 500 presses take a second instead of twenty.
 */
export async function pressMany(page: Page, key: 'Tab' | 'Shift+Tab', times: number): Promise<void> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const event = {
    key: 'Tab',
    code: 'Tab',
    windowsVirtualKeyCode: 9,
    nativeVirtualKeyCode: 9,
    modifiers: key === 'Shift+Tab' ? 8 : 0,
  };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i++) {
    sent.push(session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event }));
    sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event }));
  }
  await Promise.all(sent);
}

/**
 * Presses a key until `count` stops are recorded (a date field takes several presses, one per part) or, on a
 * trap, until 3 × count + 20 presses; then once more, which must take focus off the page's elements (past the last
 * or before the first). Keys are sent in batches without a look at the page between them, which keeps a walk over
 * the self-check's 500 controls to seconds.
 */
export async function walk(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  count: number,
): Promise<{ stops: FocusStop[]; left: boolean }> {
  const stops: FocusStop[] = [];
  let presses = 0;
  while (stops.length < count && presses < 3 * count + 20) {
    const batch = Math.max(1, count - stops.length);
    await pressMany(page, key, batch);
    presses += batch;
    for (const stop of await recordedStops(page)) {
      if (stops[stops.length - 1]?.index !== stop.index || stop.index < 0) stops.push(stop);
    }
  }
  await pressMany(page, key, 1);
  // Past the last control focus goes to the browser (here: <body>); before the first, headless Chromium wraps
  // round to the other end. Either way it got out.
  const wrapTo = key === 'Tab' ? 0 : count - 1;
  const left = await page.evaluate(
    (wrap) =>
      !document.activeElement ||
      document.activeElement === document.body ||
      (window as unknown as { __expected: Element[] }).__expected.indexOf(document.activeElement) === wrap,
    wrapTo,
  );
  await recordedStops(page); // a walk that goes round again is not part of this one
  return { stops, left };
}

/**
 * What a narrow or zoomed window loses, found in the page: the page scrolling sideways; text reaching past the
 * window's right edge outside a box that scrolls on its own (a table or chart may, WCAG 1.4.10's exception, but
 * only in a named scrolling region, never a paragraph); a box with overflow hidden or clip whose text is cut off;
 * a heading or control not wholly on the page. Each finding is a line in Chinese naming the element.
 */
export function lostContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const what = (el: Element) => {
      const cls = el
        .getAttribute('class')
        ?.split(/\s+/)
        .filter((c) => !c.startsWith('astro-'))[0];
      const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}>${text}`;
    };
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`页面横向滚动：内容宽 ${document.documentElement.scrollWidth}px，窗口宽 ${width}px`);
    }
    const scrollsSideways = (el: Element) => {
      const s = getComputedStyle(el);
      return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    };
    const all = Array.from(document.body.querySelectorAll('*'));
    for (const el of all) {
      if (!scrollsSideways(el)) continue;
      // A box that scrolls sideways holds a table, chart or code, is named and can be reached by keyboard.
      const holdsWide = el.querySelector('table, svg, pre, img, .diagram-canvas') !== null;
      const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      if (!holdsWide) found.push(`${what(el)}：横向滚动的区域里只有文字`);
      else if (!named) found.push(`${what(el)}：横向滚动的区域没有名称（aria-label）`);
    }
    const insideScroller = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (scrollsSideways(a)) return true;
      return false;
    };
    const hiddenText = (el: Element) => el.closest('.visually-hidden, [aria-hidden="true"], .skip-link') !== null;
    for (const el of all) {
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden' || hiddenText(el)) continue;
      const clips = ['hidden', 'clip'];
      if (
        (clips.includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (clips.includes(s.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        if ((el.textContent ?? '').trim()) found.push(`${what(el)}：overflow: hidden 裁去了内容`);
      }
    }
    // Text and controls past the window's right (or left) edge.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const reported = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || reported.has(parent) || hiddenText(parent)) continue;
      if (parent.closest('svg') || insideScroller(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const past = (r: DOMRect) => r.width > 0 && (r.right > width + 1 || r.left < -1);
      if (!Array.from(range.getClientRects()).some(past)) continue;
      // Spaces that hang past a wrapped line's end (white-space: pre-wrap) are not content: look at the letters.
      const text = node.textContent;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (past(r)) {
          reported.add(parent);
          found.push(
            `${what(parent)}：文字伸出窗口（${Math.round(r.left)}–${Math.round(r.right)}px，窗口 ${width}px）`,
          );
          break;
        }
      }
    }
    for (const el of Array.from(document.querySelectorAll('h1, h2, h3, h4, a[href], button, input, select, summary'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || hiddenText(el) || insideScroller(el) || el.closest('svg')) continue;
      if (r.left < -1 || r.right > width + 1)
        found.push(`${what(el)}：不能完整显示（${Math.round(r.left)}–${Math.round(r.right)}px）`);
    }
    return found;
  });
}
