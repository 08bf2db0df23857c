// `npm run brief -- <scenario file | saved id> --out brief.pdf [--lang ar] [--url …]`: a PDF of
// the presentation, one slide per page, printed by the app itself in headless Chromium. Without
// --url it builds the app if its build is stale and runs it on a free local port meanwhile.

import { resolve } from 'node:path';
import { startServer } from '../../bench/server';
import { UsageError } from './args';
import { BRIEF_USAGE, parseBriefArgs } from './brief-args';
import { printSlides } from './brief-print';
import { BriefError, presentQuery } from './brief-query';

/** The app to print from: the one given, or the real server started here (built first if stale). */
async function appUrl(given: string | undefined): Promise<{ url: string; stop: () => void }> {
	return given ? { url: given, stop: () => undefined } : startServer();
}

async function savedExists(url: string, id: string): Promise<boolean> {
	const response = await fetch(`${url}/api/scenarios/${encodeURIComponent(id)}`);
	return response.ok;
}

export async function runBrief(args: readonly string[]): Promise<number> {
	let stop = () => undefined as void;
	try {
		const command = parseBriefArgs(args);
		if (command === 'help') {
			console.log(BRIEF_USAGE);
			return 0;
		}
		// Checked before any server starts: a bad file is reported at once.
		const query = await presentQuery(command.input);
		const app = await appUrl(command.url);
		stop = app.stop;
		if (command.input.kind === 'saved' && !(await savedExists(app.url, command.input.id))) throw new BriefError(`no saved scenario "${command.input.id}" on ${app.url}`);
		const out = resolve(command.out);
		const pages = await printSlides({ url: `${app.url}${command.lang === 'ar' ? '/ar' : ''}/present?${query}`, out });
		console.log(`Wrote ${command.out} (${pages} pages, ${command.lang})`);
		return 0;
	} catch (error) {
		if (error instanceof UsageError || error instanceof BriefError) console.error(`brief: ${error.message}`);
		else console.error(`brief: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	} finally {
		stop();
	}
}

process.exitCode = await runBrief(process.argv.slice(2));
