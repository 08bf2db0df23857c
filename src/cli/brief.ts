// `npm run brief -- <scenario file | saved id> --out brief.pdf [--lang ar] [--time ltr] [--url …]`: a PDF of
// the presentation, one slide per page, printed by the app itself in headless Chromium. Without
// --url it builds the app if its build is stale and runs it on a free local port meanwhile.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { ErrorResponse, ScenarioResponse } from '../lib/api/types';
import { startServer } from '../node/start-server';
import { briefCredentials, TOKEN_ENV } from './brief-auth';
import { UsageError } from './args';
import { BRIEF_USAGE, parseBriefArgs } from './brief-args';
import { printSlides } from './brief-print';
import { BriefError, presentQuery } from './brief-query';
import { sameScenariosHref } from '../lib/links/hrefs';
import { scenarioQuery } from '../lib/links/queries';

/** The app to print from: the one given, or the real server started here (built first if stale). */
async function appUrl(
	given: string | undefined,
	dataDir: string | undefined
): Promise<{ url: string; stop: () => Promise<void> }> {
	return given ? { url: given, stop: async () => undefined } : startServer({ dataDir, build: true });
}

/**
 * A file that is not one of the presets as it stands can only travel as edits on a preset, which
 * would give the slides the preset's title. When this command runs its own server it gives it a
 * scratch database and imports the file there, so the slides carry the file's own title and
 * summary; the analyst's database is never written to.
 */
async function importedQuery(url: string, file: string, auth: Record<string, string>): Promise<URLSearchParams> {
	const response = await fetch(`${url}/api/scenarios/import?name=${encodeURIComponent(basename(file))}`, {
		method: 'POST',
		// The server takes writes from its own origin (or with a bearer token) only.
		headers: { 'content-type': 'application/json', origin: new URL(url).origin, ...auth },
		body: await readFile(file, 'utf8')
	});
	const body = (await response.json()) as Partial<ScenarioResponse & ErrorResponse>;
	if (!response.ok || !body.scenario) throw new BriefError(`${file}: ${body.message ?? response.statusText}`);
	return scenarioQuery({ kind: 'saved', id: body.scenario.id });
}

/** What a scenario file may carry that no link holds: the analyst's own judgment and records. */
const NOT_IN_LINKS = ['evidence', 'confidence', 'assumptions', 'signposts'] as const;

async function carriesOwnJudgment(file: string): Promise<boolean> {
	const scenario = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
	return NOT_IN_LINKS.some((field) => scenario[field] !== undefined);
}

async function savedExists(url: string, id: string, auth: Record<string, string>): Promise<boolean> {
	const response = await fetch(`${url}/api/scenarios/${encodeURIComponent(id)}`, { headers: auth });
	if (response.status === 401) throw new BriefError(`${url} asks to sign in: set ${TOKEN_ENV} to an API token`);
	return response.ok;
}

export async function runBrief(args: readonly string[]): Promise<number> {
	let stop = async (): Promise<void> => undefined;
	try {
		const command = parseBriefArgs(args);
		if (command === 'help') {
			console.log(BRIEF_USAGE);
			return 0;
		}
		// Checked before any server starts: a bad file is reported at once.
		let query = await presentQuery(command.input);
		// The analyst's own evidence, confidence, assumptions and signposts travel in no link: a file
		// carrying them is imported too.
		const edited =
			query.has('d') ||
			query.has('e') ||
			query.has('seed') ||
			query.has('samples') ||
			(command.input.kind === 'file' && (await carriesOwnJudgment(command.input.file)));
		const scratch =
			command.input.kind === 'file' && edited && !command.url
				? await mkdtemp(join(tmpdir(), 'scenario-desk-brief-'))
				: undefined;
		const app = await appUrl(command.url, scratch);
		stop = async () => {
			// The server writes its database until it has exited: the scratch folder goes after.
			await app.stop();
			if (scratch) await rm(scratch, { recursive: true, force: true });
		};
		const credentials = await briefCredentials(app.url, scratch !== undefined);
		if (scratch && command.input.kind === 'file')
			query = await importedQuery(app.url, command.input.file, credentials.headers);
		if (command.input.kind === 'saved' && !(await savedExists(app.url, command.input.id, credentials.headers)))
			throw new BriefError(`no saved scenario "${command.input.id}" on ${app.url}`);
		const out = resolve(command.out);
		const present = sameScenariosHref('present', `?${query}`, { locale: command.lang });
		const pages = await printSlides({ url: `${app.url}${present}`, out, timeLtr: command.timeLtr, credentials });
		console.log(`Wrote ${command.out} (${pages} pages, ${command.lang})`);
		return 0;
	} catch (error) {
		if (error instanceof UsageError || error instanceof BriefError) console.error(`brief: ${error.message}`);
		else console.error(`brief: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	} finally {
		await stop();
	}
}

process.exitCode = await runBrief(process.argv.slice(2));
