// The few questions the app asks of the accounts itself (better-auth answers the rest through
// its own API): how many there are, whether an admin exists, an account by id, a scenario's owner.

/** A better-auth user row, as far as the app reads it. */
export interface StoredUser {
	id: string;
	name?: string | null;
	username?: string | null;
	displayUsername?: string | null;
	role?: string | null;
	banned?: boolean | number | null;
	banExpires?: Date | string | number | null;
}

export interface AccountQueries {
	userCount(): Promise<number>;
	/** Accounts that can sign in with a password (better-auth writes them just after their user). */
	passwordCount(): Promise<number>;
	/** The stored role of every account whose role mentions admin (roles may be a list). */
	adminRoles(): Promise<string[]>;
	userById(id: string): Promise<StoredUser | null>;
	/** The owner's id; null for a scenario saved before accounts; undefined when there is no such scenario. */
	ownerOf(scenarioId: string): Promise<string | null | undefined>;
}
