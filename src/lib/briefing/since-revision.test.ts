// "What changed since revision N": the slide's tables carry the history page's numbers (the same
// OutputChanges and settings diff), and the PowerPoint has that slide after the key judgments.

import { describe, expect, it } from 'vitest';
import { outputChanges } from '$lib/compare/output-changes';
import { changedRows, keyJudgments, simulate, type Locale, type ScenarioInput } from '$lib/model';
import { pointsText } from '$lib/format';
import { buildBriefingPptx } from './pptx';
import { pptxBytes } from './pptx-file';
import { scenarioDeck, slideId } from './deck';
import { sinceInputsNote, sinceTables, SINCE_INPUT_ROWS, type SinceRevision } from './since-revision';
import { flagship } from './test-fixture';
import { readZip, slideText } from './test-zip';

const f = await flagship(300);
const eventId = Object.keys(f.scenario.events)[0];
const driverId = Object.keys(f.scenario.drivers)[0];
const first: ScenarioInput = f.scenario;
const second: ScenarioInput = {
	...first,
	events: { ...first.events, [eventId]: { probability: 0.8 } },
	drivers: { ...first.drivers, [driverId]: { ...first.drivers[driverId], weight: 0.25 } }
};
const run = (s: ScenarioInput) => {
	const projection = simulate(f.model, s);
	return { projection, judgments: keyJudgments(f.model, projection) };
};
const since: SinceRevision = {
	from: 1,
	to: 2,
	outputs: outputChanges(f.model, run(first), run(second)),
	inputs: changedRows(f.model, [first, second])
};

describe('sinceTables', () => {
	it('writes each output with both numbers and the change in points, in order', () => {
		const tables = sinceTables(f.model, since, 'en');
		const rows = tables.outputs.rows;
		expect(rows).toHaveLength(since.outputs.judgments.length + since.outputs.headlines.length);
		since.outputs.judgments.forEach((j, i) => {
			expect(rows[i][0]).toBe(j.to.text.en);
			expect(rows[i][2]).toBe(`${Math.round(j.to.probability * 100)}%`);
			if (j.change !== null) expect(rows[i][3]).toBe(`${pointsText(j.change, 'en')} pp`);
		});
		since.outputs.headlines.forEach((h, k) => {
			const row = rows[since.outputs.judgments.length + k];
			expect(row[1]).toBe(`${Math.round(h.values[0] * 100)}%`);
			expect(row[2]).toBe(`${Math.round(h.values[1] * 100)}%`);
		});
		expect(tables.title).toBe('What changed since revision 1');
	});

	it('lists the settings changed, signed where the sign means something, in both languages', () => {
		const en = sinceTables(f.model, since, 'en');
		expect(en.inputs.rows.map((r) => r[2])).toContain('80%');
		expect(en.inputs.rows.map((r) => r[2])).toContain('0.25');
		expect(sinceInputsNote(en, 'en')).toBeNull();
		const ar = sinceTables(f.model, since, 'ar');
		expect(ar.title).toBe('ما الذي تغيّر منذ المراجعة 1');
		expect(ar.inputs.rows[0][0]).toContain(f.model.drivers.find((d) => d.id === driverId)?.label.ar);
		expect(ar.outputs.rows.some((r) => r[3].includes('نقطة مئوية'))).toBe(true);
	});

	it('counts the settings beyond those listed, and says when none changed', () => {
		const more = { ...second, seed: 7, samples: 500 };
		more.drivers = { ...second.drivers, [driverId]: { ...second.drivers[driverId], trend: 0.09 } };
		const many = { ...since, inputs: changedRows(f.model, [first, more]) };
		expect(many.inputs.length).toBeGreaterThan(SINCE_INPUT_ROWS);
		const tables = sinceTables(f.model, many, 'en');
		expect(tables.inputs.rows).toHaveLength(SINCE_INPUT_ROWS);
		expect(sinceInputsNote(tables, 'en')).toContain(`${many.inputs.length - SINCE_INPUT_ROWS} more`);
		expect(sinceInputsNote(sinceTables(f.model, { ...since, inputs: [] }, 'en'), 'en')).toContain('the same');
	});
});

describe('the deck and the PowerPoint', () => {
	it('put the slide after the key judgments only when there is an earlier revision', () => {
		const plan = (s?: number) => scenarioDeck({ judgments: 4, tornado: null, sources: [], since: s }).map(slideId);
		expect(plan(1).slice(0, 3)).toEqual(['title', 'judgments', 'since']);
		expect(plan()).not.toContain('since');
	});

	it.each<Locale>(['en', 'ar'])('the PowerPoint (%s) has the slide with the numbers of the tables', async (lang) => {
		const bytes = await pptxBytes(
			buildBriefingPptx({
				lang,
				model: f.model,
				scenario: second,
				projection: simulate(f.model, second),
				tornado: null,
				source: { kind: 'saved', id: 'r85hcbhipy', revision: 2 },
				edited: false,
				since
			})
		);
		const text = slideText(readZip(bytes).get('ppt/slides/slide3.xml') ?? '');
		const tables = sinceTables(f.model, since, lang);
		expect(text).toContain(tables.title);
		for (const row of [...tables.outputs.rows, ...tables.inputs.rows])
			for (const cell of row) expect(text).toContain(cell);
	});
});
