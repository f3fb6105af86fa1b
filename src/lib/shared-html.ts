/**
 * HTML that two pages of one build show alike, rendered once: a procedure's MDX body, revision notices and 关区规定
 * on its own page and in the printable handbook (/guide/print/), a flowchart's text steps on its page and under its
 * procedure in the handbook.
 * Whichever page Astro renders first renders the part and leaves it here; the second takes it (and, with it, the
 * memory), so the order of the pages does not matter and a build holds only the parts still waiting for their
 * second page. Astro 7 renders a static build's pages in its own process, one module graph (the once-per-build
 * queries, src/data/queries/once-per-build.ts, rely on the same). The dev server renders every time: content
 * changes under it.
 */
export interface SharedHtml {
  /**
   * The part named `key`: rendered by `render` the first time, handed over as it is the second. Its key names what
   * is rendered, props included, so the two pages must render it alike (the handbook then adapts the string).
   */
  take(key: string, render: () => Promise<string>): Promise<string>;
  /** The keys starting with `prefix` that were rendered more than once: none, when every pair of pages shared. */
  renderedAgain(prefix: string): string[];
  /** The keys starting with `prefix` rendered and not yet taken: after a build, parts no second page took. */
  notTaken(prefix: string): string[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A store of parts; `shared` false renders every time (the dev server). */
export function sharedHtml(shared: boolean): SharedHtml {
  // Held as UTF-8 bytes, outside the JavaScript heap: the handbook renders first and leaves every procedure's parts
  // for its page; as strings (trees of Astro's small pieces) they would stay in the heap that each garbage collection
  // walks, in a build that is already near its heap limit at thousands of procedures.
  const parts = new Map<string, Promise<Uint8Array>>();
  const renders = new Map<string, number>();
  return {
    take(key, render) {
      const rendered = parts.get(key);
      if (rendered) {
        parts.delete(key);
        return rendered.then((bytes) => decoder.decode(bytes));
      }
      renders.set(key, (renders.get(key) ?? 0) + 1);
      const html = render();
      if (shared)
        parts.set(
          key,
          html.then((h) => encoder.encode(h)),
        );
      return html;
    },
    renderedAgain: (prefix) => [...renders].filter(([key, n]) => n > 1 && key.startsWith(prefix)).map(([key]) => key),
    notTaken: (prefix) => [...parts.keys()].filter((key) => key.startsWith(prefix)),
  };
}

/** The names of the parts the pages share. */
export const sharedPart = {
  /** A procedure's MDX body in the current text, as its page renders it. */
  procedureBody: (id: string) => `procedure-body:${id}`,
  /** A procedure's notices of revised regulations in the current text (RevisionNotices), as its page renders them. */
  revisionNotices: (id: string) => `revision-notices:${id}`,
  /** A procedure's 关区规定 in the current text (DistrictRules, headings from h2), as its page renders them. */
  districtRules: (id: string) => `district-rules:${id}`,
  /** A flowchart's text steps in the current text, as its page renders them (FlowchartText, headings from h3). */
  flowchartText: (id: string) => `flowchart-text:${id}`,
};

/**
 * The pages' store (src/components/doc/SharedPart.astro): shared in a static build, rendered every time by the dev
 * server. Also on globalThis, for the build's own hooks, which Astro loads in the same process but through another
 * module graph.
 */
export const pageParts = sharedHtml(!import.meta.env.DEV);
const PAGE_PARTS = Symbol.for('djzy.pageParts');
(globalThis as { [PAGE_PARTS]?: SharedHtml })[PAGE_PARTS] = pageParts;

/** The build's store, from an Astro hook (undefined before any page module has loaded). */
export function buildPageParts(): SharedHtml | undefined {
  return (globalThis as { [PAGE_PARTS]?: SharedHtml })[PAGE_PARTS];
}

/**
 * The parts of `store` (the build's, by default) that each procedure shows on its page and in the handbook, and that
 * were not shared: rendered more than once, or rendered and never taken (one of the two pages renders its own).
 * None when the handbook took every procedure's parts from its page. A flowchart's text steps are left out: a chart
 * without a procedure is on its page alone, and one under two procedures is rendered again by design.
 */
export function notShared(store: SharedHtml | undefined = buildPageParts()): string[] {
  const pairs = [sharedPart.procedureBody(''), sharedPart.revisionNotices(''), sharedPart.districtRules('')];
  return store ? pairs.flatMap((prefix) => [...store.renderedAgain(prefix), ...store.notTaken(prefix)]) : [];
}

/**
 * Props for an MDX Content that renders its body as nothing: `<Content {...bodyHeadOnly} />` still gives its page
 * the stylesheets of the components the body uses, which Astro adds to the head as it creates the Content
 * (astro/dist/content/runtime.js), while the body itself is a SharedPart, rendered later or taken as a string.
 * The wrapper renders nothing; `server:root` makes Astro call it without first rendering its children, the body
 * (astro/dist/runtime/server/jsx.js, renderJSXVNode).
 */
export const bodyHeadOnly = { components: { wrapper: () => null }, 'server:root': true };
