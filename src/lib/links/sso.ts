// The single sign-on link of the sign-in page: /signin/sso starts it and, once signed in at the
// organisation's provider, the browser comes back to `returnTo` (a local path) or the dashboard.

import { localizeHref } from '../paraglide/runtime';
import { isLocalPath, type LinkOptions } from './hrefs';

export function ssoSignInHref(returnTo?: string | null, options?: LinkOptions): string {
	const back = returnTo && isLocalPath(returnTo) && returnTo !== '/' ? `?${new URLSearchParams({ returnTo })}` : '';
	return localizeHref(`/signin/sso${back}`, options);
}
