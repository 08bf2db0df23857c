import { ssoPageData } from '$lib/server/auth/oidc-signin';
import { signInAction, signInPageData, signOutAction } from '$lib/server/auth/signin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => ({ ...signInPageData(event), ...ssoPageData(event.url) });

export const actions: Actions = { signin: signInAction, signout: signOutAction };
