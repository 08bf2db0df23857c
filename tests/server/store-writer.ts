// A separate process hammering one saved scenario through the store, for store-processes.test.ts:
// each round reads the head and saves on top of it, as an editor would. Prints its tallies as JSON.

import { openSqliteDatabase } from '../../src/lib/server/db/sqlite/open';

const [file, id, rounds, tag] = process.argv.slice(2);
const database = openSqliteDatabase(file);
const { store } = database;
const tally = { tag, ok: 0, conflicts: 0, errors: [] as string[] };
try {
	const scenario = (await store.get(id))?.scenario;
	if (!scenario) throw new Error(`no saved scenario ${id}`);
	for (let i = 0; i < Number(rounds); i++) {
		const head = (await store.get(id))?.headRevision ?? 0;
		try {
			const result = await store.save(id, { baseRevision: head, scenario, note: `${tag}-${i}` });
			if (result?.ok) tally.ok += 1;
			else tally.conflicts += 1;
		} catch (error) {
			tally.errors.push(error instanceof Error ? error.message : String(error));
		}
	}
} finally {
	await database.close();
}
console.log(JSON.stringify(tally));
