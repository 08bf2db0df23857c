import { describe, expect, it } from 'vitest';
import type { AnalystEvidence } from '../model/index';
import { MAX_ANALYST_EVIDENCE } from './analyst-evidence';
import { TEXT_LIMITS } from './limits';
import { parseScenario } from './parse';
import { formatProblem } from './problem';
import { expectOneProblem, problemsOf } from './test-helpers';
import { tinyModel, tinyScenario } from './test-fixtures';

const FILE = 'scenarios/tiny/mine.json';

function item(change: Record<string, unknown> = {}): AnalystEvidence {
	return {
		id: 'mine-1',
		quote: { en: 'Trains of shells crossed the border at Tumangang.', ar: '' },
		attribution: { en: 'Open-source rail monitoring', ar: '' },
		date: '2026-11-20',
		link: 'https://example.org/report',
		drivers: ['military', 'trade'],
		direction: { military: 'raises', trade: 'context' },
		grade: { reliability: 'B', credibility: 2 },
		gradeReason: { en: '', ar: 'مصدر يصيب عادة، والصور تؤكد الخبر' },
		...change
	} as AnalystEvidence;
}

const withEvidence = (evidence: unknown[]) => parseScenario({ ...tinyScenario(), evidence }, FILE, tinyModel());

describe('the analyst’s evidence on a scenario', () => {
	it('accepts a graded, directed item written in one language, with a link or a citation', () => {
		expect(withEvidence([item()])).toMatchObject({ ok: true, scenario: { evidence: [item()] } });
		const cited = item({ link: undefined, citation: 'Rodong Sinmun, 21 Nov 2026, p. 1' });
		expect(withEvidence([cited]).ok).toBe(true);
	});

	it('refuses a grade off the Admiralty scale, naming file and field', () => {
		const result = withEvidence([item({ grade: { reliability: 'G', credibility: 2 } })]);
		expectOneProblem(result, FILE, 'evidence[0].grade.reliability', '"G" is not one of A–F');
		const credibility = withEvidence([item({ grade: { reliability: 'B', credibility: 7 } })]);
		expectOneProblem(credibility, FILE, 'evidence[0].grade.credibility', '7 is not one of 1–6');
	});

	it('refuses an unknown direction, naming file and field', () => {
		const result = withEvidence([item({ direction: { military: 'supports', trade: 'context' } })]);
		expectOneProblem(
			result,
			FILE,
			'evidence[0].direction.military',
			'"supports" is not one of raises, lowers, context'
		);
	});

	it('refuses an unknown driver, a driver without direction and a direction for a driver not informed', () => {
		const unknown = withEvidence([item({ drivers: ['military', 'tanks'], direction: { military: 'raises' } })]);
		expectOneProblem(unknown, FILE, 'evidence[0].drivers[1]', 'unknown driver "tanks"');
		const undirected = withEvidence([item({ direction: { military: 'raises' } })]);
		expectOneProblem(undirected, FILE, 'evidence[0].direction.trade', 'is missing');
		const extra = withEvidence([item({ drivers: ['military'], direction: { military: 'raises', trade: 'lowers' } })]);
		expectOneProblem(extra, FILE, 'evidence[0].direction.trade', 'does not inform driver "trade"');
	});

	it('refuses an id of the model’s evidence or a repeated one', () => {
		expectOneProblem(withEvidence([item({ id: 'ev-arms' })]), FILE, 'evidence[0].id', 'evidence id of model "tiny"');
		expectOneProblem(withEvidence([item(), item()]), FILE, 'evidence[1].id', 'ids must be unique');
	});

	it('refuses text empty in both languages, too long, a bad day or link, and too many items', () => {
		expectOneProblem(withEvidence([item({ quote: { en: ' ', ar: '' } })]), FILE, 'evidence[0].quote', 'both are empty');
		const long = 'x'.repeat(TEXT_LIMITS.quote + 1);
		expectOneProblem(
			withEvidence([item({ quote: { en: long, ar: '' } })]),
			FILE,
			'evidence[0].quote.en',
			`at most ${TEXT_LIMITS.quote.toLocaleString('en-US')} characters`
		);
		expectOneProblem(withEvidence([item({ date: '2026-02-30' })]), FILE, 'evidence[0].date', 'no day of the calendar');
		expectOneProblem(withEvidence([item({ link: 'javascript:alert(1)' })]), FILE, 'evidence[0].link', 'http');
		const many = Array.from({ length: MAX_ANALYST_EVIDENCE + 1 }, (_, i) => item({ id: `mine-${i}` }));
		expect(problemsOf(withEvidence(many)).map(formatProblem)).toEqual([
			expect.stringContaining(`${FILE}: evidence: must hold at most ${MAX_ANALYST_EVIDENCE} items`)
		]);
	});
});

describe('the analyst’s confidence', () => {
	const withConfidence = (confidence: unknown) => parseScenario({ ...tinyScenario(), confidence }, FILE, tinyModel());

	it('accepts a level with a reason in either language', () => {
		const confidence = { level: 'moderate', reason: { en: '', ar: 'مصدران مستقلان يؤكدان الخبر' } };
		expect(withConfidence(confidence)).toMatchObject({ ok: true, scenario: { confidence } });
	});

	it('refuses an unknown level and a missing reason, naming file and field', () => {
		expectOneProblem(
			withConfidence({ level: 'certain', reason: { en: 'x', ar: '' } }),
			FILE,
			'confidence.level',
			'"certain" is not: one of high, moderate, low'
		);
		expectOneProblem(
			withConfidence({ level: 'low', reason: { en: '', ar: '' } }),
			FILE,
			'confidence.reason',
			'both are empty'
		);
		expect(problemsOf(withConfidence({ level: 'low' })).map(formatProblem)).toEqual([
			expect.stringContaining(`${FILE}: confidence.reason: `)
		]);
	});
});
