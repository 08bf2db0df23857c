// The instances' shared state on PostgreSQL (see ../shared-state.ts). The rate limits' buckets are
// rows of an UNLOGGED table (counts need no WAL, nor a standby's copy; a server crash empties it),
// each take one INSERT … ON CONFLICT DO UPDATE that refills and takes under the row's lock. The
// change stamp follows LISTEN: the audit log's insert trigger (migrations.ts) NOTIFYs at commit,
// and one connection of this process listens, so a page-cache lookup costs no round trip. While
// that connection is not listening (starting, lost, reconnecting) the stamp is unknown (null) and
// nothing is served from the cache; each new connection is a new epoch, since notifications sent
// while none listened are lost.

import pg from 'pg';
import type { BucketTake, SharedState } from '../shared-state';
import type { Sql } from './sql';

export const CHANGES_CHANNEL = 'scenario_desk_changes';
const RECONNECT_MS = 1000;

/** The bucket's level at $4 (ms), refilled since it was last used ($2 burst, $3 per second). */
const LEVEL = 'LEAST($2::float8, b.tokens + GREATEST(0, $4::bigint - b.at) * $3::float8 / 1000)';

const TAKE = `
	INSERT INTO rate_limit_buckets AS b (key, tokens, at, taken)
	SELECT k, $2::float8 - 1, $4::bigint, true FROM unnest($1::text[]) AS k
	ON CONFLICT (key) DO UPDATE SET
		tokens = ${LEVEL} - CASE WHEN ${LEVEL} >= 1 THEN 1 ELSE 0 END,
		at = GREATEST(b.at, $4::bigint),
		taken = ${LEVEL} >= 1
	RETURNING key, tokens, taken`;

/** A LISTEN connection that comes back after it is lost; `epoch` and `notified` make the stamp. */
function changeListener(url: string) {
	let client: pg.Client | null = null;
	let listening = false;
	let closed = false;
	let epoch = 0;
	let notified = 0;
	let timer: NodeJS.Timeout | null = null;

	const lost = (which: pg.Client) => {
		void which.end().catch(() => undefined);
		if (client !== which) return;
		listening = false;
		client = null;
		if (!closed && !timer) timer = setTimeout(connect, RECONNECT_MS).unref();
	};
	function connect(): void {
		timer = null;
		if (closed) return;
		const made = new pg.Client({ connectionString: url });
		client = made;
		made.on('notification', () => void notified++);
		made.on('error', () => lost(made));
		made.on('end', () => lost(made));
		made
			.connect()
			.then(() => made.query(`LISTEN ${CHANGES_CHANNEL}`))
			.then(() => {
				// Closed (or replaced) while it connected: it must not keep the process alive.
				if (client !== made) return void made.end().catch(() => undefined);
				epoch++;
				listening = true;
			})
			.catch(() => lost(made));
	}
	return {
		current(): string | null {
			if (!client && !timer && !closed) connect();
			return listening ? `${epoch}:${notified}` : null;
		},
		async close() {
			closed = true;
			listening = false;
			if (timer) clearTimeout(timer);
			const open = client;
			client = null;
			await open?.end().catch(() => undefined);
		}
	};
}

export function pgSharedState(sql: Sql, url: string): SharedState {
	const listener = changeListener(url);
	return {
		rateBuckets: {
			async take(keys, rule, now) {
				const rows = await sql.query<BucketTake>(TAKE, [keys, rule.burst, rule.perSecond, Math.round(now)]);
				return rows.map((r) => ({ key: r.key, tokens: Number(r.tokens), taken: r.taken }));
			},
			async refund(key, rule) {
				await sql.query('UPDATE rate_limit_buckets SET tokens = LEAST($2::float8, tokens + 1) WHERE key = $1', [
					key,
					rule.burst
				]);
			},
			async sweep(prefix, before) {
				await sql.query('DELETE FROM rate_limit_buckets WHERE left(key, length($1)) = $1 AND at < $2', [
					prefix,
					Math.round(before)
				]);
			}
		},
		changes: { current: () => listener.current() },
		close: () => listener.close()
	};
}
