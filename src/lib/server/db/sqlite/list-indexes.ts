// Indexes in the lists' own order, so that a page of the saved list or the trash reads its rows
// in order and stops after them, instead of sorting every row for every page (list-queries.ts).

import type { Migration } from './migrations';

export const listIndexesMigration: Migration = {
	name: 'indexes for paged lists',
	up(db) {
		db.exec(`
			CREATE INDEX scenarios_by_update ON scenarios (updated_at);
			CREATE INDEX scenarios_in_trash ON scenarios (deleted_at, updated_at) WHERE deleted_at IS NOT NULL;
		`);
	}
};
