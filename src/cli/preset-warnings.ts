// What `validate` warns of without refusing anything: presets of one model that disagree about
// the present (a driver's assessment, low or high differs between them), unless the model says
// why they may; and summaries that write numbers themselves instead of {event:ID} templates.

import type { ModelInput, ScenarioInput } from '../lib/model/index';
import { literalNumbers } from '../lib/narrative/summary';

export interface Preset {
	file: string;
	scenario: ScenarioInput;
}

/** What a driver's settings say about today; trends, weights and the rest may differ. */
const PRESENT = ['assessment', 'low', 'high'] as const;

export interface Disagreement {
	driver: string;
	setting: (typeof PRESENT)[number];
	/** Each value, with the presets (scenario ids) that set it, in the presets' order. */
	values: { value: number; presets: string[] }[];
}

export function presentDisagreements(model: ModelInput, presets: readonly Preset[]): Disagreement[] {
	return model.drivers.flatMap((driver) =>
		PRESENT.flatMap((setting) => {
			const values: Disagreement['values'] = [];
			for (const { scenario } of presets) {
				const value = scenario.drivers[driver.id]?.[setting];
				if (value === undefined) continue;
				const same = values.find((v) => v.value === value);
				if (same) same.presets.push(scenario.id);
				else values.push({ value, presets: [scenario.id] });
			}
			return values.length > 1 ? [{ driver: driver.id, setting, values }] : [];
		})
	);
}

function describe({ driver, setting, values }: Disagreement): string {
	return `${driver} ${setting}: ${values.map((v) => `${v.value} in ${v.presets.join(', ')}`).join('; ')}`;
}

/** For the presets of one model: warnings (stderr) and notes (stdout), each its own lines ending in \n. */
export function presetWarnings(
	modelFile: string,
	model: ModelInput,
	presets: readonly Preset[]
): { warnings: string[]; notes: string[] } {
	const warnings: string[] = [];
	const notes: string[] = [];
	const disagreements = presentDisagreements(model, presets);
	if (disagreements.length > 0 && model.presetsDisagreeAboutThePresent) {
		const drivers = [...new Set(disagreements.map((d) => d.driver))].join(', ');
		notes.push(
			`note: ${modelFile}: the presets disagree about the present (${drivers}), as the model allows: ${model.presetsDisagreeAboutThePresent.en}\n`
		);
	} else if (disagreements.length > 0) {
		const lines = disagreements.map((d) => `  ${describe(d)}\n`).join('');
		warnings.push(
			`warning: ${modelFile}: the presets disagree about the present: every preset should have the same assessment, low and high for each driver (and differ in trends, weights, event probabilities and unmodelled factors), or the model should say why in "presetsDisagreeAboutThePresent":\n${lines}`
		);
	}
	for (const { file, scenario } of presets) {
		for (const lang of ['en', 'ar'] as const) {
			const numbers = literalNumbers(scenario.summary[lang]);
			if (numbers.length > 0)
				warnings.push(
					`warning: ${file}: summary.${lang}: writes ${numbers.join(', ')} itself; quote an event's probability as {event:ID}, so that the number follows the scenario's settings\n`
				);
		}
	}
	return { warnings, notes };
}
