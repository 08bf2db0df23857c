// `npm run user -- …` arguments → one command, or a UsageError whose message is shown as is.
// node:util's parseArgs does the tokenising (--flag value, --flag=value, unknown flags refused);
// this file says which command takes which positionals and options.

import { parseArgs } from 'node:util';
import { ROLES, isRole, type Role } from '../lib/server/auth/roles';
import { UsageError } from './args';

export type UserCommand =
	| { name: 'help' }
	| { name: 'add'; user: string; role: Role }
	| { name: 'list' }
	| { name: 'role'; user: string; role: Role }
	| { name: 'disable'; user: string }
	| { name: 'enable'; user: string }
	| { name: 'token'; user: string; label?: string }
	| { name: 'tokens'; user: string }
	| { name: 'revoke'; tokenId: string };

const COMMANDS = ['add', 'list', 'role', 'disable', 'enable', 'token', 'tokens', 'revoke'] as const;
type CommandName = (typeof COMMANDS)[number];

/** Positional names each command needs, in order, as the usage line says them. */
const POSITIONALS: Record<CommandName, readonly string[]> = {
	add: ['NAME'],
	list: [],
	role: ['NAME', 'ROLE'],
	disable: ['NAME'],
	enable: ['NAME'],
	token: ['NAME'],
	tokens: ['NAME'],
	revoke: ['TOKEN-ID']
};

const OPTIONS: Record<CommandName, readonly string[]> = {
	add: ['role'],
	list: [],
	role: [],
	disable: [],
	enable: [],
	token: ['label'],
	tokens: [],
	revoke: []
};

export const MAX_LABEL_LENGTH = 100;

function isCommand(name: string): name is CommandName {
	return (COMMANDS as readonly string[]).includes(name);
}

export function parseRole(value: string | undefined, where: string): Role {
	if (value === undefined || value === '') throw new UsageError(`${where} needs a role: ${ROLES.join(', ')}`);
	if (!isRole(value)) throw new UsageError(`${where} must be one of ${ROLES.join(', ')} (got "${value}")`);
	return value;
}

function parseLabel(value: string | undefined): string | undefined {
	if (value === undefined) return undefined;
	const label = value.trim();
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
	if (!label || /[\u0000-\u001f\u007f]/.test(label))
		throw new UsageError('--label must be one line of text, not empty');
	if (label.length > MAX_LABEL_LENGTH) throw new UsageError(`--label must be at most ${MAX_LABEL_LENGTH} characters`);
	return label;
}

function tokenise(args: readonly string[]) {
	try {
		return parseArgs({
			args: [...args],
			options: { role: { type: 'string' }, label: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		// parseArgs explains in several sentences; the first names the option.
		const message = error instanceof Error ? error.message : String(error);
		throw new UsageError(`${message.split('. ')[0].replace(/\.$/, '')} (see --help)`);
	}
}

export function parseUserArgs(args: readonly string[]): UserCommand {
	const { values, positionals } = tokenise(args);
	if (values.help || positionals.length === 0 || positionals[0] === 'help') return { name: 'help' };
	const [command, ...rest] = positionals;
	if (!isCommand(command))
		throw new UsageError(`unknown command "${command}" (commands: ${COMMANDS.join(', ')}; see --help)`);
	for (const option of ['role', 'label'] as const) {
		if (values[option] !== undefined && !OPTIONS[command].includes(option))
			throw new UsageError(`${command} takes no --${option}`);
	}
	const wanted = POSITIONALS[command];
	if (rest.length !== wanted.length) {
		const usage = [command, ...wanted].join(' ');
		throw new UsageError(
			rest.length < wanted.length
				? `${command} needs ${wanted.slice(rest.length).join(' and ')}: ${usage}`
				: `too many arguments: ${usage}`
		);
	}
	const [first, second] = rest;
	switch (command) {
		case 'add':
			return { name: 'add', user: first, role: parseRole(values.role, '--role') };
		case 'list':
			return { name: 'list' };
		case 'role':
			return { name: 'role', user: first, role: parseRole(second, 'ROLE') };
		case 'disable':
		case 'enable':
		case 'tokens':
			return { name: command, user: first };
		case 'token': {
			const label = parseLabel(values.label);
			return { name: 'token', user: first, ...(label !== undefined && { label }) };
		}
		case 'revoke':
			return { name: 'revoke', tokenId: first };
	}
}
