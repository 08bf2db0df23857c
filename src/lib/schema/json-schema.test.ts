import { describe, expect, it } from 'vitest';
import { staleSchemaFiles } from '../../cli/schema-files';
import { jsonSchemas } from './json-schema';

describe('JSON Schema', () => {
	it('matches the checked-in static/schema files (if not: run npm run schema)', async () => {
		expect(await staleSchemaFiles(), 'static/schema is out of date: run npm run schema').toEqual([]);
	});

	it('describes files that name their schema, and refuses unknown fields', () => {
		for (const schema of Object.values(jsonSchemas())) {
			expect(schema).toMatchObject({
				$schema: 'http://json-schema.org/draft-07/schema#',
				type: 'object',
				additionalProperties: false,
				properties: { $schema: { type: 'string' }, format: { enum: [1, 2] } }
			});
		}
	});

	it('carries ranges, patterns and id keys for editors', () => {
		const scenario = jsonSchemas()['scenario.json'] as {
			properties: {
				samples: object;
				drivers: { propertyNames: object; additionalProperties: { properties: { weight: object } } };
			};
		};
		expect(scenario.properties.samples).toMatchObject({ type: 'integer', minimum: 100, maximum: 200000 });
		expect(scenario.properties.drivers.propertyNames).toMatchObject({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
		expect(scenario.properties.drivers.additionalProperties.properties.weight).toMatchObject({
			minimum: 0,
			maximum: 1
		});
		const model = jsonSchemas()['model.json'] as {
			properties: { dynamics: { properties: { persistence: object } }; outcomes: object };
		};
		expect(model.properties.dynamics.properties.persistence).toMatchObject({ minimum: 0, exclusiveMaximum: 1 });
		expect(model.properties.outcomes).toMatchObject({ minItems: 2 });
	});

	it('describes both formats’ event timing and a scenario’s own unmodelled factors', () => {
		const model = jsonSchemas()['model.json'] as {
			properties: { events: { items: { properties: Record<string, object>; required: string[] } } };
		};
		const event = model.properties.events.items;
		expect(Object.keys(event.properties)).toEqual(expect.arrayContaining(['date', 'window', 'requires']));
		expect(event.properties.window).toMatchObject({ required: ['from', 'to'], additionalProperties: false });
		expect(event.required).not.toContain('date');
		const scenario = jsonSchemas()['scenario.json'] as { properties: { dynamics: object }; required: string[] };
		expect(scenario.properties.dynamics).toMatchObject({ properties: { volatility: { maximum: 5 } } });
		expect(scenario.required).not.toContain('dynamics');
	});

	it('offers editors the Admiralty grades and the directions of evidence, all optional', () => {
		const model = jsonSchemas()['model.json'] as {
			properties: { evidence: { items: { properties: Record<string, object>; required: string[] } } };
		};
		const item = model.properties.evidence.items;
		expect(item.properties.grade).toMatchObject({
			required: ['reliability', 'credibility'],
			additionalProperties: false,
			properties: {
				reliability: { enum: ['A', 'B', 'C', 'D', 'E', 'F'] },
				credibility: { enum: [1, 2, 3, 4, 5, 6] }
			}
		});
		expect(item.properties.direction).toMatchObject({
			propertyNames: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
			additionalProperties: { enum: ['raises', 'lowers', 'context'] }
		});
		expect(item.properties.gradeReason).toMatchObject({ required: ['en', 'ar'] });
		expect(item.required).toEqual(['id', 'quote', 'attribution', 'drivers']);
	});
});
