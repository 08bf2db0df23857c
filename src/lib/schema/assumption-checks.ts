// Key assumptions against the model they belong to: every tie names a driver, event or cut point
// the model has, and ids are unique within the list. Used for the model's own list (model-checks)
// and a scenario's (scenario-checks), with the path of the list prefixed by the caller.

import type { Finding } from './findings';
import { listNames } from './messages';
import { isId } from './primitives';
import { field, objectItems } from './raw';
import { rawTieKind } from './assumptions';

interface KnownIds {
	drivers: readonly string[];
	events: readonly string[];
	/** How many cut points the model has. */
	thresholds: number;
}

function unknownId(noun: string, id: string, known: readonly string[]): string {
	return `unknown ${noun} "${id}"${known.length > 0 ? `; known ${noun}s: ${listNames(known)}` : ` (the model has no ${noun}s)`}`;
}

function checkTie(tie: unknown, known: KnownIds): Finding[] {
	const kind = rawTieKind(tie);
	const value = kind ? field(tie, kind) : undefined;
	if (kind === 'driver' && isId(value) && !known.drivers.includes(value))
		return [{ path: ['driver'], message: unknownId('driver', value, known.drivers) }];
	if (kind === 'event' && isId(value) && !known.events.includes(value))
		return [{ path: ['event'], message: unknownId('event', value, known.events) }];
	if (kind === 'threshold' && typeof value === 'number' && Number.isInteger(value) && value >= known.thresholds)
		return [
			{
				path: ['threshold'],
				message: `the model has ${known.thresholds} cut points (thresholds[0] to thresholds[${known.thresholds - 1}]), so ${value} names none`
			}
		];
	return [];
}

/** Findings for a list of assumptions, with paths relative to the list. */
export function checkAssumptions(list: unknown, known: KnownIds): Finding[] {
	const firstIndex = new Map<string, number>();
	return objectItems(list).flatMap(({ index, item }) => {
		const duplicate: Finding[] = [];
		if (isId(item.id)) {
			const first = firstIndex.get(item.id);
			if (first === undefined) firstIndex.set(item.id, index);
			else duplicate.push({ path: [index, 'id'], message: `duplicate id "${item.id}" (already used by [${first}])` });
		}
		const ties = objectItems(item.ties).flatMap(({ index: j, item: tie }) =>
			checkTie(tie, known).map((f) => ({ ...f, path: [index, 'ties', j, ...f.path] }))
		);
		return [...duplicate, ...ties];
	});
}

/** The model's ids as its own checks read them (untyped: the model may be malformed elsewhere). */
export function knownIdsOfRaw(model: unknown): KnownIds {
	const ids = (key: string) => objectItems(field(model, key)).flatMap(({ item }) => (isId(item.id) ? [item.id] : []));
	const thresholds = field(model, 'thresholds');
	return {
		drivers: ids('drivers'),
		events: ids('events'),
		thresholds: Array.isArray(thresholds) ? thresholds.length : 0
	};
}
