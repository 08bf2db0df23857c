// For db.test.ts: another process with the database open, as a running server has it, until its
// standard input closes. Prints "open" once it holds the file.

import { openStore } from '../lib/server/storage/sqlite-store';

const store = openStore(process.argv[2]);
store.list();
console.log('open');
process.stdin.resume();
process.stdin.once('end', () => {
	store.close();
	process.exit(0);
});
