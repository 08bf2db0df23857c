// Who owns each saved scenario and who wrote each revision, by account id (names change; ids do
// not). Rows saved before accounts existed keep NULL: such a scenario has no owner, so only an
// admin may rename or delete it, and its revisions keep the name they were saved under.

import type { Migration } from '../db/sqlite/migrations';

export const ownershipMigration: Migration = {
	name: 'scenario owners and revision authors as account ids',
	up(db) {
		db.exec(`
			ALTER TABLE scenarios ADD COLUMN owner TEXT;
			ALTER TABLE revisions ADD COLUMN author_id TEXT;
			CREATE INDEX scenarios_by_owner ON scenarios (owner);
		`);
	}
};
