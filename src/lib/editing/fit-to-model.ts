// A saved scenario meets the model as it is now. Models change (flagship v2 merged drivers and
// added events), and a revision saved before must still open rather than fail the simulation:
// settings for drivers and events the model no longer has are left out, and those it has gained
// take the settings of a reference scenario (the model's first preset). What was changed is said.

import type { ModelInput, ScenarioInput } from '$lib/model';

export interface ModelFit {
	scenario: ScenarioInput;
	/** Ids the scenario had and the model no longer has. */
	dropped: string[];
	/** Ids the model has and the scenario lacked, set as in the reference. */
	added: string[];
}

export function fitToModel(scenario: ScenarioInput, model: ModelInput, reference: ScenarioInput): ModelFit {
	const dropped: string[] = [];
	const added: string[] = [];
	const fit = <T>(own: Record<string, T>, fallback: Record<string, T>, ids: string[]): Record<string, T> => {
		for (const id of Object.keys(own)) if (!ids.includes(id)) dropped.push(id);
		return Object.fromEntries(
			ids.flatMap((id) => {
				if (Object.hasOwn(own, id)) return [[id, own[id]]];
				if (!Object.hasOwn(fallback, id)) return [];
				added.push(id);
				return [[id, fallback[id]]];
			})
		);
	};
	const drivers = fit(
		scenario.drivers,
		reference.drivers,
		model.drivers.map((d) => d.id)
	);
	const events = fit(
		scenario.events,
		reference.events,
		model.events.map((e) => e.id)
	);
	if (dropped.length === 0 && added.length === 0) return { scenario, dropped, added };
	return { scenario: { ...scenario, drivers, events }, dropped, added };
}

/** One line for the page's notices, naming what changed; empty when nothing did. */
export function fitNotice(fit: ModelFit): string {
	if (fit.dropped.length === 0 && fit.added.length === 0) return '';
	const parts = [
		fit.dropped.length ? `no longer in the model, left out: ${fit.dropped.join(', ')}` : '',
		fit.added.length ? `new in the model, set as in its first preset: ${fit.added.join(', ')}` : ''
	].filter(Boolean);
	return `saved: saved on an earlier version of the model — ${parts.join('; ')} (the stored revision is unchanged).`;
}
