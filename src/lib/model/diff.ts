// What differs between two scenarios' settings, field by field, in the model's order: the
// basis of revision diffs, conflict views and the comparison's inputs table.

import type { DriverSetting, ModelInput, ScenarioInput } from './types';

export const DRIVER_FIELDS: readonly (keyof DriverSetting)[] = ['weight', 'assessment', 'low', 'high', 'trend'];

export type SettingRow =
	| { kind: 'driver'; id: string; field: keyof DriverSetting; values: number[] }
	| { kind: 'event'; id: string; field: 'probability'; values: number[] }
	| { kind: 'run'; id: 'seed' | 'samples'; field: 'value'; values: number[] };

/** Every setting of the model with its value in each scenario (missing ones as NaN). */
export function settingRows(model: ModelInput, scenarios: readonly ScenarioInput[]): SettingRow[] {
	const rows: SettingRow[] = [];
	for (const driver of model.drivers) {
		for (const field of DRIVER_FIELDS)
			rows.push({
				kind: 'driver',
				id: driver.id,
				field,
				values: scenarios.map((s) => s.drivers[driver.id]?.[field] ?? Number.NaN)
			});
	}
	for (const event of model.events)
		rows.push({
			kind: 'event',
			id: event.id,
			field: 'probability',
			values: scenarios.map((s) => s.events[event.id]?.probability ?? Number.NaN)
		});
	rows.push({ kind: 'run', id: 'seed', field: 'value', values: scenarios.map((s) => s.seed) });
	rows.push({ kind: 'run', id: 'samples', field: 'value', values: scenarios.map((s) => s.samples) });
	return rows;
}

/** Whether a row's value in column `i` differs from the first column. */
export function differsFromFirst(row: SettingRow, i: number): boolean {
	return (
		i > 0 && !Object.is(row.values[i], row.values[0]) && !(Number.isNaN(row.values[i]) && Number.isNaN(row.values[0]))
	);
}

/** Only the rows where some scenario differs from the first. */
export function changedRows(model: ModelInput, scenarios: readonly ScenarioInput[]): SettingRow[] {
	return settingRows(model, scenarios).filter((row) => row.values.some((_, i) => differsFromFirst(row, i)));
}
