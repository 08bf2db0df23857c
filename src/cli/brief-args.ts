// `npm run brief -- <scenario file | saved id> --out brief.pdf [--lang ar] [--time ltr] [--url http://…]`
// → what to print, or a UsageError whose one-line message is shown as is.

import type { Locale } from '../lib/model/index';
import { UsageError } from './args';

export interface BriefCommand {
	/** A scenario JSON file, or a saved scenario's id with an optional `@revision`. */
	input: { kind: 'file'; file: string } | { kind: 'saved'; id: string; revision?: number };
	out: string;
	lang: Locale;
	/** Arabic charts with time running left to right, as the analyst can choose in the app. */
	timeLtr: boolean;
	/** A running Scenario Desk to print from; without it the command starts one. */
	url?: string;
}

export const BRIEF_USAGE =
	'usage: npm run brief -- <scenario.json | saved-id[@revision]> --out brief.pdf [--lang en|ar] [--time ltr|rtl] [--url http://127.0.0.1:3000]';

const VALUED = new Set(['--out', '--lang', '--time', '--url']);
const SAVED = /^([A-Za-z0-9][A-Za-z0-9_-]{0,127})(?:@([1-9]\d{0,8}))?$/;

export function parseBriefArgs(args: readonly string[]): BriefCommand | 'help' {
	if (args.length === 0 || args.includes('--help') || args.includes('-h')) return 'help';
	const flags = new Map<string, string>();
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const [name, inline] = arg.includes('=')
			? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
			: [arg, undefined];
		if (!VALUED.has(name)) throw new UsageError(`unknown option ${name} (${BRIEF_USAGE})`);
		if (flags.has(name)) throw new UsageError(`${name} is given twice`);
		const value = inline ?? args[++i];
		if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
		flags.set(name, value);
	}
	if (positional.length !== 1)
		throw new UsageError(
			positional.length === 0
				? `give one scenario file or saved id (${BRIEF_USAGE})`
				: `give one scenario file or saved id, not ${positional.length}: ${positional.join(' ')}`
		);
	const out = flags.get('--out');
	if (!out) throw new UsageError(`--out is required: the PDF file to write (${BRIEF_USAGE})`);
	if (!/\.pdf$/i.test(out)) throw new UsageError(`--out must name a .pdf file (got "${out}")`);
	const lang = flags.get('--lang') ?? 'en';
	if (lang !== 'en' && lang !== 'ar') throw new UsageError(`--lang must be en or ar (got "${lang}")`);
	const time = flags.get('--time') ?? 'rtl';
	if (time !== 'ltr' && time !== 'rtl')
		throw new UsageError(`--time must be ltr or rtl, the direction of time on Arabic charts (got "${time}")`);
	const url = flags.get('--url');
	if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url))
		throw new UsageError(`--url must be an http(s) address (got "${url}")`);

	const [target] = positional;
	const saved = SAVED.exec(target);
	// A name that reads as a file (a .json ending or a path) is a file; a bare id is a saved scenario.
	const input: BriefCommand['input'] =
		/\.json$/i.test(target) || target.includes('/') || !saved
			? { kind: 'file', file: target }
			: { kind: 'saved', id: saved[1], revision: saved[2] ? Number(saved[2]) : undefined };
	return { input, out, lang, timeLtr: time === 'ltr', url: url?.replace(/\/+$/, '') };
}
