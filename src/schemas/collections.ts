/**
 * The registry of content collections: where each lives under content/, how its entry ids are made, and its
 * schema. src/content.config.ts turns it into Astro collections and the content checker reads the same files the
 * same way, so the two can never disagree about what an entry is.
 */
import type { z } from 'astro/zod';
import type { CollectionName, SchemaContext } from './context.ts';
import { siteSchema } from './site.ts';
import { dutyListSchema } from './duty-list.ts';
import { chapterSchema } from './chapter.ts';
import { procedureSchema } from './procedure.ts';
import { flowchartSchema } from './flowchart.ts';
import { templateSchema } from './template.ts';
import { regulationSchema } from './regulation.ts';
import { bulletinSchema } from './bulletin.ts';
import { problemSchema } from './rectification.ts';
import { unitSchema } from './unit.ts';
import { seriesSchema } from './series.ts';
import { caseSchema } from './case.ts';
import { publicitySchema } from './publicity.ts';
import { revisionSchema } from './revision.ts';
import { searchWordsSchema } from './search-words.ts';

/** Entries are files matched by `pattern` under `base`; `idOf` turns the path (relative to base) into the id. */
export interface GlobSource {
  kind: 'glob';
  base: string;
  pattern: string;
  idOf: (relativePath: string) => string;
}

/** Entries are items of one YAML file: a list of objects with `id`, or (single) the whole file as entry `id`. */
export interface FileSource {
  kind: 'file';
  path: string;
  single?: { id: string };
}

export interface CollectionDef<S extends z.ZodType = z.ZodType> {
  name: CollectionName;
  /** 中文名, used in messages. */
  label: string;
  /** Where the schema (and its field documentation) lives, quoted in messages. */
  schemaFile: string;
  source: GlobSource | FileSource;
  schema: (ctx: SchemaContext) => S;
}

/** File name without folders and extension: guide/organization/establish-branch.mdx → establish-branch. */
export const fileStem = (relativePath: string): string =>
  relativePath.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Name of the folder holding an index file: cases/some-case/index.mdx → some-case. */
export const folderName = (relativePath: string): string => {
  const parts = relativePath.split('/');
  return parts[parts.length - 2] ?? fileStem(relativePath);
};

const def = <S extends z.ZodType>(d: CollectionDef<S>): CollectionDef<S> => d;

export const COLLECTIONS = {
  site: def({
    name: 'site',
    schemaFile: 'src/schemas/site.ts',
    label: '站点信息',
    source: { kind: 'file', path: 'content/site.yaml', single: { id: 'site' } },
    schema: siteSchema,
  }),
  duties: def({
    name: 'duties',
    schemaFile: 'src/schemas/duty-list.ts',
    label: '责任清单',
    source: { kind: 'glob', base: 'content/duties', pattern: '*.yaml', idOf: fileStem },
    schema: dutyListSchema,
  }),
  chapters: def({
    name: 'chapters',
    schemaFile: 'src/schemas/chapter.ts',
    label: '指引章节',
    source: { kind: 'file', path: 'content/guide/chapters.yaml' },
    schema: chapterSchema,
  }),
  procedures: def({
    name: 'procedures',
    schemaFile: 'src/schemas/procedure.ts',
    label: '工作程序',
    source: { kind: 'glob', base: 'content/guide', pattern: '*/*.mdx', idOf: fileStem },
    schema: procedureSchema,
  }),
  flowcharts: def({
    name: 'flowcharts',
    schemaFile: 'src/schemas/flowchart.ts',
    label: '流程图',
    source: { kind: 'glob', base: 'content/flowcharts', pattern: '*.mdx', idOf: fileStem },
    schema: flowchartSchema,
  }),
  templates: def({
    name: 'templates',
    schemaFile: 'src/schemas/template.ts',
    label: '文书模板',
    source: { kind: 'glob', base: 'content/templates', pattern: '*.mdx', idOf: fileStem },
    schema: templateSchema,
  }),
  regulations: def({
    name: 'regulations',
    schemaFile: 'src/schemas/regulation.ts',
    label: '制度文件',
    source: { kind: 'file', path: 'content/regulations.yaml' },
    schema: regulationSchema,
  }),
  bulletins: def({
    name: 'bulletins',
    schemaFile: 'src/schemas/bulletin.ts',
    label: '重点工作提示单',
    source: { kind: 'glob', base: 'content/bulletins', pattern: '*.yaml', idOf: fileStem },
    schema: bulletinSchema,
  }),
  rectification: def({
    name: 'rectification',
    schemaFile: 'src/schemas/rectification.ts',
    label: '问题整改台账',
    source: { kind: 'file', path: 'content/rectification/ledger.yaml' },
    schema: problemSchema,
  }),
  units: def({
    name: 'units',
    schemaFile: 'src/schemas/unit.ts',
    label: '下属单位',
    source: { kind: 'glob', base: 'content/units', pattern: '*.yaml', idOf: fileStem },
    schema: unitSchema,
  }),
  series: def({
    name: 'series',
    schemaFile: 'src/schemas/series.ts',
    label: '案例系列',
    source: { kind: 'file', path: 'content/cases/series.yaml' },
    schema: seriesSchema,
  }),
  cases: def({
    name: 'cases',
    schemaFile: 'src/schemas/case.ts',
    label: '典型案例',
    source: { kind: 'glob', base: 'content/cases', pattern: '*/index.mdx', idOf: folderName },
    schema: caseSchema,
  }),
  publicity: def({
    name: 'publicity',
    schemaFile: 'src/schemas/publicity.ts',
    label: '党建宣传',
    source: { kind: 'glob', base: 'content/publicity', pattern: '*.mdx', idOf: fileStem },
    schema: publicitySchema,
  }),
  revisions: def({
    name: 'revisions',
    schemaFile: 'src/schemas/revision.ts',
    label: '修订记录',
    source: { kind: 'file', path: 'content/revisions.yaml' },
    schema: revisionSchema,
  }),
  searchWords: def({
    name: 'searchWords',
    schemaFile: 'src/schemas/search-words.ts',
    label: '搜索用语',
    source: { kind: 'file', path: 'content/search/words.yaml', single: { id: 'words' } },
    schema: searchWordsSchema,
  }),
} as const;

export const COLLECTION_LIST: readonly CollectionDef[] = Object.values(COLLECTIONS);
