import path from 'node:path';

export const DATABASE_FILE_NAME = 'scenario-desk.sqlite';

/** The SQLite file in DATA_DIR (default ./data), when no DATABASE_URL names another database. */
export function databaseFile(dataDir = process.env.DATA_DIR || 'data'): string {
	return path.join(dataDir, DATABASE_FILE_NAME);
}
