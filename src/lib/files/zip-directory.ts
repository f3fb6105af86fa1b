/**
 * A zip file's central directory, read by hand, and its entries inflated one at a time under a hard cap.
 *
 * Not jszip (which builds the site's zips): its public API hides the sizes the directory declares, so a zip bomb
 * could only be measured by inflating it; its inflate has no output cap, so a size that lies is found out only after
 * the memory is gone; it is asynchronous, where the checker's rules are not; and it quietly accepts what an attacker
 * relies on (two entries of one name, the later winning; entries whose data overlap; a local name that differs from
 * the directory's). Here every size is known before a byte is inflated, and node:zlib stops at the declared size.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { printable } from './file-types.ts';

/** One entry as the central directory declares it. */
export interface ZipPart {
  name: string;
  encrypted: boolean;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size, as declared: checked against the data when the part is inflated. */
  size: number;
  /** A Unix symbolic link (the high bits of the external attributes). */
  symlink: boolean;
  /** Offset of the local header and of the compressed data after it. */
  localOffset: number;
  dataStart: number;
}

/** The parts, or what makes the file unreadable, as Chinese words to follow “无法读取：”. */
export type ZipDirectory = { parts: ZipPart[] } | { fault: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  // The end record: the last 22 bytes, or earlier by the length of a comment of up to 65535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at -= 1) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return { fault: '找不到压缩目录（文件不完整、已损坏，或末尾附加了其他数据）' };
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== u16(end + 10)) return { fault: '是分卷压缩文件' };
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (
    (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) ||
    count === 0xffff ||
    directorySize === 0xffffffff ||
    directoryStart === 0xffffffff
  ) {
    return { fault: '使用了 ZIP64 扩展格式（办公软件保存的文档不会这样）' };
  }
  if (directoryStart + directorySize > end) return { fault: '压缩目录超出了文件范围' };

  const parts: ZipPart[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directoryStart + directorySize || u32(at) !== CENTRAL)
      return { fault: `压缩目录第 ${i + 1} 项已损坏` };
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const part = {
      flags,
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
      rawName,
      // Made on Unix (high byte of “version made by” = 3) with file type S_IFLNK.
      symlink: u16(at + 4) >> 8 === 3 && ((u32(at + 38) >>> 16) & 0xf000) === 0xa000,
    };
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (at > directoryStart + directorySize) return { fault: `压缩目录第 ${i + 1} 项已损坏` };
    if (part.compressedSize === 0xffffffff || part.size === 0xffffffff || part.localOffset === 0xffffffff)
      return { fault: '使用了 ZIP64 扩展格式（办公软件保存的文档不会这样）' };
    let name: string;
    try {
      // Bit 11: the name is UTF-8; otherwise code page 437, which for the ASCII names of a package reads as latin1.
      name = flags & 0x800 ? utf8.decode(rawName) : latin1.decode(rawName);
    } catch {
      return { fault: `压缩目录第 ${i + 1} 项的名称不是有效的 UTF-8` };
    }

    // The local header must repeat the directory's name and method: readers that walk local headers must see the
    // same file as readers that use the directory.
    const local = part.localOffset;
    if (local + 30 > directoryStart || u32(local) !== LOCAL) return { fault: `${printable(name)} 的数据位置不对` };
    const localName = bytes.subarray(local + 30, local + 30 + u16(local + 26));
    if (u16(local + 8) !== part.method || Buffer.compare(localName, rawName) !== 0)
      return { fault: `${printable(name)} 的数据与压缩目录不一致` };
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + part.compressedSize > directoryStart) return { fault: `${printable(name)} 的数据超出了文件范围` };
    parts.push({
      name,
      // Bit 0: traditional or AES encryption; bit 6: strong encryption; method 99: AES.
      encrypted: (flags & 0x41) !== 0 || part.method === 99,
      method: part.method,
      crc: part.crc,
      compressedSize: part.compressedSize,
      size: part.size,
      symlink: part.symlink,
      localOffset: local,
      dataStart,
    });
  }
  if (at !== directoryStart + directorySize) return { fault: '压缩目录的长度与记录不符' };

  // Entries whose data overlap are how a small zip unpacks to gigabytes (the same bytes counted many times).
  const byOffset = [...parts].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i += 1) {
    const before = byOffset[i - 1]!;
    if (before.dataStart + before.compressedSize > byOffset[i]!.localOffset)
      return { fault: `${printable(byOffset[i]!.name)} 与 ${printable(before.name)} 的数据重叠` };
  }
  return { parts };
}

/**
 * A part's bytes, inflated with a cap of its declared size (so a size that lies costs nothing), checked against the
 * declared size and CRC; or why it could not be read, as Chinese words to follow “无法读取：”.
 */
export function inflatePart(bytes: Uint8Array, part: ZipPart): { data: Uint8Array } | { fault: string } {
  const raw = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
  let data: Uint8Array;
  if (part.method === 0) {
    data = raw;
  } else {
    try {
      data = inflateRawSync(raw, { maxOutputLength: part.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        return { fault: `${printable(part.name)} 解压后比压缩目录声明的 ${part.size} 字节大（声明的大小是假的）` };
      return { fault: `${printable(part.name)} 的压缩数据已损坏` };
    }
  }
  if (data.length !== part.size) return { fault: `${printable(part.name)} 的实际大小与压缩目录声明的不符` };
  if (crc32(data) !== part.crc) return { fault: `${printable(part.name)} 的数据已损坏（校验值不符）` };
  return { data };
}
