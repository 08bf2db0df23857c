// Starting a single sign-on: GET /signin/sso asks better-auth for the provider's authorization URL
// (it sets the state and PKCE cookies) and sends the browser there. A link, not a form: the CSP's
// form-action 'self' would stop a form whose answer redirects to the provider's origin.

import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { dashboardHref, isLocalPath, signInHref } from '$lib/links';
import { getAuth } from './auth';
import { applyAuthCookies } from './cookies';
import { oidcSettingsFromEnv, SSO_PROVIDER_ID, ssoOffer, type SsoOffer } from './oidc';

/** What the sign-in page shows of SSO: the button (or none), and why the last attempt failed. */
export interface SsoPageData {
	sso: SsoOffer | null;
	/** better-auth's error code when the provider sent the browser back without a sign-in. */
	ssoError: string | null;
}

/** The running configuration's offer (the auth instance read the same environment). */
export function currentSsoOffer(): SsoOffer | null {
	return ssoOffer(oidcSettingsFromEnv());
}

const ERROR_CODE = /^[a-z0-9_.-]{1,60}$/i;

export function ssoPageData(url: URL): SsoPageData {
	const sso = currentSsoOffer();
	const code = url.searchParams.get('error');
	return { sso, ssoError: sso && code !== null ? (ERROR_CODE.test(code) ? code : 'unknown') : null };
}

export async function startSsoSignIn(event: RequestEvent): Promise<Response> {
	if (!currentSsoOffer()) error(404, 'Not Found');
	const returnTo = event.url.searchParams.get('returnTo');
	const auth = await getAuth();
	const response = await auth.api.signInSocial({
		body: {
			provider: SSO_PROVIDER_ID,
			callbackURL: returnTo && isLocalPath(returnTo) ? returnTo : dashboardHref(),
			// better-auth adds ?error=<code>; the sign-in page says it did not complete.
			errorCallbackURL: signInHref()
		},
		headers: event.request.headers,
		asResponse: true
	});
	if (!response.ok) {
		// The provider cannot be reached (its discovery failed): say so on the sign-in page.
		redirect(303, `${signInHref()}?${new URLSearchParams({ error: 'provider_unavailable' })}`);
	}
	applyAuthCookies(response.headers, event.cookies, event.url);
	const { url } = (await response.json()) as { url: string };
	redirect(303, url);
}
