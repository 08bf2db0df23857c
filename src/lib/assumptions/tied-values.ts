// The value of each setting an assumption is tied to, in a scenario, beside the value it has in
// the reference: the baseline preset for a driver's or an event's setting, the model's own for
// the unmodelled factors; a cut point belongs to the model alone, so it has no reference.

import type { AssumptionTie, KeyAssumption, ModelInput, ScenarioInput } from '$lib/model';
import { tieKind, type TieKind } from '$lib/schema/assumptions';

/** A setting's value: one number, or a driver's range. */
export type TieSetting = { low: number; high: number } | number;

export interface TiedValue {
	tie: AssumptionTie;
	kind: TieKind;
	/** Undefined when the scenario lacks the setting (a malformed scenario; the schema refuses it). */
	value: TieSetting | undefined;
	/** What it is compared with: the baseline preset's, the model's, or nothing. */
	referenceKind: 'baseline' | 'model' | null;
	reference: TieSetting | undefined;
	/** The value differs from the reference's. */
	differs: boolean;
}

/** The setting a tie names in one scenario (a cut point is the model's). */
export function tieSetting(tie: AssumptionTie, model: ModelInput, scenario: ScenarioInput): TieSetting | undefined {
	const kind = tieKind(tie);
	if (kind === 'event') return scenario.events[tie.event ?? '']?.probability;
	if (kind === 'threshold') return model.thresholds[tie.threshold ?? -1];
	if (kind === 'dynamics') {
		const key = tie.dynamics ?? 'volatility';
		return (scenario.dynamics ?? model.dynamics)[key];
	}
	const setting = scenario.drivers[tie.driver ?? ''];
	if (!setting) return undefined;
	if (tie.field === 'range') return { low: setting.low, high: setting.high };
	return setting[tie.field ?? 'assessment'];
}

function same(a: TieSetting | undefined, b: TieSetting | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	if (typeof a === 'number' || typeof b === 'number') return a === b;
	return a.low === b.low && a.high === b.high;
}

export function tiedValues(
	assumption: KeyAssumption,
	model: ModelInput,
	scenario: ScenarioInput,
	baseline: ScenarioInput | null
): TiedValue[] {
	return assumption.ties.map((tie) => {
		const kind = tieKind(tie);
		const value = tieSetting(tie, model, scenario);
		const referenceKind = kind === 'threshold' ? null : kind === 'dynamics' ? 'model' : baseline ? 'baseline' : null;
		const reference =
			referenceKind === 'model'
				? model.dynamics[tie.dynamics ?? 'volatility']
				: referenceKind === 'baseline' && baseline
					? tieSetting(tie, model, baseline)
					: undefined;
		return {
			tie,
			kind,
			value,
			referenceKind,
			reference,
			differs: referenceKind !== null && reference !== undefined && !same(value, reference)
		};
	});
}
