// The inputs table: every setting of every compared scenario, row by row, with what differs from
// the first scenario marked, so "what changed" is read off before "what it did". The unmodelled
// factors are settings too: a scenario that leaves more to chance must show it here.

import type { DriverSetting, Dynamics, ModelInput, ScenarioInput } from '$lib/model';

export type InputField = keyof DriverSetting | 'probability' | keyof Dynamics;

/** Volatility first: how big the unexplained shocks are, then how long they last. */
export const DYNAMICS_FIELDS: readonly (keyof Dynamics)[] = ['volatility', 'persistence'];

/** The id of the unmodelled factors' group (no driver or event can clash with a kind of its own). */
export const UNMODELLED = 'unmodelled';

export const DRIVER_FIELDS: readonly (keyof DriverSetting)[] = ['weight', 'assessment', 'low', 'high', 'trend'];

export interface InputRow {
	field: InputField;
	/** One per scenario, in the page's order. */
	values: number[];
	/** Per scenario: differs from the first scenario's value (the first never does). */
	differs: boolean[];
}

/** A driver's five settings, an event's probability, or the scenario's unmodelled factors. */
export interface InputGroup {
	kind: 'driver' | 'event' | 'unmodelled';
	id: string;
	rows: InputRow[];
	/** Unmodelled factors only: per scenario, whether it takes the model's default (sets none). */
	fromModel?: boolean[];
}

// Settings are typed in at 0.05 steps and stored as JSON numbers: anything below this is the same
// setting written twice, not a difference an analyst made.
const SAME = 1e-9;

function same(a: number, b: number): boolean {
	return Number.isNaN(a) ? Number.isNaN(b) : Math.abs(a - b) <= SAME;
}

function row(field: InputField, values: number[]): InputRow {
	return { field, values, differs: values.map((v) => !same(v, values[0])) };
}

/** The unmodelled factors a scenario runs with: its own, else the model's. */
export function scenarioDynamics(model: ModelInput, scenario: ScenarioInput): Dynamics {
	return scenario.dynamics ?? model.dynamics;
}

/**
 * In the model's order: drivers, then events, then the unmodelled factors. A setting a scenario
 * lacks reads as NaN and differs.
 */
export function inputGroups(model: ModelInput, scenarios: readonly ScenarioInput[]): InputGroup[] {
	const drivers: InputGroup[] = model.drivers.map(({ id }) => ({
		kind: 'driver',
		id,
		rows: DRIVER_FIELDS.map((field) =>
			row(
				field,
				scenarios.map((s) => s.drivers[id]?.[field] ?? Number.NaN)
			)
		)
	}));
	const events: InputGroup[] = model.events.map(({ id }) => ({
		kind: 'event',
		id,
		rows: [
			row(
				'probability',
				scenarios.map((s) => s.events[id]?.probability ?? Number.NaN)
			)
		]
	}));
	const unmodelled: InputGroup = {
		kind: 'unmodelled',
		id: UNMODELLED,
		rows: DYNAMICS_FIELDS.map((field) =>
			row(
				field,
				scenarios.map((s) => scenarioDynamics(model, s)[field])
			)
		),
		fromModel: scenarios.map((s) => s.dynamics === undefined)
	};
	return [...drivers, ...events, unmodelled];
}

export function rowDiffers(row: InputRow): boolean {
	return row.differs.some(Boolean);
}

/** Only the rows where some scenario differs from the first; groups left empty are dropped. */
export function onlyDifferences(groups: readonly InputGroup[]): InputGroup[] {
	return groups.map((g) => ({ ...g, rows: g.rows.filter(rowDiffers) })).filter((g) => g.rows.length > 0);
}

/** How many settings differ from the first scenario, per scenario. */
export function differenceCounts(groups: readonly InputGroup[], scenarioCount: number): number[] {
	const counts = Array.from({ length: scenarioCount }, () => 0);
	for (const g of groups) for (const r of g.rows) r.differs.forEach((d, i) => (counts[i] += d ? 1 : 0));
	return counts;
}
