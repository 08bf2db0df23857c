// `run` gives the scenario's analytic confidence (docs/model.md#analytic-confidence): a line after
// the key judgments, and `confidence` beside the projection's fields in --json, which stay as they were.

import { describe, expect, it } from 'vitest';
import { simulate } from '../lib/model/index';
import { loadScenarioWithModel } from '../lib/server/preset-files';
import { main } from './program';

async function cli(...args: string[]) {
	let out = '';
	const code = await main(args, { out: (text) => (out += text), err: () => {} });
	return { code, out };
}

const baseline = 'scenarios/russia-dprk/baseline.json';

describe('run and analytic confidence', () => {
	it('--json: the confidence from the tornado’s three heaviest drivers, in both languages, and the projection unchanged', async () => {
		const { code, out } = await cli('run', baseline, '--json', '--samples', '2000');
		expect(code).toBe(0);
		const { confidence, ...projection } = JSON.parse(out);
		expect(confidence.heaviness).toBe('tornado');
		expect(confidence.carrying).toHaveLength(3);
		expect(['high', 'moderate', 'low']).toContain(confidence.level);
		expect(confidence.text.en).toMatch(/^(High|Moderate|Low) confidence: /);
		expect(confidence.text.ar).toMatch(/^ثقة (عالية|متوسطة|منخفضة): /);
		const loaded = await loadScenarioWithModel(baseline);
		if (!loaded.ok) throw new Error('the baseline does not load');
		const direct = simulate(loaded.model, loaded.scenario, { samples: 2000 });
		expect(JSON.stringify(projection)).toBe(JSON.stringify(direct));
	});

	it('text: the confidence line follows the judgments, in the language asked for', async () => {
		const json = JSON.parse((await cli('run', baseline, '--json', '--samples', '2000')).out);
		for (const lang of ['en', 'ar'] as const) {
			const { out } = await cli('run', baseline, '--samples', '2000', '--lang', lang);
			const lines = out.split('\n');
			const last = lines.findLastIndex((l) => l.startsWith('  • '));
			expect(lines[last + 1]).toBe(`  ${json.confidence.text[lang]}`);
		}
	});
});
