// `npm run db -- backup FILE [--force]` and `npm run db -- restore FILE`: the SQLite database under
// DATA_DIR (default ./data), copied out while the server runs, or replaced while it is stopped.
// `export FILE [--force]` and `import FILE`: everything, out of the configured database (SQLite, or
// PostgreSQL with DATABASE_URL) into a file, or into a new one: moving between the two.

import { parseArgs } from 'node:util';
import { databaseFile } from '../lib/server/storage/store';
import { backupDatabase } from './db-backup';
import { DbCommandError, describeFacts } from './db-inspect';
import { restoreDatabase } from './db-restore';
import { databaseName, describeCounts, exportDatabase, importDatabase } from './db-transfer';

const USAGE = `usage: npm run db -- backup FILE [--force]   copy the database (safe while the server runs)
       npm run db -- restore FILE          replace the database with a backup (stop the server first)
       npm run db -- export FILE [--force] everything (scenarios, revisions, accounts, tokens, audit) as JSON
       npm run db -- import FILE           that into a new, empty database (SQLite or PostgreSQL)
backup and restore: DATA_DIR/scenario-desk.sqlite (DATA_DIR defaults to ./data). export and import:
the configured database, DATABASE_URL=postgres://… when set, else that file.`;

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
	if (!file || extra.length > 0 || !['backup', 'restore', 'export', 'import'].includes(command)) {
		console.error(USAGE);
		return 2;
	}
	if (command === 'export') {
		const done = await exportDatabase(file, { force: values.force });
		console.log(`exported ${databaseName()} to ${file}: ${describeCounts(done)}`);
		return 0;
	}
	if (command === 'import') {
		if (values.force) {
			console.error('import takes no --force: it only fills a new, empty database');
			return 2;
		}
		const done = await importDatabase(file);
		console.log(`imported ${file} into ${databaseName()}: ${describeCounts(done)}`);
		return 0;
	}
	if (process.env.DATABASE_URL?.trim()) {
		console.error(
			`${command} copies DATA_DIR's SQLite file, and DATABASE_URL names a PostgreSQL database: ` +
				'back it up with pg_dump, or use export / import'
		);
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
