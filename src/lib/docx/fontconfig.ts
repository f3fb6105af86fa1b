/**
 * Font rules for Linux machines (统信 UOS, 银河麒麟, Debian) that open the templates without the GB/T 9704 fonts.
 *
 * Why a machine rule and not something in the .docx: LibreOffice's DOCX import reads only a font's name (it skips
 * w:altName, w:panose1 and w:family of word/fontTable.xml), and for a name that is not installed it asks
 * fontconfig, which appends sans-serif to any name it has no rule for. So 仿宋_GB2312 comes out in Noto Sans CJK
 * (a 黑体-like face) whatever the file declares. These rules give each name its Windows and 方正 GBK equivalents
 * and then its class, serif for 仿宋/宋/小标宋/楷 and sans-serif for 黑体; they work system-wide
 * (/etc/fonts/conf.d/45-gbt9704-fonts.conf, read before 49-sansserif.conf) and per user
 * (~/.config/fontconfig/conf.d/45-gbt9704-fonts.conf), since the class is preferred rather than appended.
 * WPS for Linux looks fonts up through fontconfig too.
 */
import { FONTS } from './render.ts';

/** Installed fonts to use in place of each GB/T 9704 name, best first: its own English name, Windows, 方正 GBK, 华文. */
export const SUBSTITUTES: Record<string, readonly string[]> = {
  [FONTS.body.name]: [
    'FangSong_GB2312',
    '仿宋',
    'FangSong',
    '方正仿宋_GBK',
    'FZFangSong-Z02',
    'STFangsong',
    '华文仿宋',
  ],
  [FONTS.title.name]: [
    'FZXiaoBiaoSong-B05S',
    '方正小标宋_GBK',
    'FZXiaoBiaoSong-B05',
    '宋体',
    'SimSun',
    'STSong',
    '华文宋体',
  ],
  [FONTS.level1.name]: ['SimHei', '方正黑体_GBK', 'FZHei-B01', 'STHeiti', '华文黑体'],
  [FONTS.level2.name]: ['KaiTi_GB2312', '楷体', 'KaiTi', '方正楷体_GBK', 'FZKai-Z03', 'STKaiti', '华文楷体'],
  [FONTS.pageNumber.name]: ['SimSun', '方正书宋_GBK', 'FZShuSong-Z01', 'STSong', '华文宋体'],
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The fontconfig file: one alias per Chinese face named in the templates. */
export function fontconfigRules(): string {
  const aliases = Object.values(FONTS)
    .filter((f) => f !== FONTS.latin)
    .map((f) => {
      const prefer = [...(SUBSTITUTES[f.name] ?? []), f.serif ? 'serif' : 'sans-serif'];
      return (
        `  <alias binding="same">\n    <family>${escape(f.name)}</family>\n    <prefer>\n` +
        prefer.map((name) => `      <family>${escape(name)}</family>\n`).join('') +
        '    </prefer>\n  </alias>\n'
      );
    })
    .join('');
  return (
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n' +
    '<!-- 公文字体替换规则（GB/T 9704-2012）：缺少仿宋_GB2312、方正小标宋简体、楷体_GB2312 时用衬线（宋体类）字体，缺少黑体时用无衬线字体。 -->\n' +
    `<fontconfig>\n${aliases}</fontconfig>\n`
  );
}
