// What evidence must satisfy across the model: a direction only for a driver the item informs,
// a grade only with its reason (and the reason only with a grade), and the drivers' `evidence`
// lists agreeing with the items' `drivers`. The items are the source of truth (docs/model.md,
// Evidence): an item carries its directions per driver, so the drivers it informs are its own;
// a driver's `evidence` list is an index of them kept in the file, in the order it shows them.

import type { Finding } from './findings';
import { idsOf, references } from './model-references';
import { isId } from './primitives';
import { field, isObject, objectItems, stringItems, type JsonObject } from './raw';

function idList(value: unknown): string[] {
	return stringItems(value)
		.map(({ text }) => text)
		.filter(isId);
}

function checkDirections(model: unknown, index: number, item: JsonObject): Finding[] {
	if (!isObject(item.direction)) return [];
	const driver = references(model, 'drivers', 'driver');
	const informed = idList(item.drivers);
	const known = idsOf(model, 'drivers') ?? [];
	return Object.keys(item.direction).flatMap((id) => {
		const path = ['evidence', index, 'direction', id];
		const unknown = driver(path, id);
		if (unknown.length > 0 || !isId(id) || !known.includes(id) || informed.includes(id)) return unknown;
		return [
			{
				path,
				message: `the item does not inform driver "${id}" (its drivers: ${informed.join(', ') || 'none'}): add "${id}" to evidence[${index}].drivers, and the item to that driver's evidence, or remove this direction`
			}
		];
	});
}

function checkGradeReason(index: number, item: JsonObject): Finding[] {
	const hasGrade = item.grade !== undefined;
	const hasReason = item.gradeReason !== undefined;
	if (hasGrade && !hasReason)
		return [
			{
				path: ['evidence', index, 'gradeReason'],
				message:
					'is required with a grade: say in one line, in English and Arabic, why the source and the information get that grade'
			}
		];
	if (hasReason && !hasGrade)
		return [
			{
				path: ['evidence', index, 'grade'],
				message: 'is required with gradeReason: {"reliability": "A"–"F", "credibility": 1–6}, or remove gradeReason'
			}
		];
	return [];
}

/** Each pairing stated on one side only, reported where it is stated. */
function checkDriverLists(model: unknown): Finding[] {
	const items = objectItems(field(model, 'evidence')).filter(({ item }) => isId(item.id));
	const drivers = objectItems(field(model, 'drivers')).filter(({ item }) => isId(item.id));
	const itemDrivers = new Map(items.map(({ item }) => [item.id as string, idList(item.drivers)]));
	const driverItems = new Map(drivers.map(({ item }) => [item.id as string, idList(item.evidence)]));
	const driverIndex = new Map(drivers.map(({ index, item }) => [item.id as string, index]));
	return [
		...items.flatMap(({ index, item }) =>
			stringItems(item.drivers).flatMap(({ index: j, text: driverId }) => {
				const listed = driverItems.get(driverId);
				if (!listed || listed.includes(item.id as string)) return [];
				return [
					{
						path: ['evidence', index, 'drivers', j],
						message: `informs driver "${driverId}", whose evidence does not list "${String(item.id)}": add it to drivers[${driverIndex.get(driverId)}].evidence (the items' drivers are the source of truth)`
					}
				];
			})
		),
		...drivers.flatMap(({ index, item }) =>
			stringItems(item.evidence).flatMap(({ index: j, text: evidenceId }) => {
				const informs = itemDrivers.get(evidenceId);
				if (!informs || informs.includes(item.id as string)) return [];
				return [
					{
						path: ['drivers', index, 'evidence', j],
						message: `evidence "${evidenceId}" does not inform this driver: add "${String(item.id)}" to that item's drivers (with its direction), or remove "${evidenceId}" here`
					}
				];
			})
		)
	];
}

export function checkEvidence(model: unknown): Finding[] {
	return [
		...objectItems(field(model, 'evidence')).flatMap(({ index, item }) => [
			...checkDirections(model, index, item),
			...checkGradeReason(index, item)
		]),
		...checkDriverLists(model)
	];
}
