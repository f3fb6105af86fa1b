/**
 * Hash-insensitive names for comparing two builds: Vite names assets `<stem>.<8-character hash>.<ext>` (images also
 * `<stem>.<hash>_<transform>.<ext>`), Pagefind names its files `<kind>_<hash>.pf_*`. A refactor that moves a module
 * changes hashes but not what readers get, so both sides are read with the hash replaced by `#`. Astro's scoped-style
 * ids (`data-astro-cid-<hash>`) are a hash of the component's file path, so a moved page changes them too: they are
 * numbered by first appearance in each file instead.
 */

const VITE_ASSET = /^(.*\/)?_astro\/([^/]+?)\.[A-Za-z0-9_-]{8}(?:_[A-Za-z0-9]+)?(\.[a-z0-9]+)$/;
const PAGEFIND_FILE = /^(.*\/)?(pagefind[^/]*\/(?:[^/]+\/)*[^/]*?)_?[0-9a-f]{6,}(\.pf_[a-z]+)$/;

/** Each hashed file's path → its path with the hash replaced; files without a hash are left out. */
export function hashedNameMap(files: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    const vite = VITE_ASSET.exec(file);
    if (vite) map.set(file, `${vite[1] ?? ''}_astro/${vite[2]}.#${vite[3]}`);
    const pagefind = PAGEFIND_FILE.exec(file);
    if (pagefind) map.set(file, `${pagefind[1] ?? ''}${pagefind[2]}#${pagefind[3]}`);
  }
  return map;
}

/** Replaces every hashed file name in a text with its normalised name (by base name, longest first). */
export function normaliseHashedNames(text: string, map: Map<string, string>): string {
  const pairs = [...map].map(([from, to]) => [base(from), base(to)] as const);
  pairs.sort((x, y) => y[0].length - x[0].length);
  let out = text;
  for (const [from, to] of pairs) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const SCOPE_ID = /data-astro-cid-([a-z0-9]{8})/g;

/** Replaces each scoped-style id in a text by its order of first appearance, so only the structure is compared. */
export function normaliseScopeIds(text: string): string {
  const seen = new Map<string, number>();
  return text.replace(SCOPE_ID, (_all, id: string) => {
    if (!seen.has(id)) seen.set(id, seen.size + 1);
    return `data-astro-cid-#${seen.get(id)}`;
  });
}
