// What each `npm run user` command does, through better-auth's server API: createUser for new
// accounts (it hashes the password), and its internal adapter (the layer its own admin endpoints
// use) for roles and bans, since those endpoints want an admin's session and the command line
// has none. API tokens are the auth module's. Every change appends one audit row.

import type { AppDatabase } from '../lib/server/db/types';
import type { Actor, AuditAction } from '../lib/server/audit/types';
import { createAccount } from '../lib/server/auth/accounts';
import { issueApiToken, listApiTokens, revokeApiToken } from '../lib/server/auth/api-tokens';
import { MAX_NAME_LENGTH, MIN_NAME_LENGTH, NAME_PATTERN, type Auth } from '../lib/server/auth/instance';
import { roleFromStored, type Role } from '../lib/server/auth/roles';
import type { Io } from './io';
import type { UserCommand } from './user-args';

export class CommandError extends Error {}

export interface UserContext {
	auth: Auth;
	/** The app's database, for the API-token table and the audit log. */
	database: AppDatabase;
	actor: Actor;
	io: Io;
	password(name: string): Promise<string>;
}

interface StoredUser {
	id: string;
	username?: string | null;
	displayUsername?: string | null;
	name: string;
	role?: string | null;
	banned?: boolean | null;
	createdAt: Date | string;
}

async function findUser(context: UserContext, name: string): Promise<StoredUser> {
	const internal = (await context.auth.$context).adapter;
	// The username plugin stores names lower-cased, and signs in case-insensitively.
	const user = await internal.findOne<StoredUser>({
		model: 'user',
		where: [{ field: 'username', value: name.toLowerCase() }]
	});
	if (!user) throw new CommandError(`no account named "${name}" (see: npm run user -- list)`);
	return user;
}

function displayName(user: StoredUser): string {
	return user.displayUsername || user.username || user.name;
}

function record(context: UserContext, action: AuditAction, target: string): Promise<void> {
	return context.database.audit.append({ actor: context.actor, action, target, outcome: 'ok' });
}

async function updateUser(context: UserContext, user: StoredUser, data: Record<string, unknown>): Promise<void> {
	await (await context.auth.$context).internalAdapter.updateUser(user.id, { ...data, updatedAt: new Date() });
}

function table(rows: string[][]): string {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
	return (
		rows
			.map((row) =>
				row
					.map((cell, i) => cell.padEnd(widths[i]))
					.join('  ')
					.trimEnd()
			)
			.join('\n') + '\n'
	);
}

function day(value: Date | string | null): string {
	return value === null ? '-' : new Date(value).toISOString().slice(0, 16).replace('T', ' ');
}

async function add(context: UserContext, name: string, role: Role): Promise<void> {
	const length = [...name].length;
	if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH || !NAME_PATTERN.test(name))
		throw new CommandError(
			`NAME must be ${MIN_NAME_LENGTH}–${MAX_NAME_LENGTH} letters, digits, ".", "_" or "-" (got "${name}")`
		);
	const internal = (await context.auth.$context).adapter;
	const taken = await internal.findOne({ model: 'user', where: [{ field: 'username', value: name.toLowerCase() }] });
	if (taken) throw new CommandError(`an account named "${name}" already exists`);
	const password = await context.password(name);
	await createAccount(context.auth, { name, password, role });
	await record(context, 'user.create', `user:${name}`);
	context.io.out(`added ${name} (${role})\n`);
}

async function list(context: UserContext): Promise<void> {
	const users = (await (
		await context.auth.$context
	).internalAdapter.listUsers(undefined, undefined, {
		field: 'createdAt',
		direction: 'asc'
	})) as StoredUser[];
	if (users.length === 0) {
		context.io.out('no accounts yet: npm run user -- add NAME --role admin\n');
		return;
	}
	const rows = users.map((user) => [
		displayName(user),
		roleFromStored(user.role) ?? String(user.role ?? '-'),
		user.banned ? 'disabled' : 'active',
		day(user.createdAt)
	]);
	context.io.out(table([['NAME', 'ROLE', 'STATUS', 'CREATED'], ...rows]));
}

export async function executeUserCommand(command: Exclude<UserCommand, { name: 'help' }>, context: UserContext) {
	const out = (text: string) => context.io.out(text);
	switch (command.name) {
		case 'add':
			return add(context, command.user, command.role);
		case 'list':
			return list(context);
		case 'role': {
			const user = await findUser(context, command.user);
			await updateUser(context, user, { role: command.role });
			await record(context, 'user.role', `user:${displayName(user)}`);
			return out(`${displayName(user)} is now ${command.role}\n`);
		}
		case 'disable': {
			const user = await findUser(context, command.user);
			await updateUser(context, user, { banned: true, banReason: 'disabled by npm run user', banExpires: null });
			await (await context.auth.$context).internalAdapter.deleteUserSessions(user.id);
			await record(context, 'user.disable', `user:${displayName(user)}`);
			return out(`${displayName(user)} is disabled: signed out, its sign-ins and tokens refused\n`);
		}
		case 'enable': {
			const user = await findUser(context, command.user);
			await updateUser(context, user, { banned: false, banReason: null, banExpires: null });
			await record(context, 'user.enable', `user:${displayName(user)}`);
			return out(`${displayName(user)} is enabled\n`);
		}
		case 'token': {
			const user = await findUser(context, command.user);
			const issued = await issueApiToken(context.database.tokens, user.id, command.label ?? '');
			await record(context, 'token.create', `token:${issued.id}`);
			context.io.err(`token ${issued.id} for ${displayName(user)}; it is shown this once:\n`);
			return out(`${issued.token}\n`);
		}
		case 'tokens': {
			const user = await findUser(context, command.user);
			const tokens = await listApiTokens(context.database.tokens, user.id);
			if (tokens.length === 0) return out(`${displayName(user)} has no tokens\n`);
			const rows = tokens.map((t) => [t.id, t.label || '-', day(t.createdAt), day(t.lastUsedAt), day(t.revokedAt)]);
			return out(table([['ID', 'LABEL', 'CREATED', 'LAST USED', 'REVOKED'], ...rows]));
		}
		case 'revoke': {
			if (!(await revokeApiToken(context.database.tokens, command.tokenId)))
				throw new CommandError(`no live token with id "${command.tokenId}" (see: npm run user -- tokens NAME)`);
			await record(context, 'token.revoke', `token:${command.tokenId}`);
			return out(`token ${command.tokenId} is revoked\n`);
		}
	}
}
