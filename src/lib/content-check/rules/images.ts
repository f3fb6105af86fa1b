/** Images an editor adds: present, small enough to serve, decodable, and big enough where they are shown large. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageSize } from '../../image-size.ts';
import type { Problem } from '../problem.ts';
import { findAll, ImageValue } from '../validate.ts';
import { problemAt, type RuleInput } from './input.ts';

/** Smallest cover a case may have: it is shown full width on the case page. */
export const MIN_COVER = { width: 800, height: 450 };
/** Largest image file accepted: bigger ones are camera originals that should be resized before committing. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export function imageRule({ root, valid }: RuleInput): Problem[] {
  return valid.flatMap((e) =>
    findAll<ImageValue>(e.parsed, ImageValue).flatMap(({ value, path }) => {
      const file = join(root, dirname(e.file), value.src);
      if (!existsSync(file)) {
        return [problemAt(e, path, `找不到图片文件 ${value.src}`, `把图片放进 ${dirname(e.file)}/，路径写成 ./文件名`)];
      }
      const bytes = statSync(file).size;
      if (bytes > MAX_IMAGE_BYTES) {
        return [
          problemAt(e, path, `图片文件太大（${(bytes / 1048576).toFixed(1)} MB）`, `缩小到 ${MAX_IMAGE_BYTES / 1048576} MB 以内（长边 1600 像素左右、JPEG 质量 85 即可）`),
        ];
      }
      const size = imageSize(readFileSync(file).subarray(0, 65536));
      if (!size) return [problemAt(e, path, `${value.src} 不是可识别的 PNG、JPEG 或 WebP 图片`, '换成 .png、.jpg 或 .webp 格式的图片')];
      if (size.width < MIN_COVER.width || size.height < MIN_COVER.height) {
        return [problemAt(e, path, `图片太小（${size.width}×${size.height}）`, `换一张至少 ${MIN_COVER.width}×${MIN_COVER.height} 像素的图片`)];
      }
      return [];
    }),
  );
}
