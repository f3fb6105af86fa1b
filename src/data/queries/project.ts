/**
 * The project folder the views read from (content/, editions/, attachments/). Astro bundles the views into the
 * build's own chunks, so a path worked out from import.meta.url would point into the build's folder; `astro build`
 * and `astro dev` always run in the project folder (npm scripts and scripts/build.ts start them there).
 */
export const projectRoot = (): string => process.cwd();
