/**
 * Parse YAML (a .yaml file or an MDX frontmatter block) keeping positions, so every problem can name the line of
 * the key it concerns. The core YAML 1.2 schema is used on purpose: dates stay text, so an impossible date such as
 * 2022-02-30 is seen as written instead of being rolled over into March.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type ErrorCode, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the key (or list item) at `path`, or of the nearest existing ancestor. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Syntax errors, each with its 1-based line: the first of each line (the rest follow from it). */
  errors: { line: number; code?: ErrorCode; message: string }[];
}

/**
 * What a YAML text reads as: what the check's memo keeps between runs (content-check/check-memo.ts). Lines are kept
 * for the keys a problem or warning has named (by their path as JSON), so the warnings every run repeats need no
 * parse either.
 */
export type YamlReading = Pick<ParsedYaml, 'data' | 'errors'> & { lines?: Record<string, number> };

/** A store of readings by text; browser-safe as an interface (the editor's bundle parses without one). */
export interface YamlMemo {
  get(source: string): YamlReading | undefined;
  set(source: string, reading: YamlReading): void;
}

let memo: YamlMemo | undefined;

/** A memo held in memory for the process's life, by the text itself (the dev server's pages: memory-cheap, ~2 MB). */
export function yamlMemoInMemory(): YamlMemo {
  const readings = new Map<string, YamlReading>();
  return {
    get: (source) => {
      const reading = readings.get(source);
      return reading && structuredClone(reading);
    },
    set: (source, reading) => void readings.set(source, structuredClone(reading)),
  };
}

/**
 * Parse through `store` from now on (the content check sets its memo at the start of a run and clears it at the end):
 * a text read before gives its data and errors at once, and is parsed again only if a problem needs a key's line.
 */
export function rememberYamlIn(store: YamlMemo | undefined): void {
  memo = store;
}

export function parseYamlWithLines(source: string, lineOffset = 0): ParsedYaml {
  const store = memo;
  const known = store?.get(source);
  if (store && known) {
    let full: ParsedYaml | undefined;
    const lines = { ...known.lines };
    return {
      data: known.data,
      errors: known.errors.map((e) => ({ ...e, line: e.line + lineOffset })),
      lineOf: (path) => {
        const key = JSON.stringify(path.map(String));
        let line = lines[key];
        if (line === undefined) {
          line = lines[key] = (full ??= parseInFull(source, 0)).lineOf(path);
          // Read afresh: the data handed out above is the caller's, who may have changed it.
          store.set(source, { ...store.get(source)!, lines });
        }
        return line + lineOffset;
      },
    };
  }
  const parsed = parseInFull(source, lineOffset);
  memo?.set(source, { data: parsed.data, errors: parsed.errors.map((e) => ({ ...e, line: e.line - lineOffset })) });
  return parsed;
}

function parseInFull(source: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors: ParsedYaml['errors'] = [];
  for (const e of doc.errors) {
    const line = lineAt(e.pos[0]);
    if (!errors.some((seen) => seen.line === line))
      errors.push({ line, code: e.code, message: e.message.split('\n')[0] ?? e.message });
  }
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // Aliases that expand without bound (the parser gives up): reported at the first alias.
      const alias = /\*[^\s,\]}]+/.exec(source);
      const offset = alias ? alias.index : 0;
      errors.push({ line: lineAt(offset), code: 'RESOURCE_EXHAUSTION', message: (error as Error).message });
    }
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: Node | null = doc.contents as Node | null;
    let line = node?.range ? lineAt(node.range[0]) : 1 + lineOffset;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineAt(keyNode.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  return { data, lineOf, errors };
}

export interface SplitMdx {
  frontmatter: string;
  /** Line number (1-based) of the first frontmatter line, after the opening ---. */
  frontmatterLine: number;
  hasFrontmatter: boolean;
}

/** Separate the YAML frontmatter of an MDX file from its body. */
export function splitFrontmatter(source: string): SplitMdx {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(source);
  if (!m) return { frontmatter: '', frontmatterLine: 1, hasFrontmatter: false };
  return { frontmatter: m[1] ?? '', frontmatterLine: 2, hasFrontmatter: true };
}
