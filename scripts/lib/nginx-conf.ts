/**
 * The part of nginx's configuration language that deploy/nginx.conf uses (directives, blocks, comments, quoted
 * strings), read into a tree; and nginx's own rules for a request: which location serves a URI (prefix, `^~`, `=`
 * and regular-expression locations, nested) and which settings apply there, with add_header's peculiar inheritance
 * (a level that declares any add_header inherits none from above). The unit test checks the configuration with
 * this model; the site test serves the build with the real nginx, which the model must agree with.
 */

export interface Directive {
  name: string;
  args: string[];
  /** 1-based line of the directive's name. */
  line: number;
  /** The directives inside `{ }`, for a block directive. */
  block?: Directive[];
}

interface Token {
  text: string;
  line: number;
  /** A quoted string, never punctuation even if it reads `;` or `{`. */
  quoted: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === ';' || c === '{' || c === '}') {
      out.push({ text: c, line, quoted: false });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let value = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        if (text[i] === '\n') line++;
        value += text[i];
        i++;
      }
      if (i >= text.length) throw new Error(`第 ${start} 行：引号没有闭合`);
      out.push({ text: value, line: start, quoted: true });
      i++;
    } else {
      let value = '';
      while (i < text.length && !/[\s;{}]/.test(text[i]!)) value += text[i++];
      out.push({ text: value, line, quoted: false });
    }
  }
  return out;
}

/** The configuration as a tree of directives; throws, naming the line, on what nginx would refuse to read. */
export function parseNginxConf(text: string): Directive[] {
  const list = tokens(text);
  let at = 0;
  const punct = (t: Token | undefined, p: string) => t !== undefined && !t.quoted && t.text === p;
  function directives(inBlock: boolean): Directive[] {
    const out: Directive[] = [];
    while (at < list.length && !punct(list[at], '}')) {
      const first = list[at]!;
      if (first.quoted || [';', '{'].includes(first.text)) throw new Error(`第 ${first.line} 行：这里应是指令名`);
      const words: string[] = [];
      at++;
      while (at < list.length && !punct(list[at], ';') && !punct(list[at], '{') && !punct(list[at], '}')) {
        words.push(list[at++]!.text);
      }
      if (punct(list[at], ';')) {
        at++;
        out.push({ name: first.text, args: words, line: first.line });
      } else if (punct(list[at], '{')) {
        at++;
        const block = directives(true);
        if (!punct(list[at], '}')) throw new Error(`第 ${first.line} 行：${first.text} 的 { 没有对应的 }`);
        at++;
        out.push({ name: first.text, args: words, line: first.line, block });
      } else {
        throw new Error(`第 ${first.line} 行：${first.text} 缺少结尾的分号`);
      }
    }
    if (!inBlock && at < list.length) throw new Error(`第 ${list[at]!.line} 行：多余的 }`);
    return out;
  }
  return directives(false);
}

/** A location block (or the server level, which has no `location` directive) in the tree. */
export interface Scope {
  directives: Directive[];
  location?: Directive;
}

type Modifier = '' | '=' | '^~' | '~' | '~*';

function locationParts(location: Directive): { modifier: Modifier; pattern: string } {
  const [first, second] = location.args;
  if (second !== undefined) return { modifier: first as Modifier, pattern: second };
  return { modifier: '', pattern: first ?? '' };
}

const scopeOf = (location: Directive): Scope => ({ directives: location.block ?? [], location });

/**
 * nginx's search at one level (ngx_http_core_find_location): the longest prefix location, searched again inside;
 * then, unless that prefix said `^~`, this level's regular expressions in order, the first match winning. `done`
 * is nginx's NGX_OK: an exact or regex match that the levels above must not override.
 */
function find(scope: Scope, uri: string): { chain: Scope[]; done: boolean } {
  const locations = scope.directives.filter((d) => d.name === 'location' && d.block);
  let chain: Scope[] = [];
  let noregex = false;
  let best: Directive | undefined;
  for (const location of locations) {
    const { modifier, pattern } = locationParts(location);
    if (modifier === '=' && uri === pattern) return { chain: [scopeOf(location)], done: true };
    if ((modifier === '' || modifier === '^~') && uri.startsWith(pattern)) {
      if (!best || pattern.length > locationParts(best).pattern.length) best = location;
    }
  }
  if (best) {
    noregex = locationParts(best).modifier === '^~';
    const inner = find(scopeOf(best), uri);
    chain = [scopeOf(best), ...inner.chain];
    if (inner.done) return { chain, done: true };
  }
  if (!noregex) {
    for (const location of locations) {
      const { modifier, pattern } = locationParts(location);
      if (modifier !== '~' && modifier !== '~*') continue;
      if (new RegExp(pattern, modifier === '~*' ? 'i' : '').test(uri)) {
        return { chain: [scopeOf(location), ...find(scopeOf(location), uri).chain], done: true };
      }
    }
  }
  return { chain, done: false };
}

/**
 * The scopes whose settings apply to a request for `uri`, outermost first: the server level (the configuration's
 * top level), then each location nginx descends into, ending with the one that serves the request.
 */
export function scopesFor(conf: Directive[], uri: string): Scope[] {
  const server: Scope = { directives: conf };
  return [server, ...find(server, uri).chain];
}

/** A simple directive's arguments where the request is served: the innermost level that sets it. */
export function settingAt(scopes: Scope[], name: string): string[] | undefined {
  for (const scope of [...scopes].reverse()) {
    const found = scope.directives.filter((d) => d.name === name && !d.block).at(-1);
    if (found) return found.args;
  }
  return undefined;
}

export interface Header {
  name: string;
  value: string;
  always: boolean;
}

/** The add_header lines that apply: all of the innermost level that has any, none from the levels above it. */
export function headersAt(scopes: Scope[]): Header[] {
  for (const scope of [...scopes].reverse()) {
    const own = scope.directives.filter((d) => d.name === 'add_header');
    if (own.length)
      return own.map((d) => ({ name: d.args[0]!, value: d.args[1] ?? '', always: d.args[2] === 'always' }));
  }
  return [];
}

/**
 * The Content-Type nginx gives a file extension where the request is served: from the innermost `types { }`, or
 * undefined where none is set (the http level's mime.types then decides).
 */
export function typeAt(scopes: Scope[], extension: string): string | undefined {
  for (const scope of [...scopes].reverse()) {
    const types = scope.directives.find((d) => d.name === 'types' && d.block);
    if (types) return types.block!.find((entry) => entry.args.includes(extension))?.name ?? 'default_type';
  }
  return undefined;
}

/** Every location block in the tree, depth first. */
export function allLocations(conf: Directive[]): Directive[] {
  return conf.flatMap((d) => (d.name === 'location' && d.block ? [d, ...allLocations(d.block)] : []));
}
