// The flagship read through the evidence matrix's rules: what they say of its baseline.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { parseModel } from '$lib/schema/parse';
import { analyticConfidence, driverFlags, evidenceBalances, heaviestByWeight } from './index';

function read<T>(file: string): T {
	return JSON.parse(readFileSync(`scenarios/russia-dprk/${file}`, 'utf8')) as T;
}

describe('the flagship’s baseline', () => {
	const parsed = parseModel(read('model.json'), 'model.json');
	if (!parsed.ok) throw new Error('the flagship model does not parse');
	const model: ModelInput = parsed.model;
	const baseline = read<ScenarioInput>('baseline.json');
	const heaviest = heaviestByWeight(
		baseline,
		model.drivers.map((d) => d.id)
	);

	it('flags the two drivers whose every item is the article author’s own analysis as single-source, and nothing else', () => {
		const flagged = evidenceBalances(model)
			.map((b) => [b.driver, driverFlags(b, baseline.drivers[b.driver].assessment, heaviest)] as const)
			.filter(([, flags]) => flags.length > 0);
		expect(flagged).toEqual([
			['pyongyang-caution', ['single-source']],
			['china-calculus', ['single-source']]
		]);
	});

	it('has high confidence: its three heaviest drivers each rest on several agreeing sources', () => {
		const c = analyticConfidence(model, baseline, heaviest);
		expect(c.carrying.map((x) => x.driver)).toEqual([
			'ukraine-war-course',
			'western-confrontation',
			'political-alignment'
		]);
		expect(c.level).toBe('high');
	});
});
