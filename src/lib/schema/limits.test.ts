import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../model/index';
import { TEXT_LIMITS, tooLongMessage } from './limits';
import { parseModel, parseScenario } from './parse';
import { expectOneProblem } from './test-helpers';
import { tinyModel, tinyScenario } from './test-fixtures';

const FILE = 'scenarios/tiny/baseline.json';
type Editable = Record<string, unknown> & ScenarioInput;

function withEdit(edit: (s: Editable) => void) {
	const scenario = tinyScenario() as Editable;
	edit(scenario);
	return parseScenario(scenario, FILE, tinyModel());
}

describe('text limits', () => {
	it('names the field, the limit and the length it got', () => {
		const huge = 'x'.repeat(1_048_576);
		expectOneProblem(
			withEdit((s) => (s.title = { en: huge, ar: 'عنوان' })),
			FILE,
			'title.en',
			'must be at most 200 characters (got 1,048,576)'
		);
		expect(tooLongMessage('notes', 10_001)).toBe('must be at most 10,000 characters (got 10,001)');
	});

	it('holds every text of a scenario to its own limit, and accepts one at the limit', () => {
		const cases: [string, (s: Editable, text: string) => void, number][] = [
			['title.ar', (s, t) => (s.title = { en: 'Title', ar: t }), TEXT_LIMITS.title],
			['summary.en', (s, t) => (s.summary = { en: t, ar: 'ملخص' }), TEXT_LIMITS.summary],
			['notes.ar', (s, t) => (s.notes = { en: '', ar: t }), TEXT_LIMITS.notes],
			['notes', (s, t) => (s.notes = t), TEXT_LIMITS.notes],
			['annotations[0].text', (s, t) => (s.annotations = [{ date: '2026-01', text: t }]), TEXT_LIMITS.annotation],
			['$schema', (s, t) => (s.$schema = t), TEXT_LIMITS.schemaRef]
		];
		for (const [where, set, limit] of cases) {
			expect(withEdit((s) => set(s, 'a'.repeat(limit))).ok, where).toBe(true);
			expectOneProblem(
				withEdit((s) => set(s, 'a'.repeat(limit + 1))),
				FILE,
				where,
				`must be at most ${limit.toLocaleString('en-US')} characters`
			);
		}
	});

	it('bounds ids, in a field and as a key', () => {
		const long = 'a'.repeat(TEXT_LIMITS.id + 1);
		expectOneProblem(
			withEdit((s) => (s.id = long)),
			FILE,
			'id',
			`must be at most ${TEXT_LIMITS.id} characters`
		);
		expect(withEdit((s) => (s.id = 'a'.repeat(TEXT_LIMITS.id))).ok).toBe(true);
	});

	it('refuses any text over its limit and accepts any under it (property)', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 400 }), (text) => {
				const title = text.trim() === '' ? `x${text}` : text;
				const result = withEdit((s) => (s.title = { en: title, ar: 'عنوان' }));
				expect(result.ok).toBe(title.length <= TEXT_LIMITS.title);
			}),
			{ numRuns: 200 }
		);
	});

	it('leaves room in every limit for the shipped model and presets', () => {
		const dir = path.resolve('scenarios/russia-dprk');
		const model = parseModel(JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')), 'model.json');
		expect(model.ok).toBe(true);
		if (!model.ok) return;
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'model.json')) {
			const json: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
			expect(parseScenario(json, file, model.model).ok, file).toBe(true);
			// Headroom: the shipped texts would still fit at half of each limit.
			const { title, summary } = json as ScenarioInput;
			for (const l of ['en', 'ar'] as const) {
				expect(title[l].length * 2).toBeLessThan(TEXT_LIMITS.title);
				expect(summary[l].length * 2).toBeLessThan(TEXT_LIMITS.summary);
			}
		}
	});
});
