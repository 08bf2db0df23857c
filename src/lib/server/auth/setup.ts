// /setup creates the first account (an admin) and is open only while there is no account at
// all: once anyone exists — even if no admin is left — it is gone, so a deployment whose admins
// were demoted cannot be taken over through it (`npm run user` makes admins then).

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
