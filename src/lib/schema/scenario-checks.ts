// A scenario against its model: same model id, a setting for every driver and event of the
// model, no setting for anything the model does not define, and summary templates that name
// the model's events.

import type { ModelInput } from '../model/index';
import { templateEventIds } from '../narrative/summary';
import { reportAll, type Finding } from './findings';
import { listNames } from './messages';
import { isId } from './primitives';
import { field, isObject } from './raw';
import { scenarioSchema } from './scenario';
import { checkAssumptions } from './assumption-checks';
import { checkAnalystEvidence } from './analyst-evidence-checks';
import { checkSignposts } from './signposts-checks';

function checkCoverage(settings: unknown, key: 'drivers' | 'events', model: ModelInput, needs: string): Finding[] {
	if (!isObject(settings)) return [];
	const noun = key === 'drivers' ? 'driver' : 'event';
	const known = model[key].map((item) => item.id);
	const missing = known
		// hasOwn: "constructor" is a valid id, and `in` would find it on every object.
		.filter((id) => !Object.hasOwn(settings, id))
		.map((id) => ({
			path: [key, id],
			message: `is missing: model "${model.id}" has this ${noun}, so the scenario needs ${needs}`
		}));
	// Keys that are not ids at all were already refused by the record's key schema.
	const unknown = Object.keys(settings)
		.filter((id) => isId(id) && !known.includes(id))
		.map((id) => ({
			path: [key, id],
			message: `unknown ${noun}: model "${model.id}" has no ${noun} "${id}"${known.length > 0 ? ` (its ${key}: ${listNames(known)})` : ''}`
		}));
	return [...missing, ...unknown];
}

/** Each `{event:ID}` of the summary, in both languages, must name an event of the model. */
function checkTemplates(summary: unknown, model: ModelInput): Finding[] {
	const known = model.events.map((event) => event.id);
	return (['en', 'ar'] as const).flatMap((lang) => {
		const text = field(summary, lang);
		if (typeof text !== 'string') return [];
		const unknown = [...new Set(templateEventIds(text))].filter((id) => !known.includes(id));
		return unknown.map((id) => ({
			path: ['summary', lang],
			message: `{event:${id}} names no event of model "${model.id}"${known.length > 0 ? ` (its events: ${listNames(known)})` : ''}`
		}));
	});
}

export function checkScenarioAgainstModel(scenario: unknown, model: ModelInput): Finding[] {
	const modelId = field(scenario, 'model');
	return [
		...(typeof modelId === 'string' && modelId !== model.id
			? [{ path: ['model'], message: `must be "${model.id}", the id of the model it sets (got "${modelId}")` }]
			: []),
		...checkCoverage(field(scenario, 'drivers'), 'drivers', model, 'its weight, assessment, low, high and trend'),
		...checkCoverage(field(scenario, 'events'), 'events', model, 'its probability'),
		...checkAssumptions(field(scenario, 'assumptions'), {
			drivers: model.drivers.map((d) => d.id),
			events: model.events.map((e) => e.id),
			thresholds: model.thresholds.length
		}).map((f) => ({ ...f, path: ['assumptions', ...f.path] })),
		...checkTemplates(field(scenario, 'summary'), model),
		...checkSignposts(field(scenario, 'signposts'), model).map((f) => ({ ...f, path: ['signposts', ...f.path] })),
		...checkAnalystEvidence(field(scenario, 'evidence'), model).map((f) => ({ ...f, path: ['evidence', ...f.path] }))
	];
}

/** The scenario schema with the cross-checks against one model. */
export function scenarioSchemaFor(model: ModelInput) {
	return scenarioSchema.superRefine(...reportAll((value) => checkScenarioAgainstModel(value, model)));
}
