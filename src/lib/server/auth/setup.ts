// /setup creates the first account (an admin) and is open only while there is no account at
// all: once anyone exists — even if no admin is left — it is gone, so a deployment whose admins
// were demoted cannot be taken over through it (`npm run user` makes admins then).

import type { RateBucketRows } from '$lib/server/db/shared-state';
import type { AccountQueries } from './account-queries';
import { userCount } from './accounts';

// Accounts are never all removed in normal use: once one is seen, stop asking that database.
const settled = new WeakSet<AccountQueries>();

export async function setupIsOpen(database: AccountQueries): Promise<boolean> {
	if (settled.has(database)) return false;
	if ((await userCount(database)) === 0) return true;
	settled.add(database);
	return false;
}

// Making the first admin is claimed through the database, so that two instances (or two
// processes on one SQLite file) given /setup at the same moment cannot each make one: one token,
// shared by every instance; the others find setup gone. A claim that made no admin is given back.
const FIRST_ADMIN_CLAIM = 'setup:first-admin';
const ONE_CLAIM = { burst: 1, perSecond: 1 / 60 };

/** Runs `make` only if this request holds the claim; null when another holds it. */
export async function withSetupClaim<T>(buckets: RateBucketRows, make: () => Promise<T>): Promise<T | null> {
	const [claim] = await buckets.take([FIRST_ADMIN_CLAIM], ONE_CLAIM, Date.now());
	if (!claim?.taken) return null;
	let made = false;
	try {
		const result = await make();
		made = true;
		return result;
	} finally {
		if (!made) await buckets.refund(FIRST_ADMIN_CLAIM, ONE_CLAIM);
	}
}

/** Another instance holds the claim: waits (a few seconds at most) until its admin can sign in —
 * better-auth writes the user, then its password, so the user alone is not enough — so that this
 * request's "setup is gone" is true by the time it is said and a sign-in can follow. */
export async function untilFirstAccount(database: AccountQueries, ms = 10_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline && (await database.passwordCount()) === 0)
		await new Promise((resolve) => setTimeout(resolve, 50));
}
