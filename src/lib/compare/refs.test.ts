import { describe, expect, it } from 'vitest';
import { formatRef, parseRef, parseRefs, presetRef, savedRef, type ScenarioRef } from './refs';

describe('parseRef', () => {
	it('reads presets, saved heads and saved revisions', () => {
		expect(parseRef('preset:russia-dprk/baseline')).toEqual({
			ok: true,
			ref: { kind: 'preset', model: 'russia-dprk', scenario: 'baseline' }
		});
		expect(parseRef('saved:AbC123xyz9')).toEqual({ ok: true, ref: { kind: 'saved', id: 'AbC123xyz9' } });
		expect(parseRef('saved:AbC123xyz9@3')).toEqual({ ok: true, ref: { kind: 'saved', id: 'AbC123xyz9', revision: 3 } });
		expect(parseRef('  preset:m/s  ')).toMatchObject({ ok: true });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['baseline', 'unknown-kind'],
		['draft:abc', 'unknown-kind'],
		['Preset:m/s', 'unknown-kind'],
		['preset:russia-dprk', 'malformed'],
		['preset:/baseline', 'malformed'],
		['preset:a/b/c', 'malformed'],
		['preset:a/b c', 'malformed'],
		['preset:../etc/passwd', 'malformed'],
		['saved:', 'malformed'],
		['saved:a@1@2', 'malformed'],
		['saved:<script>', 'malformed'],
		[`saved:${'a'.repeat(200)}`, 'malformed'],
		['saved:abc@0', 'bad-revision'],
		['saved:abc@-1', 'bad-revision'],
		['saved:abc@1.5', 'bad-revision'],
		['saved:abc@', 'bad-revision'],
		['saved:abc@03', 'bad-revision'],
		['saved:abc@9999999999', 'bad-revision']
	] as const)('reports %j as %s', (text, error) => {
		expect(parseRef(text)).toEqual({ ok: false, text: text.trim(), error });
	});
});

describe('formatRef', () => {
	const refs: ScenarioRef[] = [
		{ kind: 'preset', model: 'russia-dprk', scenario: 'abandonment' },
		{ kind: 'saved', id: 'x1' },
		{ kind: 'saved', id: 'x1', revision: 12 }
	];

	it('is the inverse of parseRef', () => {
		for (const ref of refs) expect(parseRef(formatRef(ref))).toEqual({ ok: true, ref });
		expect(refs.map(formatRef)).toEqual(['preset:russia-dprk/abandonment', 'saved:x1', 'saved:x1@12']);
	});

	it('has shorthands for both kinds', () => {
		expect(presetRef('m', 'b')).toBe('preset:m/b');
		expect(savedRef('x')).toBe('saved:x');
		expect(savedRef('x', 2)).toBe('saved:x@2');
	});
});

describe('parseRefs', () => {
	it('keeps order, reports unreadable refs, ignores empty ones and keeps at most four', () => {
		const parsed = parseRefs([
			'preset:m/a',
			'nonsense',
			'',
			'saved:b@2',
			'saved:c',
			'preset:m/d',
			'preset:m/e',
			'saved:f'
		]);
		expect(parsed.refs.map(formatRef)).toEqual(['preset:m/a', 'saved:b@2', 'saved:c', 'preset:m/d']);
		expect(parsed.unreadable).toEqual([{ text: 'nonsense', error: 'unknown-kind' }]);
		expect(parsed.extra.map(formatRef)).toEqual(['preset:m/e', 'saved:f']);
	});

	it('accepts nothing at all', () => {
		expect(parseRefs([])).toEqual({ refs: [], unreadable: [], extra: [] });
	});
});

describe('a ref with unsaved edits', () => {
	const edits = { drivers: { 'ukraine-war-course': { assessment: -1, low: -1 } }, events: { ceasefire: 0.8 } };

	it('is written after a `~` as the dashboard’s link writes them, and read back', () => {
		const text = formatRef({ kind: 'preset', model: 'russia-dprk', scenario: 'baseline', edits });
		expect(text).toBe('preset:russia-dprk/baseline~d=ukraine-war-course:a-1,l-1&e=ceasefire:0.8');
		expect(parseRef(text)).toEqual({
			ok: true,
			ref: { kind: 'preset', model: 'russia-dprk', scenario: 'baseline', edits }
		});
		const saved = formatRef({ kind: 'saved', id: 'k2p9qaz1m0', revision: 3, edits });
		expect(saved.startsWith('saved:k2p9qaz1m0@3~')).toBe(true);
		expect(parseRef(saved)).toEqual({ ok: true, ref: { kind: 'saved', id: 'k2p9qaz1m0', revision: 3, edits } });
		// through Compare's link, encoded and decoded
		const url = new URL(`/compare?s=${encodeURIComponent(text)}`, 'http://localhost');
		expect(parseRef(url.searchParams.get('s') ?? '')).toEqual(parseRef(text));
	});

	it('is malformed when its edits cannot be read, and plain when they are empty', () => {
		expect(parseRef('preset:m/b~d=war:zz')).toMatchObject({ ok: false, error: 'malformed' });
		expect(parseRef('preset:m/b~model=x')).toMatchObject({ ok: false, error: 'malformed' });
		expect(parseRef('preset:m/b~')).toEqual({ ok: true, ref: { kind: 'preset', model: 'm', scenario: 'b' } });
		expect(formatRef({ kind: 'preset', model: 'm', scenario: 'b', edits: { drivers: {}, events: {} } })).toBe(
			'preset:m/b'
		);
	});
});
