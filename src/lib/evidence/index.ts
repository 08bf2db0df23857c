// Evidence read as analysis: balances, flags and analytic confidence (docs/model.md#evidence-balance).
// Pure: no Svelte, no server; the engine's numbers never depend on it.

export {
	RELIABILITY_WEIGHT,
	CREDIBILITY_WEIGHT,
	UNGRADED,
	gradeWeight,
	gradeClass,
	gradeLabel,
	type GradeClass
} from './grade-weight';
export { sourceKey, distinctSources } from './sources';
export {
	driverBalance,
	evidenceBalances,
	directionOf,
	leanOf,
	LEAN_THRESHOLD,
	type DriverBalance,
	type Lean
} from './balance';
export { driverFlags, pointsAgainst, isHeavy, HEAVY_COUNT, ASSESSMENT_SIDE, type EvidenceFlag } from './flags';
export { heaviestByTornado, heaviestByWeight } from './heaviness';
export { evidenceMatrix, type EvidenceMatrix, type MatrixDriver, type MatrixRow } from './matrix';
export {
	analyticConfidence,
	confidenceLevel,
	weaknessOf,
	WEAKNESSES,
	type AnalyticConfidence,
	type CarryingDriver,
	type ConfidenceLevel,
	type ConfidenceReason,
	type Weakness
} from './confidence';
export { CONFIDENCE_WORDS } from './confidence-text';
export { heaviestDrivers, scenarioConfidence, type Heaviness, type ScenarioConfidence } from './scenario-confidence';
export { eitherLanguage, overrideBecause, overrideText } from './confidence-override';
export { analystEvidenceIds, withScenarioEvidence } from './scenario-evidence';
