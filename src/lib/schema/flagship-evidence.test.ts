// The flagship's evidence is complete: every item graded, with its reason in both languages, and
// directed for every driver it informs. A few directions and grades are pinned where the reading
// is not a matter of taste: they are what the quotes and their sources say.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelInput } from '../model/index';
import { evidenceGaps } from './evidence-coverage';
import { parseModel } from './parse';

function flagship(): ModelInput {
	const file = 'scenarios/russia-dprk/model.json';
	const result = parseModel(JSON.parse(readFileSync(file, 'utf8')), file);
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	return result.model;
}

describe('the flagship model’s evidence', () => {
	const model = flagship();
	const item = (id: string) => model.evidence.find((e) => e.id === id);

	it('has all 45 items graded and directed, with nothing left for validate to warn of', () => {
		expect(model.evidence).toHaveLength(45);
		expect(evidenceGaps(model)).toEqual({ ungraded: [], undirected: [] });
		for (const e of model.evidence) {
			expect(Object.keys(e.direction ?? {}).sort(), e.id).toEqual([...e.drivers].sort());
			expect(e.gradeReason?.en, e.id).toMatch(/\S/);
			expect(e.gradeReason?.ar, e.id).toMatch(/[\u0600-\u06FF]/);
		}
	});

	it('reads "Russia’s record of dropping allies" on its own scale: the pattern lowers it, delivery raises it', () => {
		// The driver's +1 is "Moscow proves a reliable ally this time" (its description).
		expect(item('ev-abandonment-pattern')?.direction).toEqual({ 'abandonment-record': 'lowers' });
		expect(item('ev-room-to-manoeuvre')?.direction?.['abandonment-record']).toBe('lowers');
		expect(item('ev-not-just-declaration')?.direction?.['abandonment-record']).toBe('raises');
		const directions = model.evidence.flatMap((e) => e.direction?.['abandonment-record'] ?? []);
		expect(directions.filter((d) => d === 'lowers').length).toBeGreaterThan(
			directions.filter((d) => d === 'raises').length
		);
	});

	it('says the risks the article names push their drivers down', () => {
		expect(item('ev-pyongyang-caution')?.direction).toEqual({ 'pyongyang-caution': 'lowers' });
		expect(item('ev-un-labour-ban')?.direction).toEqual({ 'un-sanctions': 'lowers' });
		expect(item('ev-moscow-benefits-more')?.direction).toEqual({ 'benefit-asymmetry': 'lowers' });
	});

	it('grades primary documents A, the anonymous article’s author C and unnamed reports F', () => {
		expect(item('ev-treaty')?.grade).toEqual({ reliability: 'A', credibility: 1 });
		expect(item('ev-un-labour-ban')?.grade).toEqual({ reliability: 'A', credibility: 1 });
		for (const e of model.evidence.filter((e) => e.attribution.en.startsWith('Reports cited')))
			expect(e.grade?.reliability, e.id).toBe('F');
		// The article names no author or outlet; its checkable facts hold, save the two slips its
		// attributions correct: fairly reliable (C). The treaty is graded by its own text (A).
		const byTheAuthor = model.evidence.filter((e) => e.attribution.en.startsWith("The article's author"));
		expect(byTheAuthor.length).toBeGreaterThan(25);
		for (const e of byTheAuthor) expect(e.grade?.reliability, e.id).toBe(e.id === 'ev-treaty' ? 'A' : 'C');
	});
});
