/**
 * Images, judged in two steps: the size their header declares (a few bytes, before anything is decoded: a small PNG
 * can declare a billion pixels), then a full decode with sharp, the library the build converts them with, under the
 * same pixel cap, so a truncated or corrupt file is caught before it is published grey.
 */
import { imageSize } from '../image-size.ts';
import type { Finding } from './file-types.ts';
import { MAX_IMAGE_PIXELS } from './limits.ts';

const tenThousands = (pixels: number) => `${Math.round(pixels / 10_000)} 万`;

/** The pixel cap on the dimensions an image declares, or undefined when within it. */
export function pixelFinding(size: { width: number; height: number }): Finding | undefined {
  const pixels = size.width * size.height;
  if (pixels <= MAX_IMAGE_PIXELS) return undefined;
  return {
    problem: `图片像素太多（${size.width}×${size.height}，${tenThousands(pixels)}像素，上限 ${tenThousands(MAX_IMAGE_PIXELS)}，超出 ${tenThousands(pixels - MAX_IMAGE_PIXELS)}）`,
    fix: '缩小图片（长边 8000 像素以内；扫描件用 300 dpi 即可）后重新导出',
  };
}

/** A PNG or JPEG file's header: readable, and within the pixel cap. */
export function checkImageHeader(bytes: Uint8Array, label: string): Finding[] {
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0)
    return [{ problem: `${label}已损坏，读不出尺寸`, fix: '重新从原图导出或重新拷贝这张图片' }];
  const tooBig = pixelFinding(size);
  return tooBig ? [tooBig] : [];
}

/** Decodes an image in full; the first line of sharp's complaint if it cannot, else undefined. */
export async function decodeImage(input: string | Uint8Array): Promise<string | undefined> {
  const { default: sharp } = await import('sharp');
  try {
    await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).raw().toBuffer();
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

/** The finding for an image that does not decode. */
export const undecodable = (name: string, reason: string): Finding => ({
  problem: `图片 ${name} 已损坏，无法完整读取（${reason}）`,
  fix: '重新从原图导出或重新拷贝这张图片（常见原因：拷贝中断、文件没有下载完整）',
});
