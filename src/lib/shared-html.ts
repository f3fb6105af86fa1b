/**
 * HTML that two pages of one build show alike, rendered once: a procedure's MDX body on its own page and in the
 * printable handbook (/guide/print/), a flowchart's text steps on its page and under the procedure in the handbook.
 * Whichever page Astro renders first renders the part and leaves it here; the second takes it (and, with it, the
 * memory), so the order of the pages does not matter and a build holds at most the parts still waiting for their
 * second page. Astro renders a static build's pages in one process, one module graph (the once-per-build queries,
 * src/data/queries/once-per-build.ts, rely on the same). The dev server renders every time: content changes under it.
 */
export interface SharedHtml {
  /**
   * The part named `key`: rendered by `render` the first time, handed over as it is the second. Its key names what
   * is rendered, props included, so the two pages must render it alike (the handbook then adapts the string).
   */
  take(key: string, render: () => Promise<string>): Promise<string>;
  /** How many renders ran, for the tests: one per key when both pages share it. */
  readonly renders: number;
  /** Parts rendered and not yet taken. */
  readonly waiting: number;
}

/** A store of parts; `shared` false renders every time (the dev server). */
export function sharedHtml(shared: boolean): SharedHtml {
  const parts = new Map<string, Promise<string>>();
  let renders = 0;
  return {
    take(key, render) {
      const rendered = parts.get(key);
      if (rendered) {
        parts.delete(key);
        return rendered;
      }
      renders++;
      const html = render();
      if (shared) parts.set(key, html);
      return html;
    },
    get renders() {
      return renders;
    },
    get waiting() {
      return parts.size;
    },
  };
}

/** The names of the parts the pages share. */
export const sharedPart = {
  /** A procedure's MDX body in the current text, as its page renders it. */
  procedureBody: (id: string) => `procedure-body:${id}`,
  /** A flowchart's text steps in the current text, as its page renders them (FlowchartText, headings from h3). */
  flowchartText: (id: string) => `flowchart-text:${id}`,
};

/** The pages' store: shared in a static build, rendered every time by the dev server (src/components/doc/SharedPart.astro). */
export const pageParts = sharedHtml(!import.meta.env.DEV);
