// `node --import ./test/helpers/trace-modules.mjs …`: appends the URL of every module the process
// loads to $TRACE_MODULES_FILE, so a test can see what a command really loaded.
import { register } from 'node:module';

register('./trace-modules-hooks.mjs', import.meta.url);
