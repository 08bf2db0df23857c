// Key assumptions and outcomes' resolution criteria (issue 14, points 4 and 6): pure, no Svelte,
// no server; the engine's numbers never depend on them (docs/model.md, Key assumptions).

export { scenarioAssumptions, type AssumptionOrigin, type ScenarioAssumption } from './effective';
export { tiedValues, tieSetting, type TiedValue, type TieSetting } from './tied-values';
export { tieLabel, settingText, tiedValueText } from './tie-text';
export {
	assumptionSwing,
	markCounts,
	ASSUMPTION_MARKS,
	type AssumptionMark,
	type AssumptionSwing,
	type TieSwing
} from './check';
export { resolutionCriteria, outcomesWithoutResolution, type OutcomeResolution } from './resolution';
