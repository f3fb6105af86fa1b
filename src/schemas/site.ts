import { z } from 'astro/zod';
import { readLinkTarget } from '../lib/link-target.ts';
import { oneOf, paragraph, text } from './fields.ts';

/** content/site.yaml: who runs the site and how it introduces itself. */
export const siteSchema = () =>
  z.strictObject({
    /** 站点名称, shown in the header and in every page title. */
    title: text('站点名称', '基层党建工作指引'),
    /** 一句话简介, used as the default meta description. */
    description: text('站点简介', '……基层党建工作指引的网上版本'),
    /** 主办单位 (the Party committee that owns the guideline). */
    owner: text('主办单位', '中共××海关委员会'),
    /** 承办单位 (the office that maintains the site). */
    operator: text('承办单位', '××海关直属机关党委'),
    /** 联系方式 shown in the footer; optional. */
    contact: text('联系方式', '机关党委办公室 电话 ××××').optional(),
    /** 内容来源说明: the provenance line printed in every footer. */
    provenance: paragraph('内容来源说明', '本站内容依据……'),
    /**
     * Template of the "编辑此页" link, with {path} standing for the repository-relative file path; leave it out to
     * hide the link (e.g. https://git.example/djzy/edit/main/{path}).
     */
    editLink: text('编辑链接模板', 'https://git.example/djzy/edit/main/{path}')
      .refine((v) => v.includes('{path}'), { error: '「编辑链接模板」缺少 {path} — 在文件路径的位置写上 {path}' })
      // Read as the browser will read it (entities, tabs, case), so no spelling of javascript: reaches every page.
      .refine((v) => readLinkTarget(v).kind === 'remote', {
        error: '「编辑链接模板」应为 http:// 或 https:// 开头的网址 — 填写代码托管平台的编辑地址，如 https://git.example/djzy/edit/main/{path}',
      })
      .optional(),
    /**
     * The editors' form-based editor at /admin/ (docs/EDITOR-CMS.md): the intranet forge it opens merge requests on.
     * Set by the IT office (CONTRIBUTING.md, “网页编辑器”); left out, /admin/ says the editor is not switched on and
     * only its local mode (an editor's own clone, `npm run editor`) works.
     */
    editor: z
      .strictObject({
        /** 代码托管平台的种类. */
        forge: oneOf('代码托管平台', ['gitlab', 'forgejo']),
        /** The forge's address, e.g. https://git.example (no trailing path). */
        url: text('代码托管平台地址', 'https://git.example').refine(
          (v) => /^https?:\/\/[^/\s?#]+\/?$/.test(v) && readLinkTarget(v).kind === 'remote',
          { error: '「代码托管平台地址」应为 http:// 或 https:// 开头、只到主机名的网址 — 例如 https://git.example' },
        ),
        /** 仓库 as owner/name on the forge. */
        repo: text('仓库', 'djzy/site').regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {
          error: '「仓库」应写成“所有者/仓库名” — 例如 djzy/site',
        }),
        /** The OAuth application's client id (a public value; the application must not be confidential). */
        appId: text('OAuth 应用 ID', '0123456789abcdef'),
        /** The branch merge requests go to. */
        branch: text('主分支', 'main').default('main'),
      })
      .meta({ title: '网页编辑器' })
      .optional(),
  });

export type SiteData = z.output<ReturnType<typeof siteSchema>>;
