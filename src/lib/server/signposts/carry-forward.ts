// The signpost log is append-only: only POST /api/scenarios/{id}/signposts adds to it, and
// nothing changes or drops an observation. A save that leaves `signposts` out gets the base
// revision's log carried forward; a save whose log differs from it is refused, naming the field.
// Restoring an old revision keeps the head's log, so no observation goes back out of it.

import type { ScenarioInput, SignpostObservation } from '$lib/model';
import { problem } from '$lib/schema';
import { invalid } from '$lib/server/api/errors';
import { withSignpostLog } from '$lib/signposts';

function sameLog(a: SignpostObservation[] | undefined, b: SignpostObservation[] | undefined): boolean {
	return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/**
 * The scenario to save on top of `base`: its log is the base's. A body that sends a log must send
 * the base's own, unchanged (`file`/`prefix` name the field in the 400).
 */
export function carrySignpostsForward(
	scenario: ScenarioInput,
	base: ScenarioInput | undefined,
	where: { file: string; prefix: string }
): ScenarioInput {
	if (!base) return scenario;
	if (scenario.signposts !== undefined && !sameLog(scenario.signposts, base.signposts)) {
		throw invalid([
			problem(
				where.file,
				[where.prefix, 'signposts'],
				`must be left out or equal to the log of the revision it is based on (${base.signposts?.length ?? 0} observations): the signpost log is append-only, and observations are recorded through POST /api/scenarios/{id}/signposts`
			)
		]);
	}
	return withSignpostLog(scenario, base.signposts);
}
