/**
 * Word files and zips made beside Astro. A build renders its pages on one thread, so the second core idles once the
 * content check is done. The Word files (the templates', and the blank self-check form with a row for every
 * procedure's 工作标准) and the zips of them cost Astro's thread about 3 s of CPU on the real content (the docx,
 * JSZip and pako functions in a `node --cpu-prof` profile of `astro build`), and the blank form alone tens of seconds
 * with 2,000 procedures; on a worker thread they use the second core instead. The worker runs the same functions
 * the dev server runs in its own thread (src/lib/docx/render.ts, src/lib/zip.ts), so the bytes are the same.
 *
 * The worker is started from the project's source file, not from the build's bundle: Node strips its types itself.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocModel } from '../docx/model.ts';
import type { DocxMeta } from '../docx/render.ts';
import type { ZipEntry } from '../zip.ts';

/** The worker's file, relative to the project root. */
export const WORD_WORKER = 'src/lib/beside/word-worker.ts';

export type WordJob = { kind: 'docx'; model: DocModel; meta: DocxMeta } | { kind: 'zip'; entries: readonly ZipEntry[] };
export type WordReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

interface Waiting {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

export interface WordFiles {
  docx(model: DocModel, meta: DocxMeta): Promise<Buffer>;
  zip(entries: readonly ZipEntry[]): Promise<Uint8Array>;
}

/**
 * A worker thread of the project at `root`, started by the first job and ended as soon as no job waits: so it holds
 * its memory only while it works beside Astro, never keeps the process alive, and a later job starts a fresh one.
 */
export function wordFilesBeside(root: string): WordFiles {
  let current: { worker: Worker; waiting: Map<number, Waiting> } | undefined;
  let next = 0;

  function start() {
    const worker = new Worker(join(root, WORD_WORKER));
    const waiting = new Map<number, Waiting>();
    const failAll = (error: Error) => {
      if (current?.worker === worker) current = undefined;
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
    };
    worker.on('message', (reply: WordReply) => {
      const job = waiting.get(reply.id)!;
      waiting.delete(reply.id);
      if (!waiting.size) {
        current = undefined;
        void worker.terminate();
      }
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.bytes);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`生成 Word 文件的线程意外退出（退出码 ${code}）`)));
    return { worker, waiting };
  }

  const run = (job: WordJob) =>
    new Promise<Uint8Array>((resolve, reject) => {
      current ??= start();
      const id = next++;
      current.waiting.set(id, { resolve, reject });
      current.worker.postMessage({ id, job });
    });

  return {
    async docx(model, meta) {
      const bytes = await run({ kind: 'docx', model, meta });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    zip: (entries) => run({ kind: 'zip', entries }),
  };
}
