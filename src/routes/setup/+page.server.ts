import { setupAction, setupPageData } from '$lib/server/auth/signin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => setupPageData();

export const actions: Actions = { default: setupAction };
