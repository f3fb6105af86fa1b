/**
 * Browser-test helpers for the records the branch tools keep in localStorage: open a tool with records already
 * stored (as an earlier visit or an earlier version of the page would have left them), read the whole storage
 * back, and read what the page says about them and what its download buttons give.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ServedSite } from './served-site.ts';

/** Storage as seen by the page: every key and its text. */
export const storageOf = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++)
      out[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!)!;
    return out;
  });

/**
 * A fresh profile: `records` are stored from the site's home page (same origin), then `path` is opened, so the
 * tool meets them on its first load. `init` runs before every page script (to break storage on purpose).
 */
export async function openWithRecords(
  served: ServedSite,
  path: string,
  records: Record<string, string>,
  init?: () => void,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await (served.browser as Browser).newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(served.url(''));
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, records);
  if (init) await context.addInitScript(init);
  await page.goto(served.url(path));
  return { page, errors, close: () => context.close() };
}

/** The notices shown about the saved record, once the page has shown them. */
export async function noticeTexts(page: Page): Promise<string[]> {
  await page.locator('.saved-record-notice').first().waitFor();
  return page.locator('.saved-record-text').allTextContents();
}

/** Presses a notice's download button: the file's name and its text, byte for byte. */
export async function downloadFromNotice(page: Page, index = 0): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.saved-record-notice').nth(index).getByRole('button', { name: '下载这份记录' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** Kept-aside copies of `key`'s record: `<key>-unreadable-<time>` → text. */
export const keptCopies = (storage: Record<string, string>, key: string) =>
  Object.entries(storage).filter(([name]) => name.startsWith(`${key}-unreadable-`));
