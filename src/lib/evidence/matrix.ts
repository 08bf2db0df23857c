// The evidence matrix's content, in the manner of Analysis of Competing Hypotheses: evidence as
// rows, drivers as columns, each cell the item's direction on that driver; under it, per driver,
// the balance and the flags. Computed here so the view only lays it out.

import type { EvidenceDirection, EvidenceItem, ModelInput, ScenarioInput } from '$lib/model';
import { directionOf, evidenceBalances, type DriverBalance } from './balance';
import { driverFlags, type EvidenceFlag } from './flags';
import { gradeLabel } from './grade-weight';

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
}

export interface EvidenceMatrix {
	drivers: MatrixDriver[];
	rows: MatrixRow[];
}

export function evidenceMatrix(
	model: Pick<ModelInput, 'evidence' | 'drivers'>,
	scenario: Pick<ScenarioInput, 'drivers'>,
	heaviest: readonly string[]
): EvidenceMatrix {
	const drivers = evidenceBalances(model).map((balance): MatrixDriver => {
		const assessment = scenario.drivers[balance.driver]?.assessment ?? 0;
		const at = heaviest.indexOf(balance.driver);
		return { ...balance, assessment, rank: at < 0 ? null : at + 1, flags: driverFlags(balance, assessment, heaviest) };
	});
	const rows = model.evidence.map((item) => ({
		item,
		grade: gradeLabel(item),
		cells: drivers.map((d) => (item.drivers.includes(d.driver) ? directionOf(item, d.driver) : null))
	}));
	return { drivers, rows };
}
