/** Font fallbacks: each Chinese face of the templates keeps its class (serif or sans) on machines without it. */
import { describe, expect, it } from 'vitest';
import { fontconfigRules, SUBSTITUTES } from '../../src/lib/docx/fontconfig.ts';
import { FONTS } from '../../src/lib/docx/render.ts';

const aliasOf = (xml: string, name: string) =>
  new RegExp(`<alias binding="same">\\s*<family>${name}</family>\\s*<prefer>([\\s\\S]*?)</prefer>`).exec(xml)?.[1];
const families = (prefer: string | undefined) =>
  [...(prefer ?? '').matchAll(/<family>([^<]+)<\/family>/g)].map((m) => m[1]);

describe('fontconfig rules', () => {
  const xml = fontconfigRules();

  it('send 仿宋, 小标宋, 楷体 and 宋体 to a serif face and 黑体 to a sans one, after their real equivalents', () => {
    for (const face of [FONTS.body, FONTS.title, FONTS.level2, FONTS.pageNumber]) {
      const prefer = families(aliasOf(xml, face.name));
      expect(prefer.at(-1), face.name).toBe('serif');
      expect(prefer.slice(0, -1)).toEqual(SUBSTITUTES[face.name]);
    }
    expect(families(aliasOf(xml, FONTS.level1.name)).at(-1)).toBe('sans-serif');
    expect(families(aliasOf(xml, FONTS.body.name))).toContain('仿宋');
  });

  it('leave the Latin face to the system, and are a fontconfig document', () => {
    expect(aliasOf(xml, FONTS.latin.name)).toBeUndefined();
    expect(xml).toMatch(/^<\?xml version="1.0"\?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">/);
    expect(xml.trim().endsWith('</fontconfig>')).toBe(true);
  });
});
