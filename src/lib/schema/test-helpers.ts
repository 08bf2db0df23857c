// Assertions shared by the schema tests: a result refused with exactly the expected problems.

import { expect } from 'vitest';
import type { Failure } from './parse';
import { formatProblem, type Problem } from './problem';

export function problemsOf(result: { ok: true } | Failure): Problem[] {
	if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
	return result.problems;
}

/** Exactly one problem, at `path`, whose message contains `words`, on a line naming `file`. */
export function expectOneProblem(result: { ok: true } | Failure, file: string, path: string, words: string): void {
	const problems = problemsOf(result);
	expect(problems.map(formatProblem)).toEqual([expect.stringContaining(`${file}: ${path}: `)]);
	expect(problems[0].message).toContain(words);
}
