// Analytic confidence in a scenario's key judgments (docs/model.md#analytic-confidence): high,
// moderate or low, the words of ICD 203, from the grades and agreement of the evidence behind the
// heaviest drivers — the drivers that carry the judgments. Every key judgment of a scenario is read
// from one projection, so the same drivers carry them all and they share one confidence.

import type { BilingualText, ModelInput, ScenarioInput } from '$lib/model';
import { driverBalance, type DriverBalance } from './balance';
import { confidenceText } from './confidence-text';
import { HEAVY_COUNT, pointsAgainst } from './flags';
import { withScenarioEvidence } from './scenario-evidence';

export type ConfidenceLevel = 'high' | 'moderate' | 'low';

/** What keeps a carrying driver's evidence from being strong, most serious first. */
export const WEAKNESSES = [
	'no-evidence',
	'against-evidence',
	'single-source',
	'low-grade-only',
	'conflicting',
	'no-high-grade'
] as const;
export type Weakness = (typeof WEAKNESSES)[number];

/** The first four make a driver's support weak; the last two leave it fair. */
const WEAK: ReadonlySet<Weakness> = new Set(['no-evidence', 'against-evidence', 'single-source', 'low-grade-only']);

export type ConfidenceReason = Weakness | 'agreement' | 'no-drivers';

export interface CarryingDriver {
	driver: string;
	weakness: Weakness | null;
}

export interface AnalyticConfidence {
	level: ConfidenceLevel;
	/** The heaviest drivers (at most HEAVY_COUNT), heaviest first, each with what weakens it. */
	carrying: CarryingDriver[];
	/** The reason the line gives, and the carrying drivers it names. */
	reason: ConfidenceReason;
	drivers: string[];
	/** "Moderate confidence: of the heaviest drivers, “…” rests on a single source", in both languages. */
	text: BilingualText;
	/** The reason alone, without the level: "of the heaviest drivers, “…” rests on a single source". */
	because: BilingualText;
}

export function weaknessOf(balance: DriverBalance, assessment: number): Weakness | null {
	if (balance.net === null) return 'no-evidence';
	if (pointsAgainst(balance, assessment)) return 'against-evidence';
	if (balance.sources === 1) return 'single-source';
	if (balance.best === 'low') return 'low-grade-only';
	if (balance.lean === 'mixed') return 'conflicting';
	if (balance.best !== 'high') return 'no-high-grade';
	return null;
}

export function confidenceLevel(carrying: readonly CarryingDriver[]): ConfidenceLevel {
	if (carrying.length === 0) return 'low';
	const weak = carrying.filter((c) => c.weakness !== null && WEAK.has(c.weakness)).length;
	const heaviestIsWeak = carrying[0].weakness !== null && WEAK.has(carrying[0].weakness);
	if (heaviestIsWeak || 2 * weak >= carrying.length) return 'low';
	return carrying.every((c) => c.weakness === null) ? 'high' : 'moderate';
}

/**
 * `heaviest`: driver ids, heaviest first (heaviestByTornado or heaviestByWeight); the first
 * HEAVY_COUNT that the model has carry the judgments.
 */
export function analyticConfidence(
	model: Pick<ModelInput, 'evidence' | 'drivers'>,
	scenario: Pick<ScenarioInput, 'drivers' | 'evidence'>,
	heaviest: readonly string[]
): AnalyticConfidence {
	// The analyst's own items count with the model's.
	const judged = withScenarioEvidence(model, scenario);
	const known = new Set(model.drivers.map((d) => d.id));
	const carrying = heaviest
		.filter((id) => known.has(id))
		.slice(0, HEAVY_COUNT)
		.map((driver) => ({
			driver,
			weakness: weaknessOf(driverBalance(judged, driver), scenario.drivers[driver]?.assessment ?? 0)
		}));
	const level = confidenceLevel(carrying);
	const worst = WEAKNESSES.find((w) => carrying.some((c) => c.weakness === w));
	const reason: ConfidenceReason = carrying.length === 0 ? 'no-drivers' : (worst ?? 'agreement');
	const drivers = carrying.filter((c) => reason === 'agreement' || c.weakness === reason).map((c) => c.driver);
	const labels = drivers.map((id) => model.drivers.find((d) => d.id === id)!.label);
	return { level, carrying, reason, drivers, ...confidenceText(level, reason, labels) };
}
