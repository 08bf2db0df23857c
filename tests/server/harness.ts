// What the server tests share: the real production server (`node build`, started by the app's
// own startServer on a free port, each test file with its own DATA_DIR) with its first admin set
// up, scratch folders, the preset they save and edit, and a request helper that never throws on an
// HTTP status and acts as that admin unless told otherwise (test-accounts.ts).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startServer as startBareServer, type RunningServer, type StartOptions } from '../../src/node/start-server';
import { adminCookieFor, provisionAdmin } from './test-accounts';

export type { RunningServer };
export { adminHeaders, TEST_ADMIN } from './test-accounts';

/** Sent as `headers`, makes `request` anonymous: no session cookie, no token. */
export const ANONYMOUS: Readonly<Record<string, string>> = { cookie: '' };

/** The built server, with its first admin made (or signed in) and remembered for `request`. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
	const server = await startBareServer(options);
	try {
		await provisionAdmin(server.url);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}

/** A fresh folder, made on first use: merely importing a test file leaves nothing behind. */
export function tempDataDir(prefix = 'scenario-desk-'): { readonly dir: string; remove(): void } {
	let made: string | null = null;
	return {
		get dir() {
			made ??= mkdtempSync(path.join(os.tmpdir(), prefix));
			return made;
		},
		remove() {
			if (made) rmSync(made, { recursive: true, force: true });
			made = null;
		}
	};
}

/** The preset scenario that the API tests save and edit. */
export function baselineScenario(): Record<string, unknown> & { drivers: Record<string, Record<string, number>> } {
	const file = path.resolve(import.meta.dirname, '../../scenarios/russia-dprk/baseline.json');
	return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof baselineScenario>;
}

export async function request(
	url: string,
	method: string,
	body?: unknown,
	headers: Record<string, string> = {}
): Promise<{ status: number; json: unknown; headers: Headers; text: string }> {
	// A write names the app as its origin, as the app's own pages do (the server refuses one without).
	const origin: Record<string, string> = ['GET', 'HEAD'].includes(method) ? {} : { origin: new URL(url).origin };
	// As the test admin, unless the caller sends its own credentials (or ANONYMOUS).
	const cookie = adminCookieFor(url);
	const ownCredentials = Object.keys(headers).some((name) => ['cookie', 'authorization'].includes(name.toLowerCase()));
	const session: Record<string, string> = cookie && !ownCredentials ? { cookie } : {};
	const response = await fetch(url, {
		method,
		headers:
			body === undefined
				? { ...origin, ...session, ...headers }
				: { 'content-type': 'application/json', ...origin, ...session, ...headers },
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = text ? (JSON.parse(text) as unknown) : null;
	} catch {
		json = null;
	}
	return { status: response.status, json, headers: response.headers, text };
}
