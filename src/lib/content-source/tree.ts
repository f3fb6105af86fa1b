/**
 * The editor's folders as files on disk, before anything in them is read: content/ and editions/ are walked without
 * following links (lstat), so a symbolic link (which git stores and a reviewer sees only as a one-line path) can never
 * bring a file from outside the repository — /etc/passwd, another project, a device that never ends — into a page.
 * Links, pipes, devices and folders named like files are reported and the check reads nothing else (src/lib/content-check/index.ts); file names are held to what
 * editors can see and type; text files are held to a size no page needs, so a pasted book or a generated file is
 * named as too big rather than parsed for seconds or reported as a syntax error.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { FOLDERS, inProject } from '../paths.ts';
import { invisibleCharacters, lookalikes, showInvisible } from './characters.ts';
import type { Problem } from './problem.ts';

/** The folders editors write in (editions/ through `npm run edition`). */
export const EDITOR_FOLDERS = [FOLDERS.content, FOLDERS.editions] as const;

/** Largest YAML or MDX file accepted: 20× the longest procedure (about 25 KB) and the ledger (about 27 KB). */
export const MAX_TEXT_BYTES = 512 * 1024;

/** Files the checker reads as text (the rest are images and attachments, checked by type). */
export const isTextFile = (path: string): boolean => /\.(mdx|md|ya?ml)$/i.test(path);

/** A folder with a file's name (x.mdx, cover.jpg, form.pdf): whatever reads it as that file fails (EISDIR). */
const FILE_LIKE_NAME = /\.(mdx|md|ya?ml|jpe?g|png|webp|gif|svg|pdf|docx?|xlsx?|wps|et|zip)$/i;

export interface ContentTree {
  /** Regular files, repository-relative, with their sizes. */
  files: { path: string; bytes: number }[];
  /** Links, pipes, sockets, devices and folders named like text files: while any is there, nothing else is read. */
  unsafe: Problem[];
  /** Names and sizes to change; the files themselves are safe to read (except oversized ones, see `tooBig`). */
  problems: Problem[];
  /** Text files over MAX_TEXT_BYTES: not read at all. */
  tooBig: Set<string>;
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

function linkTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '（无法读取）';
  }
}

/** What is wrong with one file or folder name, if anything. */
function nameProblem(name: string): Pick<Problem, 'problem' | 'fix'> | undefined {
  const odd = invisibleCharacters(name);
  if (odd.length) {
    const c = odd[0]!;
    return {
      problem: `文件名「${showInvisible(name)}」第 ${c.column} 个字符是看不见的${c.name}（${c.code}）`,
      fix: '重新输入文件名，只用英文字母、数字、连字符和点',
    };
  }
  const look = lookalikes(name);
  if (look) {
    return {
      problem: `文件名「${name}」中${look.explained}`,
      fix: look.meant ? `改名为 ${look.meant}（英文输入法下输入）` : '用英文输入法重新输入文件名',
    };
  }
  if (name !== name.trim() || /^\.|\s/.test(name)) {
    return {
      problem: `文件名「${name}」以点开头或含有空格`,
      fix: '文件名不以点开头、不含空格：用连字符代替空格，如 party-lesson.mdx',
    };
  }
  return undefined;
}

/**
 * The files of content/ and of the frozen editions (editions/<year>/…) whose names end in `ending`, repository-relative
 * and sorted: what the tools that read every file of a kind (the diagrams) read.
 */
export function contentFiles(root: string, ending: string): string[] {
  return (
    readContentTree(root)
      .files.map((f) => f.path)
      .filter((path) => path.endsWith(ending))
      // An edition's files sit in its year's folder; a stray file at the top of editions/ belongs to none.
      .filter((path) => !path.startsWith(`${FOLDERS.editions}/`) || path.split('/').length > 2)
      .sort()
  );
}

/** The files in the attachment folder, as an editor put them there (hidden files and the folder's README aside). */
export function attachmentFiles(root: string): string[] {
  const dir = inProject(root, 'attachments');
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'README.md') : [];
}

/** Walk content/ and editions/ under `root` without following any link. */
export function readContentTree(root: string): ContentTree {
  const tree: ContentTree = { files: [], unsafe: [], problems: [], tooBig: new Set() };
  const visit = (relative: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, relative)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = `${relative}/${name}`;
      const absolute = join(root, path);
      const stat = lstatSync(absolute);
      const bad = name === '.gitkeep' || name === '.DS_Store' ? undefined : nameProblem(name);
      if (bad) tree.problems.push({ file: path, line: 1, field: '', ...bad });
      if (stat.isSymbolicLink()) {
        tree.unsafe.push({
          file: path,
          line: 1,
          field: '',
          problem: `这是一个符号链接（指向 ${showInvisible(linkTarget(absolute))}），不是文件本身`,
          fix: '删除这个链接，把文件本身复制到这里；内容文件夹中不允许符号链接，以免把仓库以外的文件带进网站',
        });
      } else if (stat.isDirectory() && FILE_LIKE_NAME.test(name)) {
        tree.unsafe.push({
          file: path,
          line: 1,
          field: '',
          problem: `这是一个文件夹，名字却像文件（以 ${name.slice(name.lastIndexOf('.'))} 结尾）`,
          fix: '把文件夹改名（去掉扩展名），或删除它',
        });
      } else if (stat.isDirectory()) {
        visit(path);
      } else if (!stat.isFile()) {
        tree.unsafe.push({
          file: path,
          line: 1,
          field: '',
          problem: '这不是普通文件（是管道、套接字或设备文件）',
          fix: '删除它；内容文件夹中只放 YAML、MDX、图片和附件文件',
        });
      } else {
        tree.files.push({ path, bytes: stat.size });
        if (isTextFile(path) && stat.size > MAX_TEXT_BYTES) {
          tree.tooBig.add(path);
          tree.problems.push({
            file: path,
            line: 1,
            field: '',
            problem: `文件太大（${kb(stat.size)}，上限 ${kb(MAX_TEXT_BYTES)}，超出 ${kb(stat.size - MAX_TEXT_BYTES)}），未检查其内容`,
            fix: '一个页面不需要这么长：检查是否误粘贴了整份文件或重复内容；确需很长的内容，拆成几个页面',
          });
        }
      }
    }
  };
  for (const folder of EDITOR_FOLDERS) {
    let stat;
    try {
      stat = lstatSync(join(root, folder));
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) {
      tree.unsafe.push({
        file: folder,
        line: 1,
        field: '',
        problem: `${folder}/ 是一个符号链接（指向 ${showInvisible(linkTarget(join(root, folder)))}）`,
        fix: `把 ${folder}/ 换成真正的文件夹；内容文件夹中不允许符号链接`,
      });
    } else if (stat.isDirectory()) visit(folder);
  }
  return tree;
}
