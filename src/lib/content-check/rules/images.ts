/**
 * Images an editor adds, as covers (frontmatter) or in a body (`![说明](./photo.jpg)`): present, small enough to
 * serve, of a format the build converts, within the pixel cap, decodable to the last byte (a truncated camera file
 * would otherwise be published grey), and, for covers, big enough to be shown full width. Astro's own image errors
 * never reach an editor: what they would refuse is refused here first, at the line that names the file.
 * Images uploaded as template attachments are decoded here too, once the attachment gate has passed their header.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { imageSize } from '../../image-size.ts';
import { decodeImage, pixelFinding, undecodable } from '../../files/image.ts';
import { inspectFile } from '../../files/inspect.ts';
import { attachmentFiles } from '../../content-source/tree.ts';
import { ATTACHMENT_DIR } from '../attachments.ts';
import { formatPath, type Problem } from '../../content-source/problem.ts';
import { findAll, ImageValue } from '../validate.ts';
import type { RuleInput } from './input.ts';

/** Smallest cover a case may have: it is shown full width on the case page. */
export const MIN_COVER = { width: 800, height: 450 };
/** Largest image file accepted: bigger ones are camera originals that should be resized before committing. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** One image named by an entry, where it is named. */
interface NamedImage {
  /** The entry's file and the line and field naming the image. */
  at: Omit<Problem, 'problem' | 'fix'>;
  src: string;
  /** Absolute path of the image file. */
  path: string;
  cover: boolean;
}

function namedImages({ root, valid, mdxFacts }: Pick<RuleInput, 'root' | 'valid' | 'mdxFacts'>): NamedImage[] {
  const covers = valid.flatMap((e) =>
    findAll<ImageValue>(e.parsed, ImageValue).map(({ value, path }) => ({
      at: { file: e.file, line: e.lineOf(path), field: formatPath(path) },
      src: value.src,
      path: join(root, dirname(e.file), value.src),
      cover: true,
    })),
  );
  const inBodies = [...mdxFacts].flatMap(([e, facts]) =>
    facts.images.map((image) => ({
      at: { file: e.file, line: image.line, field: '正文' },
      src: image.src,
      path: join(root, dirname(e.file), decodePath(image.src)),
      cover: false,
    })),
  );
  return [...covers, ...inBodies];
}

/** `%E5%9B%BE.jpg` as the file it names; a broken % sequence is left as written (and then not found). */
function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Uploaded PNG and JPEG attachments whose header passed the attachment gate (which reports the others). */
function attachmentImages(root: string): NamedImage[] {
  return attachmentFiles(root)
    .filter((name) => /\.(png|jpg)$/i.test(name))
    .map((name) => ({ name, path: join(root, ATTACHMENT_DIR, name) }))
    .filter(({ name, path }) => lstatSync(path).isFile() && inspectFile(readFileSync(path), name).length === 0)
    .map(({ name, path }) => ({
      at: { file: `${ATTACHMENT_DIR}/${name}`, line: 1, field: '' },
      src: name,
      path,
      cover: false,
    }));
}

/** What is wrong with one image file, short of decoding it. */
function fileProblem(image: NamedImage, entryDir: string, root: string): Pick<Problem, 'problem' | 'fix'> | undefined {
  // An image is read from the entry's own folder, never from elsewhere in (or outside) the repository.
  if (relative(join(root, entryDir), image.path).startsWith('..') || isAbsolute(image.src)) {
    return {
      problem: `图片路径 ${image.src} 超出了本条内容的文件夹`,
      fix: `把图片放进 ${entryDir}/，路径写成 ./文件名`,
    };
  }
  if (!existsSync(image.path))
    return { problem: `找不到图片文件 ${image.src}`, fix: `把图片放进 ${entryDir}/，路径写成 ./文件名` };
  const bytes = statSync(image.path).size;
  if (bytes > MAX_IMAGE_BYTES) {
    return {
      problem: `图片文件太大（${(bytes / 1048576).toFixed(1)} MB）`,
      fix: `缩小到 ${MAX_IMAGE_BYTES / 1048576} MB 以内（长边 1600 像素左右、JPEG 质量 85 即可）`,
    };
  }
  const size = imageSize(readFileSync(image.path).subarray(0, 65536));
  if (!size)
    return { problem: `${image.src} 不是可识别的 PNG、JPEG 或 WebP 图片`, fix: '换成 .png、.jpg 或 .webp 格式的图片' };
  const tooMany = pixelFinding(size);
  if (tooMany) return tooMany;
  if (image.cover && (size.width < MIN_COVER.width || size.height < MIN_COVER.height)) {
    return {
      problem: `图片太小（${size.width}×${size.height}）`,
      fix: `换一张至少 ${MIN_COVER.width}×${MIN_COVER.height} 像素的图片`,
    };
  }
  return undefined;
}

/**
 * Every image checked; those that pass the file checks are decoded in full with sharp, the library the build
 * converts them with.
 */
export async function imageRule(input: Pick<RuleInput, 'root' | 'valid' | 'mdxFacts' | 'memo'>): Promise<Problem[]> {
  // An image decoded in an earlier run, byte for byte the same, is not decoded again.
  const decoded = input.memo?.table<{ reason: string | undefined }>('image-decode');
  const problems: Problem[] = [];
  const decodable: NamedImage[] = attachmentImages(input.root);
  for (const image of namedImages(input)) {
    const found = fileProblem(image, posix.dirname(image.at.file), input.root);
    if (found) problems.push({ ...image.at, ...found });
    else decodable.push(image);
  }
  if (!decodable.length) return problems;
  // Decoding runs on libuv's threads: one decode per core at a time keeps them all busy.
  const queue = [...decodable];
  const decodeNext = async (): Promise<void> => {
    const image = queue.shift();
    if (!image) return;
    const bytes = readFileSync(image.path);
    const known = decoded?.get(bytes);
    const reason = known ? known.reason : await decodeImage(image.path);
    if (!known) decoded?.set(bytes, { reason });
    if (reason) problems.push({ ...image.at, ...undecodable(image.src, reason) });
    return decodeNext();
  };
  await Promise.all(Array.from({ length: availableParallelism() }, decodeNext));
  return problems;
}
