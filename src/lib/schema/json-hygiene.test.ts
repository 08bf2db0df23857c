import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonHygieneProblems, textProblem } from './json-hygiene';
import { parseJsonText } from './parse';
import { idSchema } from './primitives';

describe('textProblem', () => {
	it('accepts printable text, tabs and line breaks in any script', () => {
		expect(textProblem('Line one\n\tline two\r\nخط ثالث 🙂')).toBeNull();
	});

	it('names NUL, other C0 controls and unpaired surrogates, and where they are', () => {
		expect(textProblem('ab\u0000c')).toMatch(/NUL character \(U\+0000\) at position 2/);
		expect(textProblem('\u001b[31m')).toMatch(/control character \(U\+001B\) at position 0/);
		expect(textProblem('x\ud800')).toMatch(/unpaired surrogate \(U\+D800\) at position 1/);
		expect(textProblem('\udc00x')).toMatch(/unpaired surrogate \(U\+DC00\) at position 0/);
	});

	it('finds any control character or lone surrogate wherever it is put into clean text', () => {
		const clean = fc.string({ unit: 'grapheme' }).filter((s) => textProblem(s) === null);
		const bad = fc.oneof(
			fc.integer({ min: 0, max: 0x1f }).filter((c) => ![9, 10, 13].includes(c)),
			fc.integer({ min: 0xd800, max: 0xdfff })
		);
		fc.assert(
			fc.property(clean, clean, bad, (before, after, code) => {
				expect(textProblem(before + String.fromCharCode(code) + after)).not.toBeNull();
			})
		);
	});
});

describe('jsonHygieneProblems', () => {
	it('refuses reserved keys at any depth, naming the path, which JSON.parse keeps as own keys', () => {
		const value = JSON.parse(
			'{"drivers":{"__proto__":{"weight":1}},"events":[{"constructor":1}],"x":{"y":{"prototype":2}}}'
		) as unknown;
		expect(jsonHygieneProblems(value, 'f.json')).toEqual([
			{ file: 'f.json', path: 'drivers.__proto__', message: expect.stringContaining('"__proto__" is a reserved name') },
			{ file: 'f.json', path: 'events[0].constructor', message: expect.stringContaining('reserved') },
			{ file: 'f.json', path: 'x.y.prototype', message: expect.stringContaining('reserved') }
		]);
	});

	it('refuses unclean text in values and keys', () => {
		const value = { title: { en: 'a\u0000b', ar: 'ok' }, notes: ['fine', '\ud83d'], ['k\u0007']: 1 };
		expect(jsonHygieneProblems(value, 'body').map((p) => p.path)).toEqual(['title.en', 'notes[1]', 'k\u0007']);
	});

	it('walks deep nesting without exhausting the stack', () => {
		const depth = 100_000;
		const text = `${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`;
		const problems = jsonHygieneProblems(JSON.parse(text), 'deep');
		expect(problems).toHaveLength(1);
		expect(problems[0].path.endsWith('[0]')).toBe(true);
	});

	it('is applied by parseJsonText, so files and request bodies get it', () => {
		const parsed = parseJsonText('{"drivers":{"__proto__":{}}}', 'scenario.json');
		expect(parsed).toEqual({
			ok: false,
			problems: [expect.objectContaining({ file: 'scenario.json', path: 'drivers.__proto__' })]
		});
		expect(parseJsonText('{"title":"ok\\ttab"}', 'f')).toEqual({ ok: true, value: { title: 'ok\ttab' } });
	});
});

describe('ids', () => {
	it('may not be a reserved name, which a kebab-case pattern alone lets through', () => {
		for (const name of ['constructor', 'prototype']) {
			const result = idSchema.safeParse(name);
			expect(result.success, name).toBe(false);
			expect(result.error?.issues[0].message).toContain(`"${name}" is a reserved name`);
		}
		expect(idSchema.safeParse('constructor-calculus').success).toBe(true);
	});
});
