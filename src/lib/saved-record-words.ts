/**
 * What the reader is told about a saved record (see saved-record.ts for what is done with it): one notice per
 * finding, with the record to download and, where something can be deleted, the question asked first; and the
 * sentence shown beside a field whose stored date cannot be used. Pure, and loaded by the page only when there is
 * something to say, so the words cost a page nothing on an ordinary visit.
 */
import { stampOf, type Damage, type FieldProblem, type Finding, type Store, type Tool } from './saved-record.ts';

export interface RecordNotice {
  text: string;
  /** A problem (role="alert") rather than news (role="status"). */
  alert: boolean;
  /** The record the notice is about, to save as a file. */
  file?: { name: string; text: string };
  /** Deletes what the notice is about once the reader confirms; false when storage refused. */
  remove?: { label: string; confirm: string; run: () => boolean };
}

const WORDS: Record<Tool, { what: string; advice: string; offPage: (n: number) => string; offPageLabel: string }> = {
  'self-check': {
    what: '自查记录',
    advice: '请填完后及时导出或打印。',
    offPage: (n) =>
      `本机保存的自查记录中，有 ${n} 项对应的条目已不在本页清单上（条目已修改或删除）。` +
      '这些内容不显示，也不计入报告，仍保存在本机，可以下载查看。',
    offPageLabel: '删除这些内容',
  },
  'party-dues': {
    what: '党费计算记录',
    advice: '需要时请打印本页。',
    offPage: (n) =>
      `本机保存的党费计算记录中，有 ${n} 项已不在本页上。这些内容不参与计算，仍保存在本机，可以下载查看。`,
    offPageLabel: '删除这些内容',
  },
  timeline: {
    what: '时间推算记录',
    advice: '需要时请下载日历文件或打印本页。',
    offPage: (n) =>
      `本机保存的时间推算记录中，有 ${n} 个日期对应的节点已不在本页上（节点已修改或删除）。` +
      '这些日期不参与推算，仍保存在本机，可以下载查看。',
    offPageLabel: '删除这些日期',
  },
};

export function damageText(damage: Damage): string {
  if (damage === 'unreadable') return '格式无法识别';
  if (damage === 'newer') return '来自更新版本的页面，本页无法读取';
  return `有 ${damage} 处内容无法识别，其余内容已读出`;
}

export const cannotSaveText = (tool: Tool) =>
  '这个浏览器不能在本机保存填写的内容（可能是隐私模式、存储空间已满或禁用了本机存储），关闭页面后会丢失。' +
  WORDS[tool].advice;

/** `<key>-unreadable-<stamp>` → `<key>-saved-<stamp>.txt`: ASCII, so every system keeps the name. */
export const keptFileName = (keptKey: string) => `${keptKey.replace('-unreadable-', '-saved-')}.txt`;

/** 'djzy-self-check-unreadable-2026-12-07-101530' → '于2026年12月7日10:15'. */
function keptWhen(keptKey: string): string {
  const m = /-unreadable-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})/.exec(keptKey);
  return m ? `于${m[1]}年${Number(m[2])}月${Number(m[3])}日${m[4]}:${m[5]}` : '';
}

const CONFIRM_DELETE = '确定删除这份另存的记录吗？删除后不能恢复，请先下载保存。';

/** The notices for what opening a record found; `key` is the record's current key, for file names. */
export function recordNotices(
  findings: readonly Finding[],
  tool: Tool,
  key: string,
  store: Store | undefined,
  now: Date,
): RecordNotice[] {
  const { what, offPage, offPageLabel } = WORDS[tool];
  return findings.map((finding): RecordNotice => {
    switch (finding.kind) {
      case 'migrated':
        return { text: `已把旧版页面保存的${what}转换为新格式。`, alert: false };
      case 'unusable':
        return { text: cannotSaveText(tool), alert: true };
      case 'unkept':
        return {
          text:
            `本机保存的${what}${finding.damage ? damageText(finding.damage) : '还有一份是旧版页面保存的'}。` +
            '浏览器存储空间不足，无法另存原记录；为免覆盖，本页这次不保存新填的内容，请先下载这份记录。',
          alert: true,
          file: { name: `${key}-saved-${stampOf(now)}.txt`, text: finding.raw },
        };
      case 'kept':
        return {
          text: finding.damage
            ? `本机保存的${what}${damageText(finding.damage)}。原记录已${keptWhen(finding.key)}另存，未被覆盖，` +
              '可以下载留存，或交给信息中心查看。'
            : `本机还另存有一份${what}（${keptWhen(finding.key)}另存），本页没有采用，可以下载留存。`,
          alert: true,
          file: { name: keptFileName(finding.key), text: finding.raw },
          remove: {
            label: '删除另存的记录',
            confirm: CONFIRM_DELETE,
            run: () => {
              try {
                store!.removeItem(finding.key);
                return true;
              } catch {
                return false;
              }
            },
          },
        };
      case 'off-page':
        return {
          text: offPage(finding.count),
          alert: false,
          file: { name: `${key}-${stampOf(now)}.txt`, text: finding.raw },
          remove: {
            label: offPageLabel,
            confirm: '确定删除这些已不在本页上的内容吗？删除后不能恢复，请先下载保存。',
            run: finding.remove,
          },
        };
    }
  });
}

/** “本机保存的日期「2026-02-30」不是有效日期：2026年2月只有28天。这个日期没有填入，也不会导出，请重新填写。” */
export function fieldProblemText({ value, reason }: FieldProblem): string {
  const again = reason.includes('填写') ? '' : '，请重新填写';
  return `本机保存的日期「${value}」${reason}。这个日期没有填入，也不会导出${again}。`;
}
