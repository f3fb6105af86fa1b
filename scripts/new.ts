/**
 * npm run new -- <类型> <编号> [--procedure <程序编号>]: start a new content entry from a valid skeleton
 * (scripts/lib/scaffold.ts), so an editor fills in text instead of remembering fields.
 */
import { join, resolve } from 'node:path';
import { scaffold, ScaffoldError } from './lib/scaffold.ts';

const root = resolve(process.env.DJZY_ROOT ?? join(import.meta.dirname, '..'));
try {
  for (const line of scaffold(root, process.argv.slice(2))) console.log(line);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
