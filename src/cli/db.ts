// `npm run db -- backup FILE [--force]` and `npm run db -- restore FILE`: the database under
// DATA_DIR (default ./data), copied out while the server runs, or replaced while it is stopped.

import { parseArgs } from 'node:util';
import { databaseFile } from '../lib/server/storage/store';
import { backupDatabase } from './db-backup';
import { DbCommandError, describeFacts } from './db-inspect';
import { restoreDatabase } from './db-restore';

const USAGE = `usage: npm run db -- backup FILE [--force]   copy the database (safe while the server runs)
       npm run db -- restore FILE          replace the database with a backup (stop the server first)
The database is DATA_DIR/scenario-desk.sqlite (DATA_DIR defaults to ./data).`;

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
	});
	const [command, file, ...extra] = positionals;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!file || extra.length > 0 || (command !== 'backup' && command !== 'restore')) {
		console.error(USAGE);
		return 2;
	}
	const database = databaseFile();
	if (command === 'backup') {
		const done = await backupDatabase(database, file, { force: values.force });
		console.log(`backed up ${database} to ${file}: ${describeFacts(done)}, ${done.bytes} bytes`);
		return 0;
	}
	if (values.force) {
		console.error('restore takes no --force: it keeps the database it replaces as .bak');
		return 2;
	}
	const done = await restoreDatabase(file, database);
	console.log(
		`restored ${database} from ${file}: ${describeFacts(done)}. ` +
			(done.keptAs ? `The database it replaced is kept as ${done.keptAs}.` : 'There was no database before.')
	);
	return 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (!(error instanceof DbCommandError) && !(error instanceof TypeError && 'code' in error)) throw error;
	console.error(`npm run db: ${error.message}`);
	process.exitCode = 1;
}
