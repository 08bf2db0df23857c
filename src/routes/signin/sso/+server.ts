import { startSsoSignIn } from '$lib/server/auth/oidc-signin';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => startSsoSignIn(event);
