/**
 * The worker thread of word-files.ts: each message a Word file to render or a zip to pack, answered in bytes. One
 * at a time, in the order asked: files made side by side would all be finished only at the end, and the page Astro
 * reaches first would wait for all of them.
 */
import { parentPort } from 'node:worker_threads';
import { renderDocxBytes } from '../docx/render.ts';
import { packZip } from '../zip.ts';
import type { WordJob, WordReply } from './word-files.ts';

const port = parentPort!;

async function answer(id: number, job: WordJob): Promise<WordReply> {
  try {
    return { id, bytes: job.kind === 'docx' ? await renderDocxBytes(job.model, job.meta) : await packZip(job.entries) };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}

let queue = Promise.resolve();
port.on('message', ({ id, job }: { id: number; job: WordJob }) => {
  queue = queue.then(async () => port.postMessage(await answer(id, job)));
});
