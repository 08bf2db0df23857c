// Any scenario on screen — preset, saved, or edited — as a file in the preset format.

import type { ScenarioInput } from '$lib/model';

export const SCENARIO_SCHEMA_REF = '../../static/schema/scenario.json';

export function scenarioFileText(scenario: ScenarioInput): string {
	return `${JSON.stringify({ $schema: SCENARIO_SCHEMA_REF, ...scenario }, null, '\t')}\n`;
}

export function downloadScenarioFile(scenario: ScenarioInput): void {
	const blob = new Blob([scenarioFileText(scenario)], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = `${scenario.model}-${scenario.id}.json`;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
