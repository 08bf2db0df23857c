// The instances' shared state on SQLite (see ../shared-state.ts): the rate limits' buckets in a
// table of the app's file, so that processes on one DATA_DIR share them, and the change stamp as
// the audit log's last id, which every write raises in its own transaction (PRAGMA data_version
// would change on the buckets' own writes from another process, and on better-auth's sessions).
// Every call is synchronous underneath, each take one short write transaction (WAL, synchronous
// NORMAL: no fsync per request).

import type Database from 'better-sqlite3';
import type { BucketTake, SharedState } from '../shared-state';

export function createRateBucketTable(db: Database.Database): void {
	db.exec(`
		CREATE TABLE IF NOT EXISTS rate_limit_buckets (
			key    TEXT PRIMARY KEY,
			tokens REAL NOT NULL,
			at     INTEGER NOT NULL,
			taken  INTEGER NOT NULL
		) STRICT, WITHOUT ROWID;
	`);
}

/** The bucket's level at :now, refilled since it was last used (:burst, :perSecond). */
const LEVEL = 'min(:burst, b.tokens + max(0, :now - b.at) * :perSecond / 1000.0)';

export function sqliteSharedState(db: Database.Database): SharedState {
	createRateBucketTable(db);
	const takeOne = db.prepare<
		{ key: string; burst: number; perSecond: number; now: number },
		{ tokens: number; taken: number }
	>(
		`INSERT INTO rate_limit_buckets AS b (key, tokens, at, taken) VALUES (:key, :burst - 1, :now, 1)
		 ON CONFLICT (key) DO UPDATE SET
			tokens = ${LEVEL} - (${LEVEL} >= 1),
			at = max(b.at, :now),
			taken = ${LEVEL} >= 1
		 RETURNING tokens, taken`
	);
	const takeAll = db.transaction((keys: readonly string[], burst: number, perSecond: number, now: number) =>
		keys.map((key): BucketTake => {
			const row = takeOne.get({ key, burst, perSecond, now });
			return { key, tokens: row?.tokens ?? 0, taken: row?.taken === 1 };
		})
	);
	const refund = db.prepare('UPDATE rate_limit_buckets SET tokens = min(?, tokens + 1) WHERE key = ?');
	const sweep = db.prepare(
		'DELETE FROM rate_limit_buckets WHERE substr(key, 1, length(:prefix)) = :prefix AND at < :before'
	);
	const lastAudit = db.prepare('SELECT max(id) FROM audit_log').pluck();

	return {
		rateBuckets: {
			take: async (keys, rule, now) => takeAll.immediate(keys, rule.burst, rule.perSecond, Math.round(now)),
			refund: async (key, rule) => void refund.run(rule.burst, key),
			sweep: async (prefix, before) => void sweep.run({ prefix, before: Math.round(before) })
		},
		changes: { current: () => String(lastAudit.get() ?? 0) },
		close: async () => undefined
	};
}
