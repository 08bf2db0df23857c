// Entry points for reading files: JSON text → value → model or scenario, or the problems.
// Browser-safe: no Node APIs, so imports and exports in the app read files the same way.

import type * as z from 'zod';
import type { ModelInput, ScenarioInput } from '../model/index';
import { jsonHygieneProblems } from './json-hygiene';
import { explainIssue } from './messages';
import { modelSchema } from './model';
import { issuesToProblems, problem, type Problem } from './problem';
import { scenarioSchema } from './scenario';
import { scenarioSchemaFor } from './scenario-checks';

export type Failure = { ok: false; problems: Problem[] };
export type JsonResult = { ok: true; value: unknown } | Failure;
export type ModelResult = { ok: true; model: ModelInput } | Failure;
export type ScenarioResult = { ok: true; scenario: ScenarioInput } | Failure;

/**
 * One line, and where the error is as editors count. Engines word syntax errors differently:
 * V8 gives a position for some and quotes a snippet of the text (newlines and all) for others,
 * and from Node 22 on adds "(line 3 column 3)" itself: dropped, so every Node says it alike.
 */
function describeSyntaxError(message: string, text: string): string {
	const oneLine = message
		.replace(/\s+/g, ' ')
		.replace(/ \(line \d+ column \d+\)$/, '')
		.trim();
	const at = /position (\d+)/.exec(oneLine);
	if (!at) return oneLine;
	const before = text.slice(0, Number(at[1])).split('\n');
	return `${oneLine} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

export function parseJsonText(text: string, file: string): JsonResult {
	// Editors on Windows may save a byte-order mark, which JSON.parse refuses.
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let value: unknown;
	try {
		value = JSON.parse(body) as unknown;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [problem(file, [], `not valid JSON: ${describeSyntaxError(message, body)}`)] };
	}
	// Reserved keys and unclean text are refused here, before a schema could drop or keep them.
	const unclean = jsonHygieneProblems(value, file);
	return unclean.length > 0 ? { ok: false, problems: unclean } : { ok: true, value };
}

function withoutSchemaRef<T extends { $schema?: string }>(value: T): Omit<T, '$schema'> {
	const { $schema: _ref, ...rest } = value;
	return rest;
}

function failure(error: z.ZodError, file: string): Failure {
	return { ok: false, problems: issuesToProblems(error.issues, file) };
}

export function parseModel(json: unknown, file: string): ModelResult {
	const result = modelSchema.safeParse(json, { error: explainIssue });
	return result.success ? { ok: true, model: withoutSchemaRef(result.data) } : failure(result.error, file);
}

/** With `model`, also checks the scenario against it (model id, drivers, events). */
export function parseScenario(json: unknown, file: string, model?: ModelInput): ScenarioResult {
	const schema = model ? scenarioSchemaFor(model) : scenarioSchema;
	const result = schema.safeParse(json, { error: explainIssue });
	return result.success ? { ok: true, scenario: withoutSchemaRef(result.data) } : failure(result.error, file);
}
