// Node module hook (loaded with `node --import`): writes every module URL that is loaded to $TRACE_IMPORTS_FILE.
// Used to prove that `edu-comms --help` does not load exceljs or docx.
import { register } from 'node:module';

const hook = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.TRACE_IMPORTS_FILE) appendFileSync(process.env.TRACE_IMPORTS_FILE, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
