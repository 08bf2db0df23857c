// Preset models and scenarios from disk: `<dir>/<model-id>/model.json` and every other *.json
// beside it as a scenario on that model. Server only (Node fs); the parsing itself is shared
// with the browser through $lib/schema.

import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelInput, ScenarioInput } from '../model/index';
import {
	parseJsonText,
	parseModel,
	parseScenario,
	problem,
	show,
	SCHEMA_REFS,
	type Failure,
	type JsonResult,
	type Problem
} from '../schema/index';
import { field } from '../schema/raw';

export interface PresetModel {
	file: string;
	model: ModelInput;
}

export interface PresetScenario {
	file: string;
	modelId: string;
	scenario: ScenarioInput;
}

export interface PresetFiles {
	models: PresetModel[];
	scenarios: PresetScenario[];
	/** Every problem found, across all files; only valid files are in `models`/`scenarios`. */
	problems: Problem[];
}

const MODEL_FILE = 'model.json';

/** A path as problems show it: relative to the working directory, with forward slashes. */
export function displayPath(file: string): string {
	const absolute = path.resolve(file);
	const relative = path.relative(process.cwd(), absolute);
	const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
	return shown.split(path.sep).join('/');
}

function fsMessage(error: unknown, expected: 'file' | 'folder'): string {
	const code = error instanceof Error && 'code' in error ? error.code : undefined;
	if (code === 'ENOENT') return `${expected} not found`;
	if (code === 'EISDIR') return 'is a folder, not a file';
	if (code === 'ENOTDIR') return 'is a file, not a folder';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
	return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

export async function readJsonFile(file: string): Promise<JsonResult> {
	const shown = displayPath(file);
	try {
		return parseJsonText(await readFile(file, 'utf8'), shown);
	} catch (error) {
		return { ok: false, problems: [problem(shown, [], fsMessage(error, 'file'))] };
	}
}

/** Rules of the preset folder layout, beyond the file formats themselves. */
function layoutProblems(json: unknown, file: string, schemaRef: string, id: string, idSource: string): Problem[] {
	const problems: Problem[] = [];
	const ref = field(json, '$schema');
	if (ref !== schemaRef) {
		problems.push(
			problem(
				file,
				['$schema'],
				ref === undefined
					? `is required: "${schemaRef}", so that editors find the JSON Schema`
					: `must be "${schemaRef}" (got ${show(ref)})`
			)
		);
	}
	const actual = field(json, 'id');
	if (typeof actual === 'string' && actual !== id) {
		problems.push(problem(file, ['id'], `must be "${id}", the name of its ${idSource} (got "${actual}")`));
	}
	return problems;
}

async function loadScenarioFile(
	file: string,
	model: ModelInput | undefined
): Promise<{ scenario?: ScenarioInput; problems: Problem[] }> {
	const read = await readJsonFile(file);
	if (!read.ok) return { problems: read.problems };
	const shown = displayPath(file);
	const layout = layoutProblems(read.value, shown, SCHEMA_REFS['scenario.json'], path.basename(file, '.json'), 'file');
	const parsed = parseScenario(read.value, shown, model);
	if (!parsed.ok) return { problems: [...layout, ...parsed.problems] };
	return layout.length > 0 ? { problems: layout } : { scenario: parsed.scenario, problems: [] };
}

/**
 * One model folder. Scenarios are checked against the model whenever it parses, even if it
 * breaks a layout rule; when it does not parse, they are checked on their own.
 */
export async function loadModelFolder(folder: string): Promise<PresetFiles> {
	const modelPath = path.join(folder, MODEL_FILE);
	const shownModel = displayPath(modelPath);
	const read = await readJsonFile(modelPath);
	const problems: Problem[] = read.ok ? [] : [...read.problems];
	let parsedModel: ModelInput | undefined;
	if (read.ok) {
		problems.push(
			...layoutProblems(read.value, shownModel, SCHEMA_REFS['model.json'], path.basename(folder), 'folder')
		);
		const parsed = parseModel(read.value, shownModel);
		if (parsed.ok) parsedModel = parsed.model;
		else problems.push(...parsed.problems);
	}
	const model = problems.length === 0 ? parsedModel : undefined;

	const names = (await readdir(folder, { withFileTypes: true }))
		.filter((entry) => entry.isFile() && entry.name.endsWith('.json') && entry.name !== MODEL_FILE)
		.map((entry) => entry.name)
		.sort();
	const loaded = await Promise.all(names.map((name) => loadScenarioFile(path.join(folder, name), parsedModel)));

	const scenarios: PresetScenario[] = [];
	loaded.forEach((result, i) => {
		problems.push(...result.problems);
		if (result.scenario && model) {
			scenarios.push({ file: displayPath(path.join(folder, names[i])), modelId: model.id, scenario: result.scenario });
		}
	});
	return { models: model ? [{ file: shownModel, model }] : [], scenarios, problems };
}

/** Every model folder under `dir` (hidden folders and loose files are skipped). */
export async function loadPresets(dir: string): Promise<PresetFiles> {
	const shown = displayPath(dir);
	let folders: string[];
	try {
		folders = (await readdir(dir, { withFileTypes: true }))
			.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		return { models: [], scenarios: [], problems: [problem(shown, [], fsMessage(error, 'folder'))] };
	}
	if (folders.length === 0) {
		return {
			models: [],
			scenarios: [],
			problems: [problem(shown, [], `no model folders found (expected ${shown}/<model-id>/model.json)`)]
		};
	}
	const results = await Promise.all(folders.map((name) => loadModelFolder(path.join(dir, name))));
	return {
		models: results.flatMap((r) => r.models),
		scenarios: results.flatMap((r) => r.scenarios),
		problems: results.flatMap((r) => r.problems)
	};
}

/**
 * A scenario file and the model.json beside it, both checked, for running one scenario.
 * Unlike presets, the file may live anywhere and need not name its JSON Schema.
 */
/**
 * Where a scenario file's model is: `model.json` beside it (a preset folder), else — for a file
 * exported from the app and saved anywhere — the folder under `scenariosDir` named by its `model`.
 */
async function modelFileFor(file: string, scenarioJson: unknown, scenariosDir: string): Promise<string> {
	const beside = path.join(path.dirname(file), MODEL_FILE);
	if (await exists(beside)) return beside;
	const modelId = field(scenarioJson, 'model');
	const library =
		typeof modelId === 'string' && /^[a-z0-9-]+$/.test(modelId)
			? path.join(scenariosDir, modelId, MODEL_FILE)
			: undefined;
	return library && (await exists(library)) ? library : beside;
}

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false
	);
}

export async function loadScenarioWithModel(
	file: string,
	scenariosDir = process.env.SCENARIOS_DIR ?? 'scenarios'
): Promise<{ ok: true; model: ModelInput; scenario: ScenarioInput } | Failure> {
	const shown = displayPath(file);
	if (path.basename(file) === MODEL_FILE) {
		return {
			ok: false,
			problems: [problem(shown, [], 'is a model, not a scenario: give a scenario file from its folder')]
		};
	}
	const scenarioJson = await readJsonFile(file);
	if (!scenarioJson.ok) return scenarioJson;
	const modelFile = await modelFileFor(file, scenarioJson.value, scenariosDir);
	const modelJson = await readJsonFile(modelFile);
	if (!modelJson.ok) return modelJson;
	const model = parseModel(modelJson.value, displayPath(modelFile));
	const scenario = parseScenario(scenarioJson.value, shown, model.ok ? model.model : undefined);
	if (model.ok && scenario.ok) return { ok: true, model: model.model, scenario: scenario.scenario };
	return { ok: false, problems: [...(model.ok ? [] : model.problems), ...(scenario.ok ? [] : scenario.problems)] };
}
