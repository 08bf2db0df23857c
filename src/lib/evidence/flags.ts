// What the evidence matrix warns of, per driver (docs/model.md#evidence-flags).

import type { DriverBalance } from './balance';

export type EvidenceFlag = 'no-evidence' | 'single-source' | 'against-evidence' | 'heavy-low-grade';

/** The drivers counted as heavy: the first this many of the heaviness ranking. */
export const HEAVY_COUNT = 3;

/** An assessment this far from 0 takes a side; nearer, it cannot point against anything. */
export const ASSESSMENT_SIDE = 0.1;

/** The assessment takes one side of 0 and the evidence leans clearly to the other. */
export function pointsAgainst(balance: DriverBalance, assessment: number): boolean {
	if (assessment >= ASSESSMENT_SIDE) return balance.lean === 'lowers';
	if (assessment <= -ASSESSMENT_SIDE) return balance.lean === 'raises';
	return false;
}

export function isHeavy(driver: string, heaviest: readonly string[]): boolean {
	return heaviest.slice(0, HEAVY_COUNT).includes(driver);
}

/**
 * A driver's flags, in this order: no evidence at all; every item from one source; the scenario's
 * assessment against the balance; one of the heaviest drivers with nothing better than low-grade
 * evidence pushing it (or nothing pushing it at all).
 */
export function driverFlags(balance: DriverBalance, assessment: number, heaviest: readonly string[]): EvidenceFlag[] {
	const flags: EvidenceFlag[] = [];
	if (balance.items.length === 0) flags.push('no-evidence');
	else if (balance.sources === 1) flags.push('single-source');
	if (pointsAgainst(balance, assessment)) flags.push('against-evidence');
	const onlyLowGrade = balance.best === null || balance.best === 'low';
	if (onlyLowGrade && isHeavy(balance.driver, heaviest)) flags.push('heavy-low-grade');
	return flags;
}
