// The `user` command: npm run user -- <add|list|role|disable|enable|token|tokens|revoke> … (see user-help.ts).

import { userMain } from './user-program';

process.exitCode = await userMain(process.argv.slice(2));
