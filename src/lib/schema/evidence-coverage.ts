// What a model's evidence still lacks: direction and grade are optional (a new question may start
// ungraded), so a valid model can have items without them. `validate` warns of these; the
// flagship has none (its test).

import type { EvidenceItem, ModelInput } from '../model/index';

export interface EvidenceGaps {
	/** Ids of items without a grade. */
	ungraded: string[];
	/** Items with a driver they inform but give no direction for, and those drivers. */
	undirected: { evidence: string; drivers: string[] }[];
}

function driversWithoutDirection(item: EvidenceItem): string[] {
	return item.drivers.filter((driver) => item.direction?.[driver] === undefined);
}

export function evidenceGaps(model: Pick<ModelInput, 'evidence'>): EvidenceGaps {
	return {
		ungraded: model.evidence.filter((item) => item.grade === undefined).map((item) => item.id),
		undirected: model.evidence.flatMap((item) => {
			const drivers = driversWithoutDirection(item);
			return drivers.length > 0 ? [{ evidence: item.id, drivers }] : [];
		})
	};
}
