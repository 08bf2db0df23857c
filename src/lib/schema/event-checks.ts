// When a model's events can happen: format 1 gives each event one `date`, format 2 a `window`
// {from, to}; either way inside the horizon. A model states its format once, so the timing
// fields an event may use are checked here, with the whole model in view.

import type { Finding } from './findings';
import { monthOf } from './model-references';
import { field, isObject, objectItems, type JsonObject } from './raw';

const MIGRATE = 'npm run scenario -- migrate <folder> rewrites a format-1 model as format 2';

/** The horizon when it is well formed, else undefined (reported by the horizon's own checks). */
function horizonOf(model: unknown): { start: string; end: string } | undefined {
	const start = monthOf(field(field(model, 'horizon'), 'start'));
	const end = monthOf(field(field(model, 'horizon'), 'end'));
	return start && end && start < end ? { start, end } : undefined;
}

function formatOf(model: unknown): 1 | 2 | undefined {
	const format = field(model, 'format');
	return format === 1 || format === 2 ? format : undefined;
}

/** The timing fields the model's format allows: `date` in format 1, `window`/`requires` in 2. */
function fieldsForFormat(format: 1 | 2 | undefined, event: JsonObject): Finding[] {
	if (format === 1) {
		const newer = (['window', 'requires'] as const).filter((key) => key in event);
		const findings: Finding[] = newer.map((key) => ({
			path: [key],
			message: `needs "format": 2 on the model: a format-1 event has one "date" (${MIGRATE})`
		}));
		if (!('date' in event) && newer.length === 0)
			findings.push({ path: ['date'], message: 'is required: a month written YYYY-MM, such as "2025-07"' });
		return findings;
	}
	if (format === 2) {
		if ('date' in event) {
			const date = monthOf(event.date) ?? 'YYYY-MM';
			return [
				{
					path: ['date'],
					message: `belongs to format 1: a format-2 event has "window": {"from": "${date}", "to": "${date}"} instead`
				}
			];
		}
		if (!('window' in event))
			return [
				{
					path: ['window'],
					message: 'is required: {"from": "YYYY-MM", "to": "YYYY-MM"}, the months within which the event can happen'
				}
			];
	}
	return [];
}

function inHorizon(event: JsonObject, horizon: { start: string; end: string } | undefined): Finding[] {
	const window = event.window;
	const months: [Finding['path'], string | undefined][] = [
		[['date'], monthOf(event.date)],
		[['window', 'from'], monthOf(field(window, 'from'))],
		[['window', 'to'], monthOf(field(window, 'to'))]
	];
	const findings: Finding[] = [];
	if (horizon) {
		for (const [path, month] of months) {
			if (month && (month < horizon.start || month > horizon.end))
				findings.push({ path, message: `${month} is outside the horizon (${horizon.start} to ${horizon.end})` });
		}
	}
	const from = months[1][1];
	const to = months[2][1];
	if (isObject(window) && from && to && to < from)
		findings.push({ path: ['window', 'to'], message: `must be on or after window.from (${from})` });
	return findings;
}

export function checkEventTiming(model: unknown): Finding[] {
	const format = formatOf(model);
	const horizon = horizonOf(model);
	return objectItems(field(model, 'events')).flatMap(({ index, item }) =>
		[...fieldsForFormat(format, item), ...inHorizon(item, horizon)].map((finding) => ({
			...finding,
			path: ['events', index, ...finding.path]
		}))
	);
}
