import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLinkState } from '$lib/editing/url-edits';
import { keyJudgments, sensitivity, simulate, type ModelInput, type ScenarioInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import type { PresetLibrary } from '$lib/server/presets';
import { getStore } from '$lib/server/storage/store';
import { linkedScenario, scenarioNumbers } from './linked-scenario';

const model: ModelInput = tinyModel();
const baseline: ScenarioInput = tinyScenario();
const other: ScenarioInput = { ...tinyScenario(), id: 'other', seed: 8 };
const library: PresetLibrary = { models: [model], scenarios: new Map([['tiny', [baseline, other]]]), problems: [] };
const noEdits = { drivers: {}, events: {} };

function params(query: Record<string, string>): URLSearchParams {
	return new URLSearchParams(query);
}

describe('linkedScenario', () => {
	let dataDir: string;
	beforeAll(() => {
		// A saved link reads the store: an empty one of its own.
		dataDir = mkdtempSync(join(tmpdir(), 'linked-scenario-'));
		process.env.DATA_DIR = dataDir;
	});
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('opens the named preset as it stands', async () => {
		const linked = await linkedScenario(params({ model: 'tiny', scenario: 'other' }), library);
		expect(linked.source).toEqual({ kind: 'preset', model: 'tiny', scenario: 'other' });
		expect(linked.base).toBe(other);
		expect(linked.current).toBe(other);
		expect(linked.edited).toBe(false);
		expect(linked.headRevision).toBeNull();
		expect(linked.linkProblems).toEqual([]);
	});

	it('opens a scenario saved on an earlier version of the model, fitted to this one, and says what changed', async () => {
		// As saved before the model dropped a driver and gained one: "retired" gone, the first new.
		const [first] = model.drivers;
		const drivers: Record<string, ScenarioInput['drivers'][string]> = { ...baseline.drivers };
		delete drivers[first.id];
		drivers.retired = { weight: 0.5, assessment: 0.1, low: 0, high: 0.2, trend: 0 };
		const saved = await getStore().create({ scenario: { ...baseline, id: 'old', drivers } });
		const linked = await linkedScenario(params({ saved: saved.id }), library);
		expect(Object.keys(linked.current.drivers).sort()).toEqual(model.drivers.map((d) => d.id).sort());
		expect(linked.current.drivers[first.id]).toEqual(baseline.drivers[first.id]);
		expect(linked.linkProblems).toHaveLength(1);
		expect(linked.linkProblems[0]).toMatch(/earlier version of the model.*retired.*/);
		expect(linked.linkProblems[0]).toContain(first.id);
		// Its numbers can be computed: it no longer lacks a driver.
		expect((await scenarioNumbers(model, linked.current)).projection.samples).toBe(baseline.samples);
	});

	it('falls back to the first model and preset, naming each miss', async () => {
		const linked = await linkedScenario(params({ model: 'huge', scenario: 'nowhere' }), library);
		expect(linked.model).toBe(model);
		expect(linked.base).toBe(baseline);
		expect(linked.linkProblems).toEqual(['model: no model "huge"', 'scenario: no preset "nowhere"']);
	});

	it("applies the link's edits to a copy, leaving the preset as it is", async () => {
		const query = encodeLinkState(
			new URLSearchParams(),
			{ kind: 'preset', model: 'tiny', scenario: 'baseline' },
			{ ...noEdits, drivers: { military: { assessment: 0.5 } } }
		);
		const linked = await linkedScenario(query, library);
		expect(linked.edited).toBe(true);
		expect(linked.current.drivers.military.assessment).toBe(0.5);
		expect(linked.base.drivers.military.assessment).toBe(0.6);
		expect(linked.linkProblems).toEqual([]);
	});

	it('refuses edits that break the rules, field by field, and keeps the preset', async () => {
		const query = encodeLinkState(
			new URLSearchParams(),
			{ kind: 'preset', model: 'tiny', scenario: 'baseline' },
			{ ...noEdits, drivers: { military: { weight: 7 } } }
		);
		const linked = await linkedScenario(query, library);
		expect(linked.edited).toBe(false);
		expect(linked.current).toBe(baseline);
		expect(linked.linkProblems).toHaveLength(1);
		expect(linked.linkProblems[0]).toMatch(/^drivers\.military\.weight: /);
	});

	it('names a saved scenario that is not there and opens the first preset instead', async () => {
		const linked = await linkedScenario(params({ saved: 'gone', rev: '2' }), library);
		expect(linked.source).toEqual({ kind: 'preset', model: 'tiny', scenario: 'baseline' });
		expect(linked.linkProblems).toEqual(['saved: no saved scenario "gone" at revision 2']);
	});
});

describe('scenarioNumbers', () => {
	// Noisy enough that fewer paths would give another number.
	const noisy = { ...baseline, dynamics: { persistence: 0.5, volatility: 1 } };

	it('gives the projection and a tornado on the same paths, its as-set value the key judgment’s', async () => {
		const numbers = await scenarioNumbers(model, noisy);
		expect(numbers.projection).toEqual(simulate(model, noisy));
		expect(numbers.tornado).toEqual(sensitivity(model, noisy));
		const horizon = keyJudgments(model, numbers.projection)
			.filter((j) => j.kind === 'at-least')
			.at(-1);
		expect(numbers.tornado?.base).toBe(horizon?.probability);
	});

	it('keeps the numbers by content: the same settings (even another object, another title) give the kept result', async () => {
		const first = await scenarioNumbers(model, noisy);
		expect(await scenarioNumbers(model, { ...noisy, title: { en: 'Other', ar: 'آخر' } })).toBe(first);
		expect(await scenarioNumbers(tinyModel(), structuredClone(noisy))).toBe(first);
		const reseeded = await scenarioNumbers(model, { ...noisy, seed: 99 });
		expect(reseeded).not.toBe(first);
		expect(reseeded).toEqual({
			projection: simulate(model, { ...noisy, seed: 99 }),
			tornado: sensitivity(model, { ...noisy, seed: 99 })
		});
	});

	it('renders at most SERVER_SAMPLES paths for the dashboard (its worker refines), the full count for the slides', async () => {
		const heavy = { ...noisy, samples: 900 };
		process.env.SERVER_SAMPLES = '250';
		try {
			const bounded = await scenarioNumbers(model, heavy);
			expect(bounded.projection.samples).toBe(250);
			expect(bounded.projection).toEqual(simulate(model, heavy, { samples: 250 }));
			const full = await scenarioNumbers(model, heavy, { full: true });
			expect(full.projection).toEqual(simulate(model, heavy));
		} finally {
			delete process.env.SERVER_SAMPLES;
		}
	});
});
