// The evidence matrix's content, in the manner of Analysis of Competing Hypotheses: evidence as
// rows, drivers as columns, each cell the item's direction on that driver; under it, per driver,
// the balance and the flags; the analyst's own items count with the model's, marked as theirs.
// Computed here so the view only lays it out.

import type { EvidenceDirection, EvidenceItem, ModelInput, ScenarioInput } from '$lib/model';
import { directionOf, evidenceBalances, type DriverBalance } from './balance';
import { driverFlags, type EvidenceFlag } from './flags';
import { gradeLabel } from './grade-weight';
import { analystEvidenceIds, withScenarioEvidence } from './scenario-evidence';

export interface MatrixDriver extends DriverBalance {
	assessment: number;
	/** 1 for the heaviest in the ranking given; null for a driver not in it. */
	rank: number | null;
	flags: EvidenceFlag[];
}

export interface MatrixRow {
	item: EvidenceItem;
	grade: string;
	/** One per driver of the matrix, in its order: the direction, or null where the item is silent. */
	cells: (EvidenceDirection | null)[];
	/** The analyst's own item (the scenario's `evidence`), after the model's. */
	analyst: boolean;
}

export interface EvidenceMatrix {
	drivers: MatrixDriver[];
	rows: MatrixRow[];
}

export function evidenceMatrix(
	model: Pick<ModelInput, 'evidence' | 'drivers'>,
	scenario: Pick<ScenarioInput, 'drivers' | 'evidence'>,
	heaviest: readonly string[]
): EvidenceMatrix {
	const judged = withScenarioEvidence(model, scenario);
	const own = analystEvidenceIds(scenario);
	const drivers = evidenceBalances(judged).map((balance): MatrixDriver => {
		const assessment = scenario.drivers[balance.driver]?.assessment ?? 0;
		const at = heaviest.indexOf(balance.driver);
		return { ...balance, assessment, rank: at < 0 ? null : at + 1, flags: driverFlags(balance, assessment, heaviest) };
	});
	const rows = judged.evidence.map((item, i) => ({
		item,
		grade: gradeLabel(item),
		cells: drivers.map((d) => (item.drivers.includes(d.driver) ? directionOf(item, d.driver) : null)),
		analyst: i >= model.evidence.length && own.has(item.id)
	}));
	return { drivers, rows };
}
