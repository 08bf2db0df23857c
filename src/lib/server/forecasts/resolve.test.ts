import { describe, expect, it } from 'vitest';
import { resolveBody } from './resolve';

const body = { date: '2025-12', outcome: 'transactional', source: 'Reuters, 30 December 2025' };

describe('resolveBody', () => {
	it('takes a source with visible text, in either language, trimmed', () => {
		expect(resolveBody.parse({ ...body, source: '  رويترز  ' }).source).toBe('رويترز');
		expect(resolveBody.parse({ ...body, source: '§ 4' }).source).toBe('§ 4');
	});

	it('refuses a source of blanks or invisible characters: the source is what shows which outcome held', () => {
		for (const source of ['', '   ', '\u00a0', '\u200b', '\u200b\u200c\u200d\u2060', '\ufeff', '\u200e\u200f'])
			expect(resolveBody.safeParse({ ...body, source }).success, JSON.stringify(source)).toBe(false);
	});
});
