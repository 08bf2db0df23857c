// A separate process hammering one saved scenario through the store, for store-processes.test.ts:
// each round reads the head and saves on top of it, as an editor would. Prints its tallies as JSON.

import { openStore } from '../../src/lib/server/storage/sqlite-store';

const [file, id, rounds, tag] = process.argv.slice(2);
const store = openStore(file);
const tally = { tag, ok: 0, conflicts: 0, errors: [] as string[] };
try {
	const scenario = store.get(id)?.scenario;
	if (!scenario) throw new Error(`no saved scenario ${id}`);
	for (let i = 0; i < Number(rounds); i++) {
		const head = store.get(id)?.headRevision ?? 0;
		try {
			const result = store.save(id, { baseRevision: head, scenario, note: `${tag}-${i}` });
			if (result?.ok) tally.ok += 1;
			else tally.conflicts += 1;
		} catch (error) {
			tally.errors.push(error instanceof Error ? error.message : String(error));
		}
	}
} finally {
	store.close();
}
console.log(JSON.stringify(tally));
