/**
 * Zip downloads (all templates, one procedure's templates) written the same way: entries in the order given, every
 * entry dated DOCUMENT_DATE and no implicit folder entries (JSZip dates those with the clock), so identical files
 * give identical bytes and rebuilding the site changes no download. Every entry passes the publishing gate first
 * (files/inspect.ts): a generated or uploaded file that fails it stops the build instead of being zipped.
 */
import JSZip from 'jszip';
import { DOCUMENT_DATE } from './docx/render.ts';
import { assertSafeToPublish } from './files/inspect.ts';

export interface ZipEntry {
  /** Path inside the zip, e.g. “模板05-关于….docx” or “原件/样表.pdf”. */
  name: string;
  bytes: Uint8Array;
}

/** The zip of `entries`, deterministic; no gate: what a worker thread makes (src/lib/beside/word-files.ts). */
export function packZip(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(DOCUMENT_DATE);
  for (const entry of entries) zip.file(entry.name, entry.bytes, { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

/** The zip of `entries` once every entry has passed the publishing gate; `pack` is packZip here or in a worker. */
export async function zipBytes(entries: readonly ZipEntry[], pack = packZip): Promise<Uint8Array> {
  await assertSafeToPublish(entries.map((e) => ({ name: e.name.split('/').pop()!, bytes: e.bytes })));
  return pack(entries);
}

/** The response of a static .zip endpoint. */
export const zipResponse = (bytes: Uint8Array): Response =>
  new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/zip' } });
