import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
	it.each([
		[[], { name: 'help' }],
		[['--help'], { name: 'help' }],
		[['run', 'x.json', '-h'], { name: 'help' }],
		[['validate'], { name: 'validate', dir: 'scenarios/' }],
		[['validate', 'elsewhere'], { name: 'validate', dir: 'elsewhere' }],
		[['schema', '--write'], { name: 'schema', mode: 'write' }],
		[['schema', '--check'], { name: 'schema', mode: 'check' }],
		[['run', 'a.json'], { name: 'run', file: 'a.json', json: false, lang: 'en' }],
		[
			['run', '--seed', '0', 'a.json', '--samples=200000', '--json', '--lang', 'ar'],
			{ name: 'run', file: 'a.json', json: true, seed: 0, samples: 200000, lang: 'ar' }
		],
		[
			['run', 'a.json', '--seed', '4294967295'],
			{ name: 'run', file: 'a.json', json: false, seed: 4294967295, lang: 'en' }
		],
		[
			['run', 'a.json', '--csv', 'out/tables', '--xlsx=out/a.xlsx'],
			{ name: 'run', file: 'a.json', json: false, lang: 'en', csv: 'out/tables', xlsx: 'out/a.xlsx' }
		]
	])('%j', (args, expected) => {
		expect(parseArgs(args)).toEqual(expected);
	});

	it.each([
		[['frobnicate'], 'unknown command "frobnicate"'],
		[['run'], 'run needs exactly one scenario file'],
		[['run', 'a.json', 'b.json'], 'run needs exactly one scenario file'],
		[
			['run', 'a.json', '--seed', 'abc'],
			'--seed: must be a whole number between 0 and 4294967295 (got the text "abc")'
		],
		[['run', 'a.json', '--seed', '-1'], '--seed: must be a whole number between 0 and 4294967295 (got -1)'],
		[['run', 'a.json', '--seed', '1.5'], '--seed: must be a whole number'],
		[['run', 'a.json', '--seed=1e3'], '--seed: must be a whole number'],
		[['run', 'a.json', '--samples', '5'], '--samples: must be a whole number between 100 and 200000 (got 5)'],
		[['run', 'a.json', '--samples', '200001'], '(got 200001)'],
		[['run', 'a.json', '--samples'], '--samples needs a value'],
		[['run', 'a.json', '--seed', '--json'], '--seed needs a value'],
		[['run', 'a.json', '--seed', '1', '--seed', '2'], '--seed is given twice'],
		[['run', 'a.json', '--lang', 'fr'], '--lang must be en or ar'],
		[['run', 'a.json', '--verbose'], 'unknown option --verbose for run'],
		[['run', 'a.json', '--csv'], '--csv needs a value'],
		[['run', 'a.json', '--csv='], '--csv needs a value'],
		[['run', 'a.json', '--xlsx', 'a.csv'], '--xlsx names the workbook'],
		[['validate', '--json'], 'unknown option --json for validate'],
		[['validate', 'a', 'b'], 'validate takes at most one folder'],
		[['schema'], 'schema needs exactly one of --write or --check'],
		[['schema', '--write', '--check'], 'schema needs exactly one of --write or --check']
	])('refuses %j', (args, message) => {
		expect(() => parseArgs(args)).toThrow(UsageError);
		expect(() => parseArgs(args)).toThrow(message);
	});
});
