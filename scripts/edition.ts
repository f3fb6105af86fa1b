/**
 * npm run edition -- <year>: freeze the current guideline (content/guide, flowcharts, templates, regulations.yaml)
 * as that year's edition in editions/<year>/, read-only from then on (src/lib/editions/freeze.ts).
 * npm run edition -- <year> --erratum "原因": record what was corrected in editions/<year>/ as an erratum (today's
 * date and the reason), which the edition's pages show; without one, `npm run check` refuses the change.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { revisionLog } from '../src/lib/content-source/editions.ts';
import { freezeEdition, recordErratum, todayInBeijing } from '../src/lib/editions/freeze.ts';
import { FOLDERS } from '../src/lib/paths.ts';

const EDITIONS_DIR = FOLDERS.editions;

const root = resolve(process.env.DJZY_ROOT ?? join(import.meta.dirname, '..'));
const { values, positionals } = parseArgs({ options: { erratum: { type: 'string' } }, allowPositionals: true });
const year = positionals[0];
const today = todayInBeijing();

if (!year || positionals.length > 1) {
  console.error(
    '用法：npm run edition -- 2024（冻结现行指引为 2024 年版），或 npm run edition -- 2024 --erratum "原因"',
  );
  process.exit(1);
}

try {
  if (values.erratum !== undefined) {
    const erratum = recordErratum(root, year, values.erratum, today);
    console.log(
      erratum
        ? `已记录 ${year} 年版勘误（${erratum.date}）：${erratum.files.join('、')}。请把 ${EDITIONS_DIR}/${year}/ 一并提交。`
        : `${EDITIONS_DIR}/${year}/ 与冻结记录一致，没有需要记录的勘误。`,
    );
  } else {
    if (!revisionLog(root).some((r) => r.id === year)) {
      throw new Error(`content/revisions.yaml 中没有 id: "${year}" 的修订记录：先写好这一版的修订说明，再冻结`);
    }
    const manifest = freezeEdition(root, year, year, today);
    console.log(
      `已把现行指引冻结为 ${year} 年版：${Object.keys(manifest.files).length} 个文件，在 ${EDITIONS_DIR}/${year}/。请提交这个文件夹。`,
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
