// What the app's instances share through their one database besides the data: the rate limits'
// token buckets, and a stamp that changes whenever any instance commits a write (so that a page
// one instance keeps is forgotten when another writes). SQLite's is sqlite/shared-state.ts,
// PostgreSQL's postgres/shared-state.ts; the limiter's side is limits/shared-buckets.ts.

/** One bucket's answer to a take: its level afterwards, and whether a token was taken. */
export interface BucketTake {
	key: string;
	tokens: number;
	taken: boolean;
}

export interface BucketRule {
	/** The most tokens a bucket holds (a new bucket starts full). */
	burst: number;
	/** Tokens added back per second. */
	perSecond: number;
}

/** Token buckets by key, kept in the database so that every instance draws from the same ones. */
export interface RateBucketRows {
	/**
	 * Takes one token from each key's bucket that holds at least one, refilling it first for the
	 * time since it was last used; one atomic statement on the database, whatever other instances
	 * do at the same moment. Answers every key (distinct keys, in any order).
	 */
	take(keys: readonly string[], rule: BucketRule, now: number): Promise<BucketTake[]>;
	/** Gives a token back (a take that turned out not to count), up to the burst. */
	refund(key: string, rule: BucketRule): Promise<void>;
	/** Forgets the buckets whose keys start with `prefix` untouched since `before` (ms since the epoch). */
	sweep(prefix: string, before: number): Promise<void>;
}

export interface ChangeStamp {
	/**
	 * A value that differs once any instance has committed a write (an audited one: every store
	 * write and account change appends an audit row in its own transaction); null while it
	 * cannot be known, and then nothing may be served from a cache. Synchronous and cheap: called on
	 * every page-cache lookup.
	 */
	current(): string | null;
}

export interface SharedState {
	readonly rateBuckets: RateBucketRows;
	readonly changes: ChangeStamp;
	/** Ends what the shared state holds open (PostgreSQL's listening connection). */
	close(): Promise<void>;
}
