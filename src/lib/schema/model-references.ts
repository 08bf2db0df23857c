// Reading a model as untyped JSON for its cross-checks: the ids each list defines, references
// that must name one of them, and months that are well formed.

import type { Finding } from './findings';
import { listNames } from './messages';
import { isId, MONTH_PATTERN } from './primitives';
import { field, objectItems } from './raw';

export const COLLECTIONS = ['outcomes', 'groups', 'drivers', 'events', 'evidence', 'indicators'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Valid ids of a collection; undefined when the collection itself is malformed. */
export function idsOf(model: unknown, collection: Collection): string[] | undefined {
	const list = field(model, collection);
	if (!Array.isArray(list)) return undefined;
	return [...new Set(objectItems(list).flatMap(({ item }) => (isId(item.id) ? [item.id] : [])))];
}

/** A well-formed `YYYY-MM`, or undefined (a malformed one is reported by its own schema). */
export function monthOf(value: unknown): string | undefined {
	return typeof value === 'string' && MONTH_PATTERN.test(value) ? value : undefined;
}

/** Checks that each id met at `path` names an item of `target`. */
export function references(model: unknown, target: Collection, noun: string) {
	const known = idsOf(model, target);
	return (path: Finding['path'], id: string): Finding[] => {
		// Malformed ids were reported by their own schema; a missing target list by the model's.
		if (!known || !isId(id) || known.includes(id)) return [];
		const expected = known.length > 0 ? `; known ${noun}s: ${listNames(known)}` : ` (the model has no ${target})`;
		return [{ path, message: `unknown ${noun} "${id}"${expected}` }];
	};
}
