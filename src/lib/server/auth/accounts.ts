// Making accounts: name and password, one role. Emails are required by better-auth but this
// app signs in by name, so an account made here gets a unique address that can never receive
// mail (the reserved .invalid domain).

import { randomUUID } from 'node:crypto';
import type { AccountQueries } from './account-queries';
import type { Auth } from './instance';
import type { Role } from './roles';

export const PLACEHOLDER_EMAIL_DOMAIN = 'accounts.invalid';

export interface NewAccount {
	name: string;
	password: string;
	role: Role;
}

export async function createAccount(auth: Auth, account: NewAccount): Promise<{ id: string }> {
	const { user } = await auth.api.createUser({
		body: {
			email: `${randomUUID()}@${PLACEHOLDER_EMAIL_DOMAIN}`,
			password: account.password,
			name: account.name,
			role: account.role,
			data: { username: account.name, displayUsername: account.name }
		}
	});
	return { id: user.id };
}

export function userCount(accounts: AccountQueries): Promise<number> {
	return accounts.userCount();
}

/** Whether any account holds the admin role (then /setup is gone). */
export async function adminExists(accounts: AccountQueries): Promise<boolean> {
	const roles = await accounts.adminRoles();
	return roles.some((role) => role.split(',').some((part) => part.trim() === 'admin'));
}
