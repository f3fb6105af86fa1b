/**
 * Every folder the project reads or writes, relative to the project root, in one place: moving a folder is one
 * edit here. Paths are relative because the checker and the tests run the same code over other roots (a copy of
 * the content tree, a fixture); join them with the root at hand (`inProject(root, 'content')`).
 */
import { join } from 'node:path';

export const FOLDERS = {
  /** What editors write: the current edition's MDX/YAML/CSV and attachments. */
  content: 'content',
  /** Frozen past editions (`editions/<year>/…`). */
  editions: 'editions',
  /** Template attachments editors upload (Word/PDF files offered for download as they are). */
  attachments: 'content/templates/attachments',
  /** Committed render caches: generated, kept in git so a machine without Chromium builds alike (cache/README.md). */
  cache: 'cache',
  /** Committed render cache: flowchart SVGs keyed by source hash. */
  diagramCache: 'cache/diagrams',
  /** Committed render cache: the handbook PDF keyed by source hash. */
  handbookCache: 'cache/handbook',
  /** Generated JSON Schemas that VS Code reads while editors type YAML (npm run schemas; .vscode/settings.json). */
  editorSchemas: '.vscode/schemas',
  /** VS Code's workspace settings, which map each YAML file to its schema. */
  editorSettings: '.vscode',
  /** The built site served at `/`. */
  dist: 'dist',
  /** Scratch space of the build: staging, the sub-path build, fault logs. */
  build: '.build',
  /** The built site served under `/djzy/`. */
  subpathBuild: '.build/subpath',
  /** The release packages of `npm run package`. */
  release: 'release',
  /** The command-line programs (`npm run …`), which the build steps start as child processes. */
  scripts: 'scripts',
} as const;

export type Folder = keyof typeof FOLDERS;

/** A project folder under the given root (the repository, or a copy of it in a test). */
export function inProject(root: string, folder: Folder, ...rest: string[]): string {
  return join(root, FOLDERS[folder], ...rest);
}
