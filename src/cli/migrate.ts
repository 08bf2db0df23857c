// `migrate <folder>`: a model folder (model.json and the scenario files beside it) rewritten from
// format 1 to format 2. Every file must validate as it is first, and each rewritten text must
// read back as the same model or scenario but for its format; nothing is written unless all do.
// Files already in format 2 are left as they are, so a second run changes nothing.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ModelInput, ScenarioInput } from '../lib/model/index';
import { plural } from '../lib/schema/findings';
import { formatProblem, parseJsonText, parseModel, parseScenario, problem, type Problem } from '../lib/schema/index';
import { displayPath } from '../lib/server/preset-files';
import type { Io } from './io';
import { migrateModelText, migrateScenarioText, type MigratedText } from './migrate-text';

const MODEL_FILE = 'model.json';

export interface FilePlan {
	file: string;
	/** As problems and reports show it. */
	shown: string;
	before: string;
	after: MigratedText;
}

type Read = { ok: true; value: unknown; text: string } | { ok: false; problems: Problem[] };
type Plan = { ok: true; plans: FilePlan[] } | { ok: false; problems: Problem[] };

async function readJson(file: string): Promise<Read> {
	const shown = displayPath(file);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? error.code : undefined;
		const reason = code === 'ENOENT' ? 'file not found' : `cannot be read: ${String(error)}`;
		return { ok: false, problems: [problem(shown, [], reason)] };
	}
	const json = parseJsonText(text, shown);
	return json.ok ? { ok: true, value: json.value, text } : json;
}

function planFor(file: string, text: string, migrate: (text: string) => MigratedText): FilePlan {
	return { file, shown: displayPath(file), before: text, after: migrate(text) };
}

/** A guard against a wrong rewrite: the engine must see the same input, apart from the format. */
function expectSame<T extends { format: 1 | 2 }>(plan: FilePlan, before: T, after: T | undefined): T {
	if (after && isDeepStrictEqual(after, { ...before, format: 2 })) return after;
	throw new Error(`the rewrite of ${plan.shown} does not read back as the same file in format 2; nothing written`);
}

function readBackModel(plan: FilePlan, before: ModelInput): ModelInput {
	const json = parseJsonText(plan.after.text, plan.shown);
	const parsed = json.ok ? parseModel(json.value, plan.shown) : json;
	return expectSame(plan, before, parsed.ok ? parsed.model : undefined);
}

function readBackScenario(plan: FilePlan, before: ScenarioInput, model: ModelInput): void {
	const json = parseJsonText(plan.after.text, plan.shown);
	const parsed = json.ok ? parseScenario(json.value, plan.shown, model) : json;
	expectSame(plan, before, parsed.ok ? parsed.scenario : undefined);
}

/** Every file of the folder as format 2, checked; or every problem that stops the migration. */
export async function planMigration(dir: string): Promise<Plan> {
	const modelFile = path.join(dir, MODEL_FILE);
	const modelRead = await readJson(modelFile);
	if (!modelRead.ok) return modelRead;
	const model = parseModel(modelRead.value, displayPath(modelFile));
	if (!model.ok) return model;
	const modelPlan = planFor(modelFile, modelRead.text, migrateModelText);

	const names = (await readdir(dir, { withFileTypes: true }))
		.filter((entry) => entry.isFile() && entry.name.endsWith('.json') && entry.name !== MODEL_FILE)
		.map((entry) => entry.name)
		.sort();
	const problems: Problem[] = [];
	const scenarios: { plan: FilePlan; scenario: ScenarioInput }[] = [];
	for (const name of names) {
		const file = path.join(dir, name);
		const read = await readJson(file);
		const parsed = read.ok ? parseScenario(read.value, displayPath(file), model.model) : read;
		if (!parsed.ok) problems.push(...parsed.problems);
		else if (read.ok)
			scenarios.push({ plan: planFor(file, read.text, migrateScenarioText), scenario: parsed.scenario });
	}
	if (problems.length > 0) return { ok: false, problems };

	const migrated = readBackModel(modelPlan, model.model);
	for (const { plan, scenario } of scenarios) readBackScenario(plan, scenario, migrated);
	return { ok: true, plans: [modelPlan, ...scenarios.map(({ plan }) => plan)] };
}

function rewroteLine(plan: FilePlan): string {
	const count = plan.after.dates;
	const dates = count > 0 ? `, ${plural(count, 'event date')} as ${count === 1 ? 'a window' : 'windows'}` : '';
	return `rewrote ${plan.shown}: format 2${dates}\n`;
}

export async function migrateCommand(dir: string, io: Io): Promise<number> {
	const shownDir = displayPath(dir);
	const plan = await planMigration(dir);
	if (!plan.ok) {
		io.err(plan.problems.map((p) => `${formatProblem(p)}\n`).join(''));
		io.err(`migrate: nothing rewritten in ${shownDir}: every file must be valid first (fix the problems above)\n`);
		return 1;
	}
	const changed = plan.plans.filter((p) => p.after.text !== p.before);
	if (changed.length === 0) {
		io.out(`nothing to migrate: ${shownDir} is already format 2 (${plural(plan.plans.length, 'file')} unchanged)\n`);
		return 0;
	}
	for (const p of changed) await writeFile(p.file, p.after.text);
	io.out(changed.map(rewroteLine).join(''));
	const unchanged = plan.plans.length - changed.length;
	io.out(
		`migrated ${shownDir} to format 2: ${plural(changed.length, 'file')} rewritten${unchanged > 0 ? `, ${unchanged} already format 2` : ''}\n`
	);
	return 0;
}
