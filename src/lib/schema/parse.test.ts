import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse';
import { formatPath, formatProblem } from './problem';

describe('formatPath', () => {
	it.each([
		[[], '(root)'],
		[['drivers', 'china-calculus', 'low'], 'drivers.china-calculus.low'],
		[['drivers', 3, 'group'], 'drivers[3].group'],
		[['thresholds', 1], 'thresholds[1]'],
		[['drivers', 0, 'evidence', 2], 'drivers[0].evidence[2]']
	])('%j → %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});

describe('formatProblem', () => {
	it('is file: path: message', () => {
		expect(
			formatProblem({
				file: 'scenarios/russia-dprk/baseline.json',
				path: 'drivers.china-calculus.low',
				message: 'must be ≤ assessment (0.2)'
			})
		).toBe('scenarios/russia-dprk/baseline.json: drivers.china-calculus.low: must be ≤ assessment (0.2)');
	});
});

describe('parseJsonText', () => {
	it('parses JSON, ignoring a byte-order mark', () => {
		expect(parseJsonText('\uFEFF{"a": [1]}', 'f.json')).toEqual({ ok: true, value: { a: [1] } });
	});

	it('reports a syntax error at the root on one line, with where it is when the engine says', () => {
		const result = parseJsonText('{\n  "a": 1\n  "b": 2\n}', 'scenarios/x/a.json');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(1);
		expect(formatProblem(result.problems[0])).toMatch(
			/^scenarios\/x\/a\.json: \(root\): not valid JSON: .+\(line 3, column 3\)$/
		);
	});

	it('keeps a syntax error on one line when the engine quotes the text', () => {
		const result = parseJsonText('{\n  "a": 1,\n  "b": }', 'a.json');
		if (result.ok) throw new Error('expected a syntax error');
		expect(formatProblem(result.problems[0])).toMatch(/^a\.json: \(root\): not valid JSON: [^\n]+$/);
	});

	it('reports an empty file', () => {
		expect(parseJsonText('', 'e.json')).toMatchObject({ ok: false, problems: [{ path: '(root)' }] });
	});
});
