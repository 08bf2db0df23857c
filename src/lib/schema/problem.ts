// One validation problem, addressed to a person fixing a file by hand: which file, where in it,
// what is wrong. Formatted as `file: path: message`, one line per problem.

import type * as z from 'zod';

export interface Problem {
	/** File as the person sees it, e.g. `scenarios/russia-dprk/baseline.json`. */
	file: string;
	/** JSON path such as `drivers.china-calculus.low` or `drivers[3].group`; `(root)` when empty. */
	path: string;
	message: string;
}

export type PathSegment = string | number;

/** `drivers[3].group`: array indexes in brackets (as in JavaScript), keys joined by dots. */
export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(root)';
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += (out === '' ? '' : '.') + String(segment);
	}
	return out;
}

export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.path}: ${problem.message}`;
}

export function problem(file: string, path: readonly PropertyKey[], message: string): Problem {
	return { file, path: formatPath(path), message };
}

/**
 * zod reports all unknown fields of one object in a single issue on the object; a person
 * fixes them one at a time, so each gets its own line at its own path. A value of the wrong type
 * is said once: zod 4 still runs an array's size checks on, say, a text (its length), which added
 * "must be at most 12" beside "must be a list".
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], file: string): Problem[] {
	const key = (issue: z.core.$ZodIssue) => formatPath(issue.path);
	const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map(key));
	const said = issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(key(issue)));
	return said.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => problem(file, [...issue.path, key], issue.message))
			: [problem(file, issue.path, issue.message)]
	);
}
