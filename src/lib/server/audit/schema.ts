// The audit log's table: one row per write, never changed or removed afterwards. The triggers
// make "append-only" a property of the file rather than a promise of the code: an UPDATE or
// DELETE from any process (a future handler, a hand-typed sqlite3 session) fails loudly.

import type { Migration } from '../db/sqlite/migrations';

export const auditLogMigration: Migration = {
	name: 'the audit log (append-only)',
	up(db) {
		db.exec(`
			CREATE TABLE audit_log (
				id           INTEGER PRIMARY KEY AUTOINCREMENT,
				at           TEXT NOT NULL,
				account_id   TEXT,
				account_name TEXT NOT NULL,
				action       TEXT NOT NULL,
				target       TEXT NOT NULL,
				outcome      TEXT NOT NULL
			) STRICT;
			CREATE INDEX audit_log_by_account ON audit_log (account_id, id);
			CREATE INDEX audit_log_by_action ON audit_log (action, id);
			CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
				BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
			CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
				BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
		`);
	}
};
