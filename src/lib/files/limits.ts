/**
 * The bounds a published file must stay within. The package limits follow Apache POI's zip-bomb guard
 * (ZipSecureFile: an entry may not inflate more than 100 times once it is past 100 KB), with a total and an entry
 * count that no real Word or Excel form comes near.
 */

/** Largest file accepted as an attachment or zip entry. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Most parts a Word or Excel package may hold (a form has 10–40). */
export const MAX_PACKAGE_ENTRIES = 1000;
/** Largest a Word or Excel package may be once unpacked, by the sizes its central directory declares. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Largest inflation of one part (uncompressed ÷ compressed)… */
export const MAX_COMPRESSION_RATIO = 100;
/** …counted only for parts larger than this, where a high ratio means something (a short XML part may reach 50). */
export const RATIO_GRACE_BYTES = 100 * 1024;
/** Largest image accepted, in pixels (an A4 scan at 600 dpi is 35 million): decoding costs 3–4 bytes a pixel. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Most bytes a PDF's compressed object streams may decode to, all together. */
export const MAX_PDF_OBJECT_STREAM_BYTES = 20 * 1024 * 1024;

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
