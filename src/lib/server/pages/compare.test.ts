// loadCompare on the shipped presets (10,000 paths each): bounded by SERVER_SAMPLES, and, with the
// bound at or above every scenario's count, exactly the full-count numbers as before.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cappedScenarios, compareNumbers } from '$lib/compare/numbers';
import { loadCompare } from './compare';

const URL_TWO = new URL('http://localhost/compare?s=preset:russia-dprk/baseline&s=preset:russia-dprk/abandonment');

describe('loadCompare', () => {
	let dataDir: string;
	beforeAll(() => {
		// The pickers list saved scenarios: an empty store of its own.
		dataDir = mkdtempSync(join(tmpdir(), 'compare-page-'));
		process.env.DATA_DIR = dataDir;
	});
	afterAll(() => {
		delete process.env.SERVER_SAMPLES;
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('simulates each scenario on at most SERVER_SAMPLES paths, same seed, and says which were capped', async () => {
		process.env.SERVER_SAMPLES = '300';
		const data = await loadCompare(URL_TWO);
		const scenarios = data.scenarios.map((s) => s.scenario);
		expect(scenarios.map((s) => s.samples)).toEqual([10_000, 10_000]);
		expect(data.scenarios.map((s) => s.projection.samples)).toEqual([300, 300]);
		expect(cappedScenarios(data.scenarios)).toEqual([0, 1]);
		const bounded = compareNumbers(data.model, scenarios, [300, 300]);
		expect(data.scenarios.map(({ projection, judgments }) => ({ projection, judgments }))).toEqual(bounded.judged);
		expect(data.gaps).toEqual(bounded.gaps);
	});

	it('with SERVER_SAMPLES at or above every count, gives the full-count numbers as before', async () => {
		process.env.SERVER_SAMPLES = '10000';
		const data = await loadCompare(URL_TWO);
		expect(cappedScenarios(data.scenarios)).toEqual([]);
		const full = compareNumbers(
			data.model,
			data.scenarios.map((s) => s.scenario)
		);
		expect(data.scenarios.map(({ projection, judgments }) => ({ projection, judgments }))).toEqual(full.judged);
		expect(data.gaps).toEqual(full.gaps);
	});
});
