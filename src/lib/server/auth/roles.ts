// The three roles, in increasing power: each can do everything the one before it can. One list,
// so the admin plugin, the permission table and the user interface agree on the names.

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** New accounts (created without a role, or signing in by single sign-on) can only read. */
export const DEFAULT_ROLE: Role = 'viewer';

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `held` grants at least what `needed` grants. */
export function roleAtLeast(held: Role, needed: Role): boolean {
	return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/**
 * better-auth stores roles as a comma-separated string (several roles per user are allowed
 * there); an account here holds the most powerful role it was given, and nothing for a value
 * this app does not know.
 */
export function roleFromStored(stored: unknown): Role | null {
	if (typeof stored !== 'string') return null;
	const known = stored
		.split(',')
		.map((part) => part.trim())
		.filter(isRole);
	if (known.length === 0) return null;
	return known.reduce((best, role) => (roleAtLeast(role, best) ? role : best));
}
