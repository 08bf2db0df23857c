// The database schema, as an ordered list of steps. `PRAGMA user_version` records how many have
// run, so a file is brought up to date on open and an old app refuses a newer file rather than
// misreading it. Append new steps; never edit one that has shipped.

import type { Database } from 'better-sqlite3';
import { auditLogMigration } from '../../audit/schema';
import { ownershipMigration } from '../../auth/ownership-schema';
import { forecastRecordMigration } from './forecasts';
import { listIndexesMigration } from './list-indexes';
import { NewerSchemaError } from '../../storage/newer-schema';

export interface Migration {
	/** What the step is for, shown in errors. */
	name: string;
	up(db: Database): void;
}

export const migrations: readonly Migration[] = [
	{
		name: 'scenarios and their revisions',
		up(db) {
			// Titles and model are copied from the head revision so that listing and searching
			// never parse revision JSON. STRICT: a bug writing the wrong type fails loudly.
			db.exec(`
				CREATE TABLE scenarios (
					id            TEXT PRIMARY KEY,
					model_id      TEXT NOT NULL,
					title_en      TEXT NOT NULL,
					title_ar      TEXT NOT NULL,
					head_revision INTEGER NOT NULL,
					created_at    TEXT NOT NULL,
					updated_at    TEXT NOT NULL,
					deleted_at    TEXT
				) STRICT;
				CREATE TABLE revisions (
					scenario_id   TEXT NOT NULL REFERENCES scenarios (id),
					revision      INTEGER NOT NULL,
					created_at    TEXT NOT NULL,
					author        TEXT NOT NULL,
					note          TEXT NOT NULL,
					base_revision INTEGER,
					scenario      TEXT NOT NULL,
					PRIMARY KEY (scenario_id, revision)
				) STRICT, WITHOUT ROWID;
				CREATE INDEX scenarios_by_model ON scenarios (model_id, updated_at);
			`);
		}
	},
	auditLogMigration,
	ownershipMigration,
	listIndexesMigration,
	forecastRecordMigration
];

export function userVersion(db: Database): number {
	return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the steps this file has not had, each in its own IMMEDIATE transaction together with
 * the version bump. The version is read again inside the transaction because another process
 * may be opening the same new file at the same moment: only one of them applies each step.
 */
export function migrate(db: Database, steps: readonly Migration[] = migrations): void {
	const found = userVersion(db);
	if (found > steps.length) {
		throw new NewerSchemaError(found, steps.length);
	}
	steps.forEach((step, index) => {
		const apply = db.transaction(() => {
			if (userVersion(db) > index) return;
			try {
				step.up(db);
			} catch (error) {
				throw new Error(
					`migration ${index + 1} (${step.name}) failed: ${error instanceof Error ? error.message : String(error)}`,
					{ cause: error }
				);
			}
			// PRAGMA takes no bound parameters; `index` is a number we produced.
			db.pragma(`user_version = ${index + 1}`);
		});
		apply.immediate();
	});
}
