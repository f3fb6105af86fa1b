/** The worker thread of word-files.ts: each message a Word file to render or a zip to pack, answered in bytes. */
import { parentPort } from 'node:worker_threads';
import { renderDocxBytes } from '../../lib/docx/render.ts';
import { packZip } from '../../lib/zip.ts';
import type { WordJob, WordReply } from './word-files.ts';

const port = parentPort!;
port.on('message', async ({ id, job }: { id: number; job: WordJob }) => {
  let reply: WordReply;
  try {
    reply = {
      id,
      bytes: job.kind === 'docx' ? await renderDocxBytes(job.model, job.meta) : await packZip(job.entries),
    };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
