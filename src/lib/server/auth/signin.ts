// The sign-in page's server side: signing in by name and password, signing out, and /setup's
// first admin. Sessions are better-auth's; its cookies are handed to SvelteKit (cookies.ts).

import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { dashboardHref, isLocalPath, signInHref } from '$lib/links';
import { createAccount } from './accounts';
import { getAuth, getAuthDatabase } from './auth';
import { applyAuthCookies } from './cookies';
import { credentialLimits, readSetup, readSignIn, type CredentialProblem } from './credentials';
import { CLIENT_ADDRESS_HEADER } from './instance';
import { setupIsOpen, untilFirstAccount, withSetupClaim } from './setup';

export { credentialLimits };

function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * Signs in and sets the session cookies; the problem, if it did not. Through better-auth's own
 * HTTP endpoint rather than its server API, so that its per-address limit on sign-in attempts
 * counts the form's tries too.
 */
async function signIn(event: RequestEvent, name: string, password: string): Promise<CredentialProblem | null> {
	const auth = await getAuth();
	const request = new Request(new URL('/api/auth/sign-in/username', event.url), {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			origin: event.url.origin,
			[CLIENT_ADDRESS_HEADER]: clientAddress(event)
		},
		body: JSON.stringify({ username: name, password })
	});
	const response = await auth.handler(request);
	if (response.status === 429) return 'too-many';
	if (!response.ok) return 'failed';
	applyAuthCookies(response.headers, event.cookies, event.url);
	return null;
}

function returnPath(returnTo: string | undefined): string {
	return returnTo && isLocalPath(returnTo) ? returnTo : dashboardHref();
}

export function signInPageData(event: RequestEvent) {
	const returnTo = event.url.searchParams.get('returnTo') ?? undefined;
	// Already signed in: the page has nothing to offer but the way on.
	if (event.locals.account) redirect(303, returnPath(returnTo));
	return { returnTo: returnTo && isLocalPath(returnTo) ? returnTo : null, limits: credentialLimits };
}

export async function signInAction(event: RequestEvent) {
	const form = readSignIn(await event.request.formData());
	const problem = await signIn(event, form.name, form.password);
	// The page is shown again at /signin?/signin: it carries the way back itself.
	const returnTo = form.returnTo && isLocalPath(form.returnTo) ? form.returnTo : null;
	if (problem) return fail(problem === 'too-many' ? 429 : 400, { name: form.name, problem, returnTo });
	redirect(303, returnPath(form.returnTo));
}

export async function signOutAction(event: RequestEvent) {
	const auth = await getAuth();
	const response = await auth.api.signOut({ headers: event.request.headers, asResponse: true });
	applyAuthCookies(response.headers, event.cookies, event.url);
	redirect(303, signInHref());
}

async function assertSetupOpen(): Promise<void> {
	if (!(await setupIsOpen((await getAuthDatabase()).accounts))) error(404, 'Not Found');
}

export async function setupPageData() {
	await assertSetupOpen();
	return { limits: credentialLimits };
}

// One /setup at a time in this process, so two quick submissions cannot both make an admin.
let setupQueue: Promise<unknown> = Promise.resolve();

export async function setupAction(event: RequestEvent) {
	const read = readSetup(await event.request.formData());
	const run = setupQueue.then(async () => {
		await assertSetupOpen();
		const auth = await getAuth();
		if (!read.ok) return fail(400, { name: read.name, problem: read.problem });
		const { name, password } = read.form;
		const database = await getAuthDatabase();
		try {
			// Another instance making the first admin at this moment: setup is gone for this one.
			const made = await withSetupClaim(database.shared.rateBuckets, () =>
				createAccount(auth, { name, password, role: 'admin' })
			);
			if (!made) {
				await untilFirstAccount(database.accounts);
				error(404, 'Not Found');
			}
			const { id } = made;
			// The first admin made itself: the audit log's first row.
			await database.audit.append({
				actor: { id, name },
				action: 'user.create',
				target: `user:${name}`,
				outcome: 'ok'
			});
		} catch (cause) {
			if (cause instanceof APIError) return fail(400, { name, problem: 'taken' as CredentialProblem });
			throw cause;
		}
		return signIn(event, name, password);
	});
	setupQueue = run.catch(() => undefined);
	const outcome = await run;
	if (outcome !== null) return outcome;
	redirect(303, dashboardHref());
}
