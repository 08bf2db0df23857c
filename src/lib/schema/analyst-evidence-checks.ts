// The analyst's evidence against the model: ids of its own (neither another item's of the scenario
// nor one of the model's evidence, so that a matrix row always names one item), drivers the model
// has, and a direction for exactly the drivers the item informs. Paths are relative to the list.

import type { ModelInput } from '../model/index';
import type { Finding } from './findings';
import { listNames } from './messages';
import { isId } from './primitives';
import { isObject, objectItems, stringItems } from './raw';

function checkIds(items: ReturnType<typeof objectItems>, model: ModelInput): Finding[] {
	const modelIds = new Set(model.evidence.map((e) => e.id));
	const seen = new Set<string>();
	return items.flatMap(({ index, item }) => {
		if (!isId(item.id)) return [];
		const id = item.id;
		const clash = modelIds.has(id)
			? [{ path: [index, 'id'], message: `"${id}" is an evidence id of model "${model.id}": choose another` }]
			: seen.has(id)
				? [{ path: [index, 'id'], message: `"${id}" is the id of an earlier item of this list: ids must be unique` }]
				: [];
		seen.add(id);
		return clash;
	});
}

function checkDrivers(index: number, item: Record<string, unknown>, model: ModelInput): Finding[] {
	const known = model.drivers.map((d) => d.id);
	const listed = stringItems(item.drivers).filter(({ text }) => isId(text));
	const unknown = listed
		.filter(({ text }) => !known.includes(text))
		.map(({ index: j, text }) => ({
			path: [index, 'drivers', j],
			message: `unknown driver "${text}" (model "${model.id}" has: ${listNames(known)})`
		}));
	if (!isObject(item.direction)) return unknown;
	const direction = item.direction;
	const ids = listed.map(({ text }) => text);
	const extra = Object.keys(direction)
		.filter((id) => isId(id) && !ids.includes(id))
		.map((id) => ({
			path: [index, 'direction', id],
			message: `the item does not inform driver "${id}" (its drivers: ${ids.join(', ') || 'none'}): add it to drivers or remove this direction`
		}));
	const missing = listed
		.filter(({ text }) => known.includes(text) && !Object.hasOwn(direction, text))
		.map(({ text }) => ({
			path: [index, 'direction', text],
			message: `is missing: say which way the item pushes driver "${text}" (raises, lowers or context)`
		}));
	return [...unknown, ...extra, ...missing];
}

export function checkAnalystEvidence(list: unknown, model: ModelInput): Finding[] {
	const items = objectItems(list);
	return [...checkIds(items, model), ...items.flatMap(({ index, item }) => checkDrivers(index, item, model))];
}
