// The model's indicators as a watch list: each with its status (not seen, emerging, observed:
// its latest observation's) and its observations, newest first.

import type { Indicator, ModelInput, SignpostObservation } from '$lib/model';

export type IndicatorStatus = 'not-seen' | SignpostObservation['status'];

export interface WatchItem {
	indicator: Indicator;
	status: IndicatorStatus;
	/** Newest first: by the day seen, then by when recorded. */
	observations: SignpostObservation[];
}

/** Newest first: the day it was seen, then the moment it was recorded. */
export function newestFirst(a: SignpostObservation, b: SignpostObservation): number {
	return b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt);
}

export function watchList(
	model: Pick<ModelInput, 'indicators'>,
	log: readonly SignpostObservation[] = []
): WatchItem[] {
	return model.indicators.map((indicator) => {
		const observations = log.filter((o) => o.indicator === indicator.id).sort(newestFirst);
		return { indicator, status: observations[0]?.status ?? 'not-seen', observations };
	});
}

/** The revisions that came from a signpost, each with the observation that made it. */
export function signpostRevisions(log: readonly SignpostObservation[] = []): Map<number, SignpostObservation> {
	return new Map(log.map((observation) => [observation.revision, observation]));
}
