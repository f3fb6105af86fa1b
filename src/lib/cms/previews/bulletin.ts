/**
 * A bulletin (重点工作提示单) as its page shows it (src/pages/bulletins/[id].astro): the sheet's title and issue line,
 * 一、重要工作提示 as the task list (src/components/bulletins/TaskList.astro), then the notices and studies.
 */
import { dutyListOwner } from '../../duty-lists.ts';
import { type H, type PreviewInput, dayText, isoText, list, monthText, record, scoped, text } from './element.ts';
import { exampleBadge } from './frame.ts';

const NUMERALS = ['一', '二', '三'];

export function bulletinPreview(input: PreviewInput, h: H): unknown {
  const { data, site } = input;
  const sheet = scoped(h, site, 'sheet');
  const task = scoped(h, site, 'task-list');
  const tasks = list(data.tasks).map(record);
  const notices = list(data.notices).map(record);
  const studies = list(data.studies).map(record);
  const sections: unknown[] = [];
  const heading = (title: string) => sheet('h2', null, `${NUMERALS[sections.length / 2]}、${title}`);

  sections.push(
    heading('重要工作提示'),
    task(
      'ol',
      { className: 'task-list' },
      ...tasks.map((t) =>
        task(
          'li',
          null,
          task('h3', { className: 'task-title' }, text(t.title)),
          task('p', null, text(t.requirement)),
          task(
            'p',
            { className: 'small task-when' },
            task(
              'span',
              { className: 'task-deadline' },
              task('strong', null, '时限：'),
              task('time', { dateTime: isoText(t.deadline) }, dayText(t.deadline)),
              '前',
            ),
          ),
          task(
            'p',
            { className: 'small' },
            task('strong', null, '落实主体：'),
            task('span', { className: 'duty-links' }, list(t.audience).map(text).map(dutyListOwner).join('、')),
          ),
        ),
      ),
    ),
  );
  if (notices.length > 0) {
    sections.push(
      heading('重要情况通报'),
      sheet(
        'ol',
        null,
        ...notices.map((n) =>
          sheet('li', null, sheet('strong', null, text(n.title)), `（${text(n.period)}）：${text(n.summary)}`),
        ),
      ),
    );
  }
  if (studies.length > 0) {
    sections.push(
      heading('学习内容提醒'),
      sheet(
        'ol',
        null,
        ...studies.map((s) =>
          sheet(
            'li',
            null,
            `${text(s.title)}（${text(s.source)}`,
            isoText(s.date) ? '，' : null,
            isoText(s.date) ? sheet('time', { dateTime: isoText(s.date) }, dayText(s.date)) : null,
            '）',
          ),
        ),
      ),
    );
  }
  return sheet(
    'article',
    { className: 'sheet' },
    sheet('h1', null, '全面从严治党重点工作提示单 ', data.example === true ? exampleBadge(h) : null),
    sheet(
      'p',
      { className: 'sheet-meta' },
      `第${text(data.issue)}期　${monthText(data.month)}　印发日期：`,
      sheet('time', { dateTime: isoText(data.issuedOn) }, dayText(data.issuedOn)),
    ),
    ...sections,
  );
}
