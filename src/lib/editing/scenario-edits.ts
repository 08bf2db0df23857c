// Pure edits of a scenario's settings, and the difference between a scenario and its preset.

import type { ChartAnnotation, DriverSetting, Dynamics, ScenarioInput } from '$lib/model';
import { effectiveRange, type DriverRange } from './set-ranges';

export type DriverField = keyof DriverSetting;
export type DynamicsField = keyof Dynamics;

/** The schema's ranges: φ in [0, 1) — the slider stops at 0.99 — and σ in [0, 5]. */
export const DYNAMICS_LIMITS: Record<DynamicsField, { min: number; max: number }> = {
	persistence: { min: 0, max: 0.99 },
	volatility: { min: 0, max: 5 }
};

// Slider arithmetic leaves float dust (0.30000000000000004) and -0; neither belongs in a link.
const round = (value: number) => Math.round(value * 1e6) / 1e6 || 0;

/**
 * A scenario with one driver field changed, keeping low ≤ assessment ≤ high: the assessment
 * widens the analyst's `set` range (the current one when not given) just enough to hold it, so
 * moving it back inside returns to that range; moving an end stops at the assessment.
 */
export function withDriverField(
	scenario: ScenarioInput,
	id: string,
	field: DriverField,
	raw: number,
	set?: DriverRange
): ScenarioInput {
	const current = scenario.drivers[id];
	if (!current || !Number.isFinite(raw)) return scenario;
	const value = round(raw);
	const next = { ...current, [field]: value };
	if (field === 'assessment') {
		Object.assign(next, effectiveRange(set ?? current, value));
	} else if (field === 'low') {
		next.low = Math.min(value, next.assessment);
	} else if (field === 'high') {
		next.high = Math.max(value, next.assessment);
	}
	return { ...scenario, drivers: { ...scenario.drivers, [id]: next } };
}

export function withEventProbability(scenario: ScenarioInput, id: string, probability: number): ScenarioInput {
	if (!scenario.events[id] || !Number.isFinite(probability)) return scenario;
	return {
		...scenario,
		events: { ...scenario.events, [id]: { probability: round(Math.min(1, Math.max(0, probability))) } }
	};
}

/** The unmodelled factors a scenario runs with: its own, else its model's. */
export function effectiveDynamics(scenario: ScenarioInput, modelDynamics: Dynamics): Dynamics {
	return scenario.dynamics ?? modelDynamics;
}

const sameDynamics = (a: Dynamics | undefined, b: Dynamics | undefined) =>
	a === b || (!!a && !!b && a.persistence === b.persistence && a.volatility === b.volatility);

/**
 * A scenario with one of its unmodelled factors changed. Back at the base's own values it takes
 * the base's `dynamics` again (absent when the base leaves them to the model), so moving a slider
 * away and back is no edit.
 */
export function withDynamicsField(
	scenario: ScenarioInput,
	field: DynamicsField,
	raw: number,
	defaults: { model: Dynamics; base: ScenarioInput }
): ScenarioInput {
	if (!Number.isFinite(raw)) return scenario;
	const { min, max } = DYNAMICS_LIMITS[field];
	const next = { ...effectiveDynamics(scenario, defaults.model), [field]: round(Math.min(max, Math.max(min, raw))) };
	const base = defaults.base.dynamics;
	const dynamics = sameDynamics(next, effectiveDynamics(defaults.base, defaults.model)) ? base : next;
	if (sameDynamics(dynamics, scenario.dynamics)) return scenario;
	if (dynamics) return { ...scenario, dynamics };
	const rest = { ...scenario };
	delete rest.dynamics;
	return rest;
}

/** What differs from the preset, field by field: the part a link has to carry. */
export interface ScenarioEdits {
	drivers: Record<string, Partial<DriverSetting>>;
	events: Record<string, number>;
	/** The scenario's unmodelled factors, both of them, when they differ from the preset's. */
	dynamics?: Dynamics;
	seed?: number;
	samples?: number;
	/** The notes on the time charts, all of them ([] for none), when they differ from the preset's. */
	annotations?: ChartAnnotation[];
}

const sameAnnotations = (a: readonly ChartAnnotation[] = [], b: readonly ChartAnnotation[] = []) =>
	a.length === b.length && a.every((note, i) => note.date === b[i].date && note.text === b[i].text);

export function editsBetween(preset: ScenarioInput, scenario: ScenarioInput): ScenarioEdits {
	const edits: ScenarioEdits = { drivers: {}, events: {} };
	for (const [id, setting] of Object.entries(scenario.drivers)) {
		const base = preset.drivers[id];
		const changed = (Object.keys(setting) as DriverField[]).filter((f) => !base || base[f] !== setting[f]);
		if (changed.length > 0) edits.drivers[id] = Object.fromEntries(changed.map((f) => [f, setting[f]]));
	}
	for (const [id, { probability }] of Object.entries(scenario.events)) {
		if (preset.events[id]?.probability !== probability) edits.events[id] = probability;
	}
	// A scenario that leaves them to the model while its preset sets its own is not an edit a
	// link can carry; the editor never makes one (withDynamicsField).
	if (scenario.dynamics && !sameDynamics(preset.dynamics, scenario.dynamics)) edits.dynamics = scenario.dynamics;
	if (scenario.seed !== preset.seed) edits.seed = scenario.seed;
	if (scenario.samples !== preset.samples) edits.samples = scenario.samples;
	if (!sameAnnotations(scenario.annotations, preset.annotations)) edits.annotations = scenario.annotations ?? [];
	return edits;
}

/** The preset with the edits applied; ids the preset does not know are kept for validation to report. */
export function applyEdits(preset: ScenarioInput, edits: ScenarioEdits): ScenarioInput {
	const drivers = { ...preset.drivers };
	for (const [id, change] of Object.entries(edits.drivers))
		drivers[id] = { ...drivers[id], ...change } as DriverSetting;
	const events = { ...preset.events };
	for (const [id, probability] of Object.entries(edits.events)) events[id] = { probability };
	const applied = {
		...preset,
		drivers,
		events,
		seed: edits.seed ?? preset.seed,
		samples: edits.samples ?? preset.samples
	};
	const withDynamics = edits.dynamics ? { ...applied, dynamics: { ...edits.dynamics } } : applied;
	if (!edits.annotations) return withDynamics;
	// No notes at all is no `annotations` field, as the editor writes it.
	const { annotations: _, ...rest } = withDynamics;
	return edits.annotations.length > 0 ? { ...rest, annotations: edits.annotations.map((a) => ({ ...a })) } : rest;
}

export function hasEdits(edits: ScenarioEdits): boolean {
	return (
		Object.keys(edits.drivers).length > 0 ||
		Object.keys(edits.events).length > 0 ||
		edits.dynamics !== undefined ||
		edits.seed !== undefined ||
		edits.samples !== undefined ||
		edits.annotations !== undefined
	);
}
