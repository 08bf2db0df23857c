import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvText } from './csv';
import { exportNumber } from './numbers';
import { parseCsv } from './test-csv';

describe('csvField', () => {
	it('quotes commas, quotes and line breaks, and doubles quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('plain')).toBe('plain');
		expect(csvField('«التعاون» قائم')).toBe('«التعاون» قائم');
	});

	it('writes numbers plainly, without the float noise, and nothing for a missing value', () => {
		expect(csvField(0.1 * 100)).toBe('10');
		expect(csvField(-0.08)).toBe('-0.08');
		expect(csvField(-0)).toBe('0');
		expect(csvField(1e-7)).toBe('0.0000001');
		expect(csvField(null)).toBe('');
		expect(csvField(Number.NaN)).toBe('');
	});

	it('keeps a formula from running, but not a signed number', () => {
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvField('@cmd')).toBe("'@cmd");
		expect(csvField('+A1')).toBe("'+A1");
		expect(csvField('+0.21')).toBe('+0.21');
		expect(csvField('-3')).toBe('-3');
	});
});

describe('csvText', () => {
	it('starts with the UTF-8 byte order mark and ends every line with CRLF', () => {
		const text = csvText({ columns: ['Date', 'Rupture (%)'], rows: [['Q3 2025', 12.5]] });
		expect(text.startsWith(BOM)).toBe(true);
		expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(text.slice(1)).toBe('Date,Rupture (%)\r\nQ3 2025,12.5\r\n');
	});

	it('writes Arabic headers as they are', () => {
		const text = csvText({ columns: ['التاريخ', 'خطر القطيعة (%)'], rows: [['الربع 3 2025', 1]] });
		expect(parseCsv(text.slice(1))).toEqual([
			['التاريخ', 'خطر القطيعة (%)'],
			['الربع 3 2025', '1']
		]);
	});

	it('reads back cell for cell, whatever the text (property)', () => {
		const cell = fc.oneof(
			fc.string({ unit: 'grapheme' }).filter((s) => !/^[=@+\-\t\r]/.test(s)),
			fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
		);
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
				const back = parseCsv(csvText({ columns: ['a', 'b'], rows }).slice(1));
				expect(back).toEqual([
					['a', 'b'],
					...rows.map((r) => r.map((c) => (typeof c === 'number' ? exportNumber(c) : c)))
				]);
				for (const [i, r] of rows.entries())
					for (const [j, c] of r.entries()) if (typeof c === 'number') expect(Number(back[i + 1][j])).toBeCloseTo(c, 6);
			})
		);
	});
});
