/** The view of /tools/party-dues/: the 党费计算 page, from the 党费 procedure's 交纳标准 (src/data/queries/dues.ts). */
import { routes } from '../../lib/routes.ts';
import { duesView, getDuesProcedure } from '../queries/dues.ts';

export async function getDuesToolPage() {
  const procedure = (await getDuesProcedure())!;
  return {
    title: procedure.data.title,
    procedureHref: routes.procedure(procedure.chapterId, procedure.id),
    view: (await duesView(procedure, undefined))!,
  };
}
