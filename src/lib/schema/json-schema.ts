// JSON Schema for editors, generated from the zod schemas (the single source of truth) and
// checked in under static/schema/; files name it by a relative `$schema`.

import * as z from 'zod';
import { modelSchema } from './model';
import { scenarioSchema } from './scenario';

export const SCHEMA_FILE_NAMES = ['model.json', 'scenario.json'] as const;
export type SchemaFileName = (typeof SCHEMA_FILE_NAMES)[number];

/** Where the files live in the repository, and where scenario files point to from their folder. */
export const SCHEMA_DIR = 'static/schema';
export const SCHEMA_REFS: Record<SchemaFileName, string> = {
	'model.json': '../../static/schema/model.json',
	'scenario.json': '../../static/schema/scenario.json'
};

function generate(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
	// draft-07 is the version editors support most widely; the schemas need nothing newer.
	const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
	return { $schema, title, description, ...rest };
}

export function jsonSchemas(): Record<SchemaFileName, Record<string, unknown>> {
	return {
		'model.json': generate(
			modelSchema,
			'Scenario Desk model',
			'One analytical question: horizon, outcomes (worst → best), thresholds, dynamics, drivers, events, evidence and indicators. Cross-references are checked by `npm run scenario -- validate`.'
		),
		'scenario.json': generate(
			scenarioSchema,
			'Scenario Desk scenario',
			'One set of analyst settings on a model: a setting for every driver and a probability for every event. Checked against its model by `npm run scenario -- validate`.'
		)
	};
}

/** The text of a checked-in schema file. */
export function renderSchemaFile(schema: Record<string, unknown>): string {
	return `${JSON.stringify(schema, null, '\t')}\n`;
}
