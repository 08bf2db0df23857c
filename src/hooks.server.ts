import { sequence } from '@sveltejs/kit/hooks';
import { localeAndTheme } from '$lib/server/http/locale-theme';

// One handle per concern, each in its own file under src/lib/server/http (or its area's folder),
// run in this order: the edge checks first, so a refused request costs nothing further.
export const handle = sequence(localeAndTheme);
