import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { parseBriefArgs } from './brief-args';

describe('npm run brief arguments', () => {
	it('reads a file or a saved id (with an optional revision), the PDF, the language and a server', () => {
		expect(parseBriefArgs(['scenarios/russia-dprk/baseline.json', '--out', 'brief.pdf'])).toEqual({
			input: { kind: 'file', file: 'scenarios/russia-dprk/baseline.json' },
			out: 'brief.pdf',
			lang: 'en',
			timeLtr: false,
			url: undefined
		});
		expect(
			parseBriefArgs([
				'Xk2p9QaZ1m@3',
				'--out=b.pdf',
				'--lang',
				'ar',
				'--time',
				'ltr',
				'--url',
				'http://127.0.0.1:3000/'
			])
		).toEqual({
			input: { kind: 'saved', id: 'Xk2p9QaZ1m', revision: 3 },
			out: 'b.pdf',
			lang: 'ar',
			timeLtr: true,
			url: 'http://127.0.0.1:3000'
		});
		expect(parseBriefArgs(['--help'])).toBe('help');
	});

	it('refuses what it cannot use, in one line each', () => {
		const cases: [string[], RegExp][] = [
			[['a.json'], /--out is required/],
			[['a.json', '--out', 'a.txt'], /--out must name a \.pdf file/],
			[['a.json', '--out', 'a.pdf', '--lang', 'fr'], /--lang must be en or ar/],
			[['a.json', 'b.json', '--out', 'a.pdf'], /not 2/],
			[['a.json', '--out', 'a.pdf', '--color'], /unknown option --color/],
			[['a.json', '--out'], /--out needs a value/],
			[['a.json', '--out', 'a.pdf', '--time', 'up'], /--time must be ltr or rtl/],
			[['a.json', '--out', 'a.pdf', '--url', 'ftp://x'], /--url must be an http/]
		];
		for (const [args, message] of cases) {
			expect(() => parseBriefArgs(args), args.join(' ')).toThrow(UsageError);
			expect(() => parseBriefArgs(args)).toThrow(message);
		}
	});
});
