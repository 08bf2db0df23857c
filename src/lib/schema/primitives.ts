// Building blocks shared by the model and scenario schemas, each with a message that states
// the expected form or range, so that every failure of the field reads the same way.

import * as z from 'zod';
import { RESERVED_NAMES, reservedNameProblem } from './json-hygiene';
import { TEXT_LIMITS, tooLong } from './limits';
import { expectation } from './messages';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MONTH_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;

export function isId(value: unknown): value is string {
	return typeof value === 'string' && ID_PATTERN.test(value);
}

function patterned(pattern: RegExp, expected: string, description: string) {
	const error = expectation(expected);
	return z.string({ error }).regex(pattern, { error }).describe(description);
}

export const idSchema = patterned(
	ID_PATTERN,
	'a kebab-case id such as "china-calculus" (lowercase letters, digits and single hyphens)',
	`Kebab-case id: lowercase letters, digits and single hyphens; at most ${TEXT_LIMITS.id} characters.`
)
	.max(TEXT_LIMITS.id, tooLong('id'))
	// Ids become keys of plain objects (a scenario's drivers and events), where these names reach
	// the object's prototype instead of an entry.
	.refine((id) => !RESERVED_NAMES.includes(id), { error: (issue) => reservedNameProblem(String(issue.input)) ?? '' });

export const monthSchema = patterned(MONTH_PATTERN, 'a month written YYYY-MM, such as "2025-07"', 'A month, YYYY-MM.');

export const colorSchema = patterned(
	COLOR_PATTERN,
	'a colour written #RRGGBB, such as "#D55E00"',
	'Display colour, #RRGGBB.'
);

/** A finite number in [min, max], or [min, max) with `maxExclusive`. */
export function numberIn(min: number, max: number, options: { maxExclusive?: boolean } = {}) {
	const error = expectation(
		options.maxExclusive ? `a number from ${min} up to but not including ${max}` : `a number between ${min} and ${max}`
	);
	const atLeast = z.number({ error }).gte(min, { error });
	return options.maxExclusive ? atLeast.lt(max, { error }) : atLeast.lte(max, { error });
}

export function integerIn(min: number, max: number) {
	const error = expectation(`a whole number between ${min} and ${max}`);
	return z.int({ error }).gte(min, { error }).lte(max, { error });
}

/** zod numbers already refuse NaN and ±Infinity (JSON's 1e999 parses to Infinity). */
export const finiteNumberSchema = z.number({ error: expectation('a finite number') });
