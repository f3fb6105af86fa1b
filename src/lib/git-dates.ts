/**
 * "最后更新" dates from ONE `git log` over content/, not a process per file. The log lists commits newest first,
 * so the first commit naming a file is its last change.
 */

/** The git arguments whose output parseGitLog reads: each commit as NUL + unix time, then the files it touched. */
export const GIT_LOG_ARGS = ['log', '--format=%x00%ct', '--name-only', '--no-renames', '--', 'content/'];

/** Repository-relative path → date of the last commit that touched it. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of output.split('\0')) {
    const [stamp, ...files] = block.split('\n').map((line) => line.trim());
    const seconds = Number(stamp);
    if (!stamp || !Number.isFinite(seconds)) continue;
    for (const file of files) {
      if (file && !dates.has(file)) dates.set(file, new Date(seconds * 1000));
    }
  }
  return dates;
}
