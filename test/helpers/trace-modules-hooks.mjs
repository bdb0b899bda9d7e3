// Module resolution hooks for trace-modules.mjs (they run on Node's loader thread).
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.TRACE_MODULES_FILE) appendFileSync(process.env.TRACE_MODULES_FILE, `${result.url}\n`);
  return result;
}
