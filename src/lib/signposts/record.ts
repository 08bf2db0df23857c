// An observation recorded on a scenario: appended to its log, its accepted shift applied to the
// indicator's driver. The caller (the server) checks the input and stamps who, when and which
// revision; this only builds the new scenario.

import type { Indicator, ScenarioInput, SignpostObservation } from '$lib/model';
import { shiftedSetting } from './shift';

/** What the analyst records: everything but the stamps and the applied shift. */
export type ObservationInput = Omit<SignpostObservation, 'by' | 'recordedAt' | 'revision' | 'shift'> & {
	/** The accepted (or edited) shift of the driver's assessment, in [-1, 1]. */
	shift: number;
};

export type ObservationStamp = Pick<SignpostObservation, 'by' | 'recordedAt' | 'revision'>;

/**
 * The scenario with the observation at the end of its log and the indicator's driver shifted.
 * Throws when the scenario has no setting for the indicator's driver (a scenario checked against
 * its model always has one).
 */
export function withObservation(
	scenario: ScenarioInput,
	indicator: Pick<Indicator, 'id' | 'driver'>,
	input: ObservationInput,
	stamp: ObservationStamp
): { scenario: ScenarioInput; observation: SignpostObservation } {
	const setting = scenario.drivers[indicator.driver];
	if (!setting) throw new Error(`scenario "${scenario.id}" has no setting for driver "${indicator.driver}"`);
	const shifted = shiftedSetting(setting, input.shift);
	const observation: SignpostObservation = {
		indicator: indicator.id,
		status: input.status,
		date: input.date,
		seen: input.seen,
		source: input.source,
		grade: input.grade,
		...(input.note ? { note: input.note } : {}),
		...stamp,
		shift: { driver: indicator.driver, from: setting.assessment, to: shifted.assessment }
	};
	return {
		scenario: {
			...scenario,
			drivers: { ...scenario.drivers, [indicator.driver]: shifted },
			signposts: [...(scenario.signposts ?? []), observation]
		},
		observation
	};
}

/** `scenario` with `log` as its signposts (none when the log is empty or absent). */
export function withSignpostLog(scenario: ScenarioInput, log: SignpostObservation[] | undefined): ScenarioInput {
	const { signposts: _dropped, ...rest } = scenario;
	return log && log.length > 0 ? { ...rest, signposts: log } : rest;
}
