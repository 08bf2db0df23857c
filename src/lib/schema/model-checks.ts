// What a model must satisfy across its fields: ordered cut points matching the outcomes, unique
// ids, references that resolve, events timed as the model's format says and inside the horizon
// (event-checks.ts), requirements without cycles (requirement-checks.ts), evidence directed only
// at the drivers it informs and listed back by them (evidence-checks.ts).

import { checkAssumptions, knownIdsOfRaw } from './assumption-checks';
import { checkEventTiming } from './event-checks';
import { checkEvidence } from './evidence-checks';
import type { Finding } from './findings';
import { plural } from './findings';
import { COLLECTIONS, monthOf, references } from './model-references';
import { isId } from './primitives';
import { field, isFiniteNumber, isObject, objectItems, stringItems } from './raw';
import { checkRequirements } from './requirement-checks';

function checkThresholds(model: unknown): Finding[] {
	const thresholds = field(model, 'thresholds');
	const outcomes = field(model, 'outcomes');
	if (!Array.isArray(thresholds)) return [];
	const findings: Finding[] = [];
	if (Array.isArray(outcomes) && outcomes.length > 0 && thresholds.length !== outcomes.length - 1) {
		findings.push({
			path: ['thresholds'],
			message: `needs exactly ${plural(outcomes.length - 1, 'cut point')}, one fewer than the ${plural(outcomes.length, 'outcome')} (got ${thresholds.length})`
		});
	}
	thresholds.forEach((value: unknown, i) => {
		const previous: unknown = thresholds[i - 1];
		if (i > 0 && isFiniteNumber(value) && isFiniteNumber(previous) && value <= previous) {
			findings.push({
				path: ['thresholds', i],
				message: `must be greater than thresholds[${i - 1}] (${previous}): cut points increase strictly from the worst outcome to the best`
			});
		}
	});
	return findings;
}

function checkHorizon(model: unknown): Finding[] {
	const start = monthOf(field(field(model, 'horizon'), 'start'));
	const end = monthOf(field(field(model, 'horizon'), 'end'));
	return start && end && start >= end
		? [{ path: ['horizon', 'end'], message: `must be a later month than horizon.start (${start})` }]
		: [];
}

function checkUniqueIds(model: unknown): Finding[] {
	return COLLECTIONS.flatMap((collection) => {
		const firstIndex = new Map<string, number>();
		return objectItems(field(model, collection)).flatMap(({ index, item }) => {
			if (!isId(item.id)) return [];
			const first = firstIndex.get(item.id);
			if (first === undefined) {
				firstIndex.set(item.id, index);
				return [];
			}
			return [
				{
					path: [collection, index, 'id'],
					message: `duplicate id "${item.id}" (already used by ${collection}[${first}])`
				}
			];
		});
	});
}

function checkReferences(model: unknown): Finding[] {
	const group = references(model, 'groups', 'group');
	const driver = references(model, 'drivers', 'driver');
	const evidence = references(model, 'evidence', 'evidence id');
	return [
		...objectItems(field(model, 'drivers')).flatMap(({ index, item }) => [
			...(typeof item.group === 'string' ? group(['drivers', index, 'group'], item.group) : []),
			...stringItems(item.evidence).flatMap(({ index: j, text }) => evidence(['drivers', index, 'evidence', j], text))
		]),
		...objectItems(field(model, 'evidence')).flatMap(({ index, item }) =>
			stringItems(item.drivers).flatMap(({ index: j, text }) => driver(['evidence', index, 'drivers', j], text))
		),
		...objectItems(field(model, 'events')).flatMap(({ index, item }) =>
			(isObject(item.effects) ? Object.keys(item.effects) : []).flatMap((id) =>
				driver(['events', index, 'effects', id], id)
			)
		),
		...objectItems(field(model, 'indicators')).flatMap(({ index, item }) =>
			typeof item.driver === 'string' ? driver(['indicators', index, 'driver'], item.driver) : []
		)
	];
}

export function checkModel(model: unknown): Finding[] {
	return [
		...checkThresholds(model),
		...checkHorizon(model),
		...checkEventTiming(model),
		...checkUniqueIds(model),
		...checkReferences(model),
		...checkRequirements(model),
		...checkEvidence(model),
		...checkAssumptions(field(model, 'assumptions'), knownIdsOfRaw(model)).map((f) => ({
			...f,
			path: ['assumptions', ...f.path]
		}))
	];
}
