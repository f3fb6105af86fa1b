/**
 * npm run new -- <类型> <编号> [--procedure <程序编号>]: start a new content entry from a valid skeleton, so an
 * editor fills in text instead of remembering fields. Every skeleton passes `npm run check` as written (apart
 * from the seed's fixed counts, when the collection is already complete). Links that must go both ways
 * (template ↔ procedure, flowchart ↔ procedure) are added on both sides.
 *
 * The scaffolder itself; scripts/new.ts is its command line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isSeq, parseDocument } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content-check/source-map.ts';
import { FIXED_COLLECTIONS, NEW_ENTRY_TYPES } from './entry-types.ts';


/**
 * The revision date a new edition's skeleton starts with: today, when today can be its date (an edition is revised
 * in its year or late in the year before, as the checker requires); otherwise the first day of its year.
 */
export function editionDate(id: string, today: string): string {
  const year = Number(today.slice(0, 4));
  return !/^\d{4}$/.test(id) || [Number(id), Number(id) - 1].includes(year) ? today : `${id}-01-01`;
}

/** A request the scaffolder refuses, with the editor's message. */
export class ScaffoldError extends Error {}

/** Create the entry `args` asks for (`<类型> <编号> [--procedure <程序编号>]`) under `root`; returns what it did. */
export function scaffold(root: string, args: string[]): string[] {
  const said: string[] = [];
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { procedure: { type: 'string' } } });
  const [type, id] = positionals;

  function fail(message: string): never {
    throw new ScaffoldError(message);
  }

  if (!type || !id) {
    fail(`用法：npm run new -- <类型> <编号>\n\n可用的类型：\n${Object.entries(NEW_ENTRY_TYPES).map(([t, d]) => `  ${t.padEnd(11)}${d.description}`).join('\n')}\n\n责任清单、章节、案例系列和站点信息由种子材料固定，只能修改，不能新增。`);
  }
  if ((FIXED_COLLECTIONS as string[]).includes(type)) fail(`「${type}」由种子材料固定，只能修改现有文件，不能新增。`);
  if (!NEW_ENTRY_TYPES[type]) fail(`不认识的类型「${type}」。可用的类型：${Object.keys(NEW_ENTRY_TYPES).join('、')}`);
  const slugPart = id.split('/').pop()!;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugPart) && type !== 'bulletin') {
    fail(`编号「${id}」只能用小写英文字母、数字和连字符，如 party-lesson（中文写在标题里）。`);
  }

  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const write = (path: string, text: string) => {
    if (existsSync(join(root, path))) fail(`${path} 已经存在，换一个编号。`);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    said.push(`已创建 ${path}`);
  };
  const listIds = (path: string) =>
    ((parseDocument(read(path)).toJS() as { id: string }[] | null) ?? []).map((entry) => String(entry.id));
  const latestEdition = () => listIds('content/revisions.yaml').sort().pop() ?? '2022';

  /** The frontmatter (or YAML) value `key` of every file matching `pattern`, as numbers. */
  const numbersIn = (paths: string[], key: string) =>
    paths.map((p) => Number(new RegExp(`^${key}:\\s*(\\d+)`, 'm').exec(read(p))?.[1])).filter(Number.isFinite);
  /** The first whole number from 1 not yet used, but no more than `max`. */
  const firstFree = (used: number[], max: number) => {
    for (let n = 1; n <= max; n++) if (!used.includes(n)) return n;
    return max;
  };
  const filesIn = (dir: string, ext: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => `${dir}/${f}`) : [];
  const today = new Date().toISOString().slice(0, 10);

  /** Edit one procedure's frontmatter with the yaml Document API, keeping its comments and layout. */
  function editProcedure(procedureId: string, edit: (doc: ReturnType<typeof parseDocument>) => void) {
    const file = findProcedure(procedureId);
    const source = read(file);
    const split = splitFrontmatter(source);
    const doc = parseDocument(split.frontmatter);
    edit(doc);
    const rest = source.slice(source.indexOf('\n---', 4) + 4);
    writeFileSync(join(root, file), `---\n${String(doc).trimEnd()}\n---${rest}`);
    said.push(`已更新 ${file}`);
  }

  function findProcedure(procedureId: string): string {
    const chapters = listIds('content/guide/chapters.yaml');
    const file = chapters.map((c) => `content/guide/${c}/${procedureId}.mdx`).find((f) => existsSync(join(root, f)));
    if (!file) fail(`找不到工作程序「${procedureId}」。用 --procedure 写现有程序的编号（content/guide/<章节>/<编号>.mdx 的文件名）。`);
    return file;
  }

  function appendToList(path: string, entry: string, idValue: string) {
    if (listIds(path).includes(idValue)) fail(`${path} 中已有编号「${idValue}」。`);
    writeFileSync(join(root, path), `${read(path).trimEnd()}\n\n${entry.trim()}\n`);
    said.push(`已在 ${path} 末尾追加「${idValue}」`);
  }

  switch (type) {
    case 'procedure': {
      const [chapter, name] = id.includes('/') ? id.split('/') : ['', id];
      if (!chapter || !listIds('content/guide/chapters.yaml').includes(chapter)) {
        fail(`工作程序的编号写成 <章节>/<编号>；章节可选：${listIds('content/guide/chapters.yaml').join('、')}`);
      }
      const order = Math.min(20, Math.max(0, ...numbersIn(filesIn(`content/guide/${chapter}`, '.mdx'), 'order')) + 1);
      write(
        `content/guide/${chapter}/${name}.mdx`,
        `---
title: 新工作程序（改成程序名称）
order: ${order}
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
edition: ${latestEdition()}
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
      );
      break;
    }
    case 'flowchart': {
      const procedure = values.procedure ?? fail('新建流程图需要用 --procedure 指定所属工作程序，如 --procedure theme-party-day');
      editProcedure(procedure, (doc) => {
        if (doc.get('flowchart')) fail(`工作程序「${procedure}」已有流程图「${String(doc.get('flowchart'))}」，一个程序只对应一张图。`);
        doc.set('flowchart', id);
      });
      write(
        `content/flowcharts/${id}.mdx`,
        `---
title: 新流程图（改成“××流程图”）
order: ${firstFree(numbersIn(filesIn('content/flowcharts', '.mdx'), 'order'), 9)}
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
      );
      break;
    }
    case 'template': {
      const procedure = values.procedure ?? fail('新建文书模板需要用 --procedure 指定所属工作程序，如 --procedure branch-election');
      editProcedure(procedure, (doc) => {
        const templates = doc.get('templates');
        if (isSeq(templates)) templates.add(id);
        else doc.set('templates', [id]);
      });
      write(
        `content/templates/${id}.mdx`,
        `---
title: 关于××××的请示
number: ${firstFree(numbersIn(filesIn('content/templates', '.mdx'), 'number'), 30)}
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
      );
      break;
    }
    case 'bulletin': {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(id)) fail('提示单的编号是年-月，如 2022-08。');
      write(
        `content/bulletins/${id}.yaml`,
        `# 第××期重点工作提示单（${id}）
issue: ${Math.max(0, ...numbersIn(filesIn('content/bulletins', '.yaml'), 'issue')) + 1}
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
      );
      break;
    }
    case 'case':
      write(
        `content/cases/${id}/index.mdx`,
        `---
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
      );
      break;
    case 'publicity':
      write(
        `content/publicity/${id}.mdx`,
        `---
title: 名称
kind: 重点文化活动
order: 99
summary: 一句话说明。
example: false
---

正文。
`,
      );
      break;
    case 'unit':
      write(
        `content/units/${id}.yaml`,
        `name: 第×隶属海关
kind: 隶属海关
order: ${Math.min(99, Math.max(0, ...numbersIn(filesIn('content/units', '.yaml'), 'order')) + 1)}
example: true
problems:
  - item: 调研发现的问题。
    guidance: 面对面给出的整改指导意见。
    status: 整改中
`,
      );
      break;
    case 'regulation':
      appendToList(
        'content/regulations.yaml',
        `- id: ${id}
  title: 文件名称（不加书名号）
  kind: 规定
  issuer: 制定机关
  issued: "${today.slice(0, 4)}"
  summary: 一两句说明它与基层党建的关系。
  role: 在本站中的作用（被工作程序引用后可删去这一行）。`,
        id,
      );
      break;
    case 'problem':
      appendToList(
        'content/rectification/ledger.yaml',
        `- id: ${id}
  number: ${firstFree([...read('content/rectification/ledger.yaml').matchAll(/^\s+number:\s*(\d+)/gm)].map((m) => Number(m[1])), 28)}
  chapter: org-life
  title: 问题表述
  example: true
  measures:
    - text: 整改措施。
      lead: 直属机关党委
      coLeads: []
      deadline: ${today}
      status: 未启动`,
        id,
      );
      break;
    case 'revision':
      appendToList(
        'content/revisions.yaml',
        `- id: "${id}"
  title: ${id} 年版
  date: ${editionDate(id, today)}
  summary: 修订概要。
  changes:
    - kind: 修订
      target: 涉及部分
      detail: 说明。`,
        id,
      );
      break;
  }
  said.push('填好内容后运行 npm run check 检查。');
  return said;
}
