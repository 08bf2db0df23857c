// For db.test.ts: another process with the database open, as a running server has it, until its
// standard input closes. Prints "open" once it holds the file.

import { openSqliteDatabase } from '../lib/server/db/sqlite/open';

const database = openSqliteDatabase(process.argv[2]);
await database.store.list();
console.log('open');
process.stdin.resume();
process.stdin.once('end', () => {
	void database.close().then(() => process.exit(0));
});
