/**
 * The system Chromium (never downloaded: intranet build machines cannot), found via CHROMIUM_PATH or the usual
 * install paths. Used by the diagram render step and by the browser tests.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** The browser's path; CHROMIUM_PATH wins (and, pointing nowhere, means “no browser”). */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Playwright is loaded here, on launch: a build that finds every chart and the PDF cached never pays for it. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox', // root in containers and CI
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking', // the closed network refuses Chromium's own connections
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
