/**
 * /templates/linux-fonts.conf: the fontconfig rules that make LibreOffice and WPS on a Linux machine without the
 * GB/T 9704 fonts show the templates in a 宋体/仿宋-like serif (lib/docx/fontconfig.ts says why a .docx cannot).
 */
import type { APIRoute } from 'astro';
import { getLinuxFontRules } from '../../data/templates.ts';

export const GET: APIRoute = () =>
  new Response(getLinuxFontRules(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
