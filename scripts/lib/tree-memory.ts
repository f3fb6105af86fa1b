/**
 * Peak memory of a process and everything it starts (Astro, Pagefind's native indexer, Chromium), sampled from
 * Linux /proc: the sum of the tree's resident set sizes, every `intervalMs`. Elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The pids in the tree under `root` (root included), given each process's parent. */
export function treeOf(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

const readOr = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
};

function treeRssKiB(root: number): number {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // Field 4 of /proc/<pid>/stat is the parent pid; the command name before it may contain spaces, so split after ')'.
    const parent = Number(readOr(`/proc/${name}/stat`).split(') ')[1]?.split(' ')[1]);
    if (Number.isFinite(parent)) parentOf.set(Number(name), parent);
  }
  return treeOf(root, parentOf).reduce(
    (sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readOr(`/proc/${pid}/status`))?.[1] ?? 0),
    0,
  );
}

/** Start sampling the tree under `root`; stop() returns the peak in MiB, or undefined without /proc. */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop: () => number | undefined } {
  if (process.platform !== 'linux') return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssKiB(root));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak / 1024;
    },
  };
}
