// The accounts the server tests act as. Every server a test starts gets its first admin through
// /setup (the real first-run flow) — or, when its DATA_DIR already has one (a restarted server, a
// second server on the same file), signs in at /signin — and the harness's `request` then sends
// that admin's session cookie, so the tests written before accounts keep testing what they did.

export const TEST_ADMIN = { name: 'test-admin', password: 'test-admin-password' } as const;

const sessions = new Map<string, string>();

function form(fields: Record<string, string>): URLSearchParams {
	return new URLSearchParams(fields);
}

/** The session cookie (`name=value`) a form POST set, if it signed in (a 303 onwards). */
async function postForSession(url: string, fields: Record<string, string>): Promise<string | null> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { origin: new URL(url).origin, accept: 'text/html' },
		body: form(fields),
		redirect: 'manual'
	});
	await response.arrayBuffer();
	if (response.status !== 303) return null;
	const cookie = response.headers.getSetCookie().find((line) => line.includes('session_token='));
	return cookie ? cookie.split(';')[0] : null;
}

export async function signInAs(baseUrl: string, name: string, password: string): Promise<string | null> {
	return postForSession(`${baseUrl}/signin?/signin`, { name, password });
}

/**
 * Makes (or signs in) the test admin on the server at `baseUrl` and remembers its session cookie.
 * Null when neither works: the DATA_DIR has accounts of its own (a test that made them with
 * `npm run user` and sends its own token).
 */
export async function provisionAdmin(baseUrl: string): Promise<string | null> {
	const { name, password } = TEST_ADMIN;
	const cookie =
		(await postForSession(`${baseUrl}/setup`, { name, password, passwordAgain: password })) ??
		(await signInAs(baseUrl, name, password));
	if (cookie) sessions.set(new URL(baseUrl).origin, cookie);
	return cookie;
}

/** The test admin's session cookie for the server of `url`, once provisioned. */
export function adminCookieFor(url: string): string | undefined {
	return sessions.get(new URL(url).origin);
}

/** Headers that sign a raw `fetch` in as the test admin. */
export function adminHeaders(url: string): Record<string, string> {
	const cookie = adminCookieFor(url);
	return cookie ? { cookie } : {};
}
