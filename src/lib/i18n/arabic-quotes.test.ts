// One style of quotation marks in Arabic texts: « » (issue 11). Checks the Arabic messages and
// every Arabic text of the shipped models and presets (an object's `ar`), so a new message or a
// source excerpt pasted with " or “ ” is caught.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OTHER_QUOTES = /["“”„]/;

function jsonFiles(dir: string, name: (file: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && name(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** Every string under an `ar` key, with where it is. */
function arabicTexts(value: unknown, path = '', inArabic = false): [string, string][] {
	if (typeof value === 'string') return inArabic ? [[path, value]] : [];
	if (Array.isArray(value)) return value.flatMap((v, i) => arabicTexts(v, `${path}[${i}]`, inArabic));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => arabicTexts(v, `${path}.${k}`, inArabic || k === 'ar'));
	return [];
}

describe('Arabic quotation marks', () => {
	it('are « » in every Arabic message', () => {
		const files = jsonFiles('messages', (f) => f === 'ar.json');
		expect(files.length).toBeGreaterThan(1);
		for (const file of files) {
			const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
			const wrong = Object.entries(messages).filter(([, text]) => OTHER_QUOTES.test(text));
			expect(wrong, file).toEqual([]);
		}
	});

	it('are « » in every Arabic text of the models and presets', () => {
		const files = jsonFiles('scenarios', (f) => f.endsWith('.json'));
		const texts = files.flatMap((file) =>
			arabicTexts(JSON.parse(readFileSync(file, 'utf8'))).map(([path, text]) => [`${file}${path}`, text])
		);
		expect(texts.length).toBeGreaterThan(10);
		expect(texts.filter(([, text]) => OTHER_QUOTES.test(text))).toEqual([]);
	});
});
