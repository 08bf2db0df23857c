// Command-line arguments → one command, or a UsageError whose message is shown as is.

import type * as z from 'zod';
import type { Locale } from '../lib/model/index';
import { explainIssue, samplesSchema, seedSchema } from '../lib/schema/index';

export class UsageError extends Error {}

export type Command =
	| { name: 'help' }
	| { name: 'validate'; dir: string }
	| { name: 'migrate'; dir: string }
	| {
			name: 'run';
			file: string;
			json: boolean;
			seed?: number;
			samples?: number;
			lang: Locale;
			/** Folder to write one CSV file per table into. */
			csv?: string;
			/** The workbook's file. */
			xlsx?: string;
	  }
	| { name: 'schema'; mode: 'write' | 'check' };

export const DEFAULT_DIR = 'scenarios/';

/** Splits `--flag=value` and `--flag value`; a value may start with "-" (a negative number). */
function tokens(args: readonly string[]) {
	const flags = new Map<string, string | true>();
	const positional: string[] = [];
	const valued = new Set(['--seed', '--samples', '--lang', '--csv', '--xlsx']);
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const name = eq < 0 ? arg : arg.slice(0, eq);
		if (flags.has(name)) throw new UsageError(`${name} is given twice`);
		if (eq >= 0) flags.set(name, arg.slice(eq + 1));
		else if (valued.has(name)) {
			const value = args[i + 1];
			if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
			flags.set(name, value);
			i++;
		} else flags.set(name, true);
	}
	return { flags, positional };
}

function only(command: string, flags: Map<string, string | true>, allowed: readonly string[]): void {
	for (const name of flags.keys()) {
		if (!allowed.includes(name)) throw new UsageError(`unknown option ${name} for ${command} (see --help)`);
	}
}

function integerFlag(name: string, value: string | true | undefined, schema: z.ZodType<number>): number | undefined {
	if (value === undefined) return undefined;
	const text = value === true ? '' : value;
	// Number('') is 0 and Number('0x10') is 16: only plain digits count as a whole number here.
	const input: unknown = /^-?\d+$/.test(text) ? Number(text) : text;
	const result = schema.safeParse(input, { error: explainIssue });
	if (!result.success) throw new UsageError(`${name}: ${result.error.issues[0]?.message ?? 'invalid value'}`);
	return result.data;
}

function pathFlag(name: string, value: string | true | undefined): string | undefined {
	if (value === undefined) return undefined;
	if (value === true || value === '') throw new UsageError(`${name} needs a value`);
	return value;
}

export function parseArgs(args: readonly string[]): Command {
	if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help')
		return { name: 'help' };
	const [command, ...rest] = args;
	const { flags, positional } = tokens(rest);
	switch (command) {
		case 'validate':
			only(command, flags, []);
			if (positional.length > 1) throw new UsageError('validate takes at most one folder');
			return { name: 'validate', dir: positional[0] ?? DEFAULT_DIR };
		case 'migrate':
			only(command, flags, []);
			if (positional.length !== 1)
				throw new UsageError('migrate needs exactly one model folder, e.g. scenarios/russia-dprk');
			return { name: 'migrate', dir: positional[0] };
		case 'run': {
			only(command, flags, ['--json', '--seed', '--samples', '--lang', '--csv', '--xlsx']);
			if (positional.length !== 1)
				throw new UsageError('run needs exactly one scenario file, e.g. scenarios/russia-dprk/baseline.json');
			const lang = flags.get('--lang') ?? 'en';
			if (lang !== 'en' && lang !== 'ar') throw new UsageError(`--lang must be en or ar (got ${String(lang)})`);
			if (typeof flags.get('--json') === 'string') throw new UsageError('--json takes no value');
			const csv = pathFlag('--csv', flags.get('--csv'));
			const xlsx = pathFlag('--xlsx', flags.get('--xlsx'));
			if (xlsx !== undefined && !xlsx.toLowerCase().endsWith('.xlsx'))
				throw new UsageError(`--xlsx names the workbook's file, ending in .xlsx (got ${xlsx})`);
			return {
				name: 'run',
				file: positional[0],
				json: flags.has('--json'),
				seed: integerFlag('--seed', flags.get('--seed'), seedSchema),
				samples: integerFlag('--samples', flags.get('--samples'), samplesSchema),
				lang,
				...(csv !== undefined && { csv }),
				...(xlsx !== undefined && { xlsx })
			};
		}
		case 'schema': {
			only(command, flags, ['--write', '--check']);
			if (positional.length > 0 || flags.size !== 1)
				throw new UsageError('schema needs exactly one of --write or --check');
			return { name: 'schema', mode: flags.has('--write') ? 'write' : 'check' };
		}
		default:
			throw new UsageError(`unknown command "${command}" (commands: validate, run, migrate, schema; see --help)`);
	}
}
