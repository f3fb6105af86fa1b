/**
 * The content types `npm run new` can scaffold, and the collections that are fixed by the seed (edited, never
 * added to). Shared by scripts/lib/scaffold.ts and the test that keeps CONTRIBUTING.md in step with it.
 *
 * A type says only what is its own: its collection, its skeleton and its special steps. Where the entry goes
 * (its own file, or an item appended to a YAML list) comes from the collection registry, and numbering limits from
 * the collection's schema (which holds the seed's counts), so scaffold.ts reads both and no type repeats them.
 */
import { isSeq, type Document } from 'yaml';
import type { CollectionName } from '../../src/schemas/context.ts';

/** What a skeleton is written from. */
export interface SkeletonInput {
  /** The id as the editor wrote it: org-life/party-lesson, 2022-08 … */
  id: string;
  /** The id of the entry in its collection (a procedure's is its file name). */
  entryId: string;
  /** The number the scaffolder picked for the type's `numbering` field. */
  number?: number;
  /** The procedure named by --procedure, for types that link to one. */
  procedure?: string;
  /** YYYY-MM-DD. */
  today: string;
  /** Ids of another collection's entries, as content/ holds them now. */
  ids: (collection: CollectionName) => string[];
}

export interface EntryType {
  collection: CollectionName;
  /** The line `npm run new` prints for the type when called without arguments. */
  description: string;
  /** The arguments after the type that CONTRIBUTING.md shows; tests scaffold every type with them. */
  example: string;
  /** A field numbering the entries: `next` after the highest in the same folder or list, or the first unused. */
  numbering?: { field: string; pick: 'next' | 'first-free' };
  /** The id's own form, checked in place of the default (lowercase letters, digits and hyphens). */
  idForm?: { pattern: RegExp; message: string };
  /** A further check of the id against content/; returns the refusal. */
  checkId?: (id: string, ids: SkeletonInput['ids']) => string | undefined;
  /**
   * The entry belongs to the procedure named by --procedure (refused with `missing` without one); `link` adds it to
   * that procedure's frontmatter, so the link goes both ways, and returns a refusal if it cannot.
   */
  procedure?: {
    missing: string;
    link: (frontmatter: Document, entryId: string, procedure: string) => string | undefined;
  };
  skeleton: (input: SkeletonInput) => string;
}

/**
 * The revision date a new edition's skeleton starts with: today, when today can be its date (an edition is revised
 * in its year or late in the year before, as the checker requires); otherwise the first day of its year.
 */
export function editionDate(id: string, today: string): string {
  const year = Number(today.slice(0, 4));
  return !/^\d{4}$/.test(id) || [Number(id), Number(id) - 1].includes(year) ? today : `${id}-01-01`;
}

export const NEW_ENTRY_TYPES: Record<string, EntryType> = {
  procedure: {
    collection: 'procedures',
    description: '工作程序，编号写成 <章节>/<编号>，如 org-life/party-lesson',
    example: 'org-life/party-lesson',
    numbering: { field: 'order', pick: 'next' },
    // The folder is the chapter: it must be one of content/guide/chapters.yaml.
    checkId: (id, ids) => {
      const parts = id.split('/');
      if (parts.length !== 2 || !ids('chapters').includes(parts[0]!)) {
        return `工作程序的编号写成 <章节>/<编号>；章节可选：${ids('chapters').join('、')}`;
      }
    },
    skeleton: ({ number, ids }) => `---
title: 新工作程序（改成程序名称）
order: ${number}
summary: 一句话说明这项工作做什么、谁来做。
responsible:
  - branch
appliesTo: 各党（总）支部
basis:
  - regulation: branch-work-regulation
    note: 写明依据的要点
deadlines:
  - 写明时限要求
# 党内法规留给关区具体规定的事项（报送天数、由谁审批等）写在 districtRules，页面显示为“关区规定”，例如：
# districtRules:
#   - topic: 结果报告的报送时间
#     national: 全国性规定，写明条款；没有规定的写明没有，并写出最接近的规定
#     practice: 通行做法，写出天数
edition: ${ids('revisions').sort().pop() ?? '2022'}
---

## 概述

说明这项工作是什么、为什么做、由谁负责。

## 工作程序

1. **第一步**：做什么、谁来做、时限是多少。（依据）
2. **第二步**：……（通行做法）

## 工作标准

- 写一条可以核对的标准。

## 常见问题

### 问：……？

答：……
`,
  },
  flowchart: {
    collection: 'flowcharts',
    description: '流程图（需 --procedure 指定所属工作程序）',
    example: 'party-lesson --procedure party-lesson',
    numbering: { field: 'order', pick: 'first-free' },
    procedure: {
      missing: '新建流程图需要用 --procedure 指定所属工作程序，如 --procedure theme-party-day',
      link: (frontmatter, entryId, procedure) => {
        const existing = frontmatter.get('flowchart');
        if (existing) return `工作程序「${procedure}」已有流程图「${String(existing)}」，一个程序只对应一张图。`;
        frontmatter.set('flowchart', entryId);
      },
    },
    skeleton: ({ number, procedure }) => `---
title: 新流程图（改成“××流程图”）
order: ${number}
procedure: ${procedure}
summary: 一句话说明这张图画了什么。
---

一段说明：图中的时限写在连线上，各步的具体要求见工作程序。

\`\`\`mermaid
flowchart TD
    accTitle: 新流程图
    accDescr: 用一句话描述整张图，供读屏软件朗读。
    S1["第一步"] -->|"时限"| S2["第二步"]
    S2 --> D1{"判断条件？"}
    D1 -->|"是"| S3["第三步"]
\`\`\`
`,
  },
  template: {
    collection: 'templates',
    description: '文书模板（需 --procedure 指定所属工作程序）',
    example: 'party-lesson-record --procedure party-lesson',
    numbering: { field: 'number', pick: 'first-free' },
    procedure: {
      missing: '新建文书模板需要用 --procedure 指定所属工作程序，如 --procedure branch-election',
      link: (frontmatter, entryId) => {
        const templates = frontmatter.get('templates');
        if (isSeq(templates)) templates.add(entryId);
        else frontmatter.set('templates', [entryId]);
      },
    },
    skeleton: ({ number, procedure }) => `---
title: 关于××××的请示
number: ${number}
category: 请示
purpose: 什么时候、由谁、向谁报送。
procedures:
  - ${procedure}
instructions:
  - “××”处按实际填写
---

# 中共××支部委员会关于××××的请示

中共××海关直属机关委员会：

根据《中国共产党支部工作条例（试行）》有关规定，……现将有关事项请示如下：

一、××××。……

二、××××。……

妥否，请批示。

---

中共××支部委员会

××××年××月××日
`,
  },
  bulletin: {
    collection: 'bulletins',
    description: '重点工作提示单，编号为年-月，如 2022-08',
    example: '2022-08',
    numbering: { field: 'issue', pick: 'next' },
    idForm: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: '提示单的编号是年-月，如 2022-08。' },
    skeleton: ({ id, number }) => `# 第××期重点工作提示单（${id}）
issue: ${number}
month: "${id}"
issuedOn: ${id}-01
example: false
tasks:
  - title: 工作事项
    requirement: 工作要求。
    deadline: ${id}-28
    audience: [branch]
notices: []
studies: []
`,
  },
  case: {
    collection: 'cases',
    description: '典型案例',
    example: 'heart-to-heart-method',
    skeleton: ({ today }) => `---
title: 案例标题
series: branch-method
unit: ××党支部
date: ${today}
summary: 一两句话概括这个案例。
example: false
---

## 背景

## 主要做法

## 工作成效

## 可借鉴之处
`,
  },
  publicity: {
    collection: 'publicity',
    description: '党建宣传条目',
    example: 'reading-club',
    // order 99 puts a new item last within its kind until the editor places it.
    skeleton: () => `---
title: 名称
kind: 重点文化活动
order: 99
summary: 一句话说明。
example: false
---

正文。
`,
  },
  unit: {
    collection: 'units',
    description: '下属单位',
    example: 'example-customs',
    numbering: { field: 'order', pick: 'next' },
    skeleton: ({ number }) => `name: 第×隶属海关
kind: 隶属海关
order: ${number}
example: true
problems:
  - item: 调研发现的问题。
    guidance: 面对面给出的整改指导意见。
    status: 整改中
`,
  },
  regulation: {
    collection: 'regulations',
    description: '制度文件（追加到 content/regulations.yaml）',
    example: 'branch-work-regulation-2018',
    skeleton: ({ id, today }) => `- id: ${id}
  title: 文件名称（不加书名号）
  kind: 规定
  issuer: 制定机关
  issued: "${today.slice(0, 4)}"
  summary: 一两句说明它与基层党建的关系。
  role: 在本站中的作用（被工作程序引用后可删去这一行）。`,
  },
  problem: {
    collection: 'rectification',
    description: '共性问题（追加到 content/rectification/ledger.yaml）',
    example: 'p29',
    numbering: { field: 'number', pick: 'first-free' },
    skeleton: ({ id, number, today }) => `- id: ${id}
  number: ${number}
  chapter: org-life
  title: 问题表述
  example: true
  statusAsOf: "${today.slice(0, 7)}"
  measures:
    - text: 整改措施。
      lead: 直属机关党委
      coLeads: []
      deadline: ${today}
      status: 未启动`,
  },
  revision: {
    collection: 'revisions',
    description: '修订记录（追加到 content/revisions.yaml）',
    example: '2025',
    skeleton: ({ id, today }) => `- id: "${id}"
  title: ${id} 年版
  date: ${editionDate(id, today)}
  summary: 修订概要。
  changes:
    - kind: 修订
      target: 涉及部分
      detail: 说明。`,
  },
};

/**
 * Collections whose entries the seed fixes, and the search's one vocabulary file: editors change them but do not add
 * to them. A list, not derived: the seed facts mark procedures, flowcharts and templates complete too, yet editors add
 * to those in a revision.
 */
export const FIXED_COLLECTIONS: CollectionName[] = ['duties', 'chapters', 'series', 'site', 'searchWords'];
