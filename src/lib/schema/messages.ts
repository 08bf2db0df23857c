// Plain-English messages for the issues zod raises. Schemas with a specific expectation (ranges,
// ids, dates, texts) carry their own message; this error map covers everything generic.

import type * as z from 'zod';

/** A value as it would appear in the file, short enough for one line. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string') {
		const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
		return `the text ${JSON.stringify(text)}`;
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return typeof value;
}

/** `a, b, c` — at most `max` names, then how many more. */
export function listNames(names: readonly string[], max = 8): string {
	const shown = names.slice(0, max).join(', ');
	return names.length > max ? `${shown}, … (${names.length - max} more)` : shown;
}

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	object: 'an object',
	array: 'a list',
	record: 'an object'
};

/** Message for a value that must satisfy `expected` (e.g. "a number between 0 and 1"). */
export function expectation(expected: string) {
	return (issue: { input?: unknown }): string =>
		issue.input === undefined ? `is required: ${expected}` : `must be ${expected} (got ${show(issue.input)})`;
}

/** For container schemas, whose own error would otherwise also word their unknown-field issues. */
export function wrongTypeExpectation(expected: string) {
	const message = expectation(expected);
	return (issue: z.core.$ZodRawIssue): string | undefined =>
		issue.code === 'invalid_type' ? message(issue) : undefined;
}

function allowedFields(issue: z.core.$ZodRawIssue): string {
	const def: unknown = issue.inst?._zod.def;
	if (def && typeof def === 'object' && 'shape' in def && def.shape && typeof def.shape === 'object') {
		return ` (allowed here: ${Object.keys(def.shape).join(', ')})`;
	}
	return '';
}

/** The error map passed to every parse; schema-level messages take precedence over it. */
export function explainIssue(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			const expected = typeNames[issue.expected] ?? issue.expected;
			return expectation(expected)(issue);
		}
		case 'invalid_value':
			return expectation(issue.values.map((v) => JSON.stringify(v)).join(' or '))(issue);
		case 'unrecognized_keys':
			return `unknown field; check the spelling${allowedFields(issue)}`;
		case 'invalid_key':
			return 'is not a valid id: use kebab-case (lowercase letters, digits and single hyphens)';
		case 'too_small':
			if (Array.isArray(issue.input)) return `needs at least ${issue.minimum} items (got ${issue.input.length})`;
			return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum} (got ${show(issue.input)})`;
		case 'too_big':
			if (Array.isArray(issue.input)) return `may have at most ${issue.maximum} items (got ${issue.input.length})`;
			return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum} (got ${show(issue.input)})`;
		default:
			return undefined;
	}
}
