import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, itemsOf, jsonSpans, memberOf, type JsonSpan } from './json-spans';

/** The value each span covers, read back with JSON.parse, must be the value JSON.parse gives. */
function valueAt(text: string, span: JsonSpan): unknown {
	return JSON.parse(text.slice(span.start, span.end));
}

function expectSpansMatch(text: string, span: JsonSpan, value: unknown): void {
	expect(valueAt(text, span)).toEqual(value);
	if (span.kind === 'object') {
		const object = value as Record<string, unknown>;
		expect([...span.members.keys()].sort()).toEqual(Object.keys(object).sort());
		for (const [key, member] of span.members) {
			const keyText = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(member.start))?.[0] ?? '';
			expect(JSON.parse(keyText)).toBe(key);
			expectSpansMatch(text, member.value, object[key]);
		}
	}
	if (span.kind === 'array') span.items.forEach((item, i) => expectSpansMatch(text, item, (value as unknown[])[i]));
}

describe('jsonSpans', () => {
	it('finds every value of any JSON text, however it is laid out', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
				const text = JSON.stringify(value, null, indent);
				expectSpansMatch(text, jsonSpans(text), JSON.parse(text));
			})
		);
	});

	it('reads keys and strings with escapes, quotes and brackets inside', () => {
		const text = '\uFEFF { "a\\"]}" : [ "x,}\\\\" , {"b":-1.5e3} ] , "c":null }';
		const root = jsonSpans(text);
		const a = memberOf(root, 'a"]}');
		expect(a && valueAt(text, a.value)).toEqual(['x,}\\', { b: -1500 }]);
		expect(itemsOf(a?.value).map((span) => valueAt(text, span))).toEqual(['x,}\\', { b: -1500 }]);
		expect(memberOf(root, 'c')?.value).toMatchObject({ kind: 'scalar' });
	});

	it('takes the last of a repeated key, as JSON.parse does', () => {
		const text = '{"k": 1, "k": 2}';
		const k = memberOf(jsonSpans(text), 'k');
		expect(k && valueAt(text, k.value)).toBe(2);
	});
});

describe('applyEdits', () => {
	it('replaces each range, whatever order the edits come in', () => {
		expect(
			applyEdits('abcdef', [
				{ start: 0, end: 1, text: 'A' },
				{ start: 4, end: 6, text: '' },
				{ start: 2, end: 3, text: 'CC' }
			])
		).toBe('AbCCd');
	});
});
