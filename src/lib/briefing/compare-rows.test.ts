import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate } from '$lib/model';
import { loadScenarioWithModel } from '$lib/server/preset-files';
import { changeTable, judgmentTable } from './compare-rows';

describe('comparison tables', async () => {
	const loaded = await Promise.all(
		['baseline', 'abandonment'].map((id) => loadScenarioWithModel(`scenarios/russia-dprk/${id}.json`))
	);
	const [a, b] = loaded.map((l) => {
		if (!l.ok) throw new Error('fixture');
		return l;
	});
	const scenarios = [a, b].map((l) => ({ label: l.scenario.title.en, scenario: { ...l.scenario, samples: 500 } }));
	const model = a.model;

	it('puts the same judgment on one row, a column per scenario, naming the outcome where it can differ', () => {
		const withJudgments = scenarios.map((s) => ({
			label: s.label,
			judgments: keyJudgments(model, simulate(model, s.scenario))
		}));
		const t = judgmentTable(model, withJudgments, 'en');
		expect(t.columns).toEqual(['Judgment', scenarios[0].label, scenarios[1].label]);
		expect(t.rows[0][0]).toMatch(/^“Transactional partnership” or better at the end of \d{4}$/);
		const mostLikely = t.rows.find((r) => r[0].startsWith('Most likely'));
		expect(mostLikely?.[1]).toMatch(/^“.+”: .+ \(\d+%\)$/);
	});

	it('lists only the settings that differ, marks the differing values and counts what it leaves out', () => {
		const t = changeTable(model, scenarios, 'en', 5);
		expect(t.rows).toHaveLength(5);
		expect(t.more).toBeGreaterThan(0);
		for (const row of t.rows) {
			expect(row[1].endsWith('◆')).toBe(false);
			expect(row[2].endsWith('◆')).toBe(true);
		}
		expect(changeTable(model, [scenarios[0], scenarios[0]], 'en').rows).toEqual([]);
	});
});
