// Whose scenario is it: the owner's account id, a single indexed lookup by primary key, before
// the route runs.

import type { AccountQueries } from './account-queries';

/** The owner's id; null for a scenario saved before accounts; undefined when there is no such scenario. */
export function ownerOf(accounts: AccountQueries, scenarioId: string): Promise<string | null | undefined> {
	return accounts.ownerOf(scenarioId);
}
