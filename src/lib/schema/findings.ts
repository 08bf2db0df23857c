// Cross-checks (references between items, orderings) are plain functions from untyped JSON to
// findings; `reportAll` attaches one to a schema so that `safeParse` alone reports them too.

import type * as z from 'zod';
import type { PathSegment } from './problem';

export interface Finding {
	/** Relative to the value the check was given. */
	path: PathSegment[];
	message: string;
}

/**
 * Refinement arguments that run `check` even after other fields failed: zod would otherwise
 * skip it, and a person fixing a file wants every problem in one pass.
 */
export function reportAll(check: (value: unknown) => Finding[]) {
	return [
		(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void => {
			for (const finding of check(value)) {
				ctx.addIssue({ code: 'custom', input: value, path: finding.path, message: finding.message });
			}
		},
		{ when: () => true }
	] as const;
}

export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}
