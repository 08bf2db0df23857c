// The `scenario` command: npm run scenario -- <validate|run|migrate|schema> … (see program.ts).

import { main } from './program';

process.exitCode = await main(process.argv.slice(2));
