// What an event `requires` (format 2): other events of the model, each listed once, never the
// event itself, and no cycle — a cycle is named event by event, since the fix is to cut one link
// of it. An event that its requirements push past its own window could never happen: refused too.

import type { Finding } from './findings';
import { monthOf, references } from './model-references';
import { isId } from './primitives';
import { field, objectItems, stringItems } from './raw';

interface Node {
	index: number;
	id: string;
	requires: string[];
	from?: string;
	to?: string;
}

/** Events with a well-formed id (the first of duplicates), and their valid requirement links. */
function requirementGraph(model: unknown): Map<string, Node> {
	const nodes = new Map<string, Node>();
	for (const { index, item } of objectItems(field(model, 'events'))) {
		if (!isId(item.id) || nodes.has(item.id)) continue;
		const window = item.window;
		nodes.set(item.id, {
			index,
			id: item.id,
			requires: [...new Set(stringItems(item.requires).map(({ text }) => text))],
			from: monthOf(field(window, 'from')),
			to: monthOf(field(window, 'to'))
		});
	}
	for (const node of nodes.values()) node.requires = node.requires.filter((id) => id !== node.id && nodes.has(id));
	return nodes;
}

/** Where the event is in the model's list (graph nodes always have one). */
function indexOf(nodes: Map<string, Node>, id: string): number {
	return nodes.get(id)?.index ?? -1;
}

function checkEachRequirement(model: unknown): Finding[] {
	const event = references(model, 'events', 'event');
	return objectItems(field(model, 'events')).flatMap(({ index, item }) => {
		const seen = new Map<string, number>();
		return stringItems(item.requires).flatMap(({ index: j, text }): Finding[] => {
			const path = ['events', index, 'requires', j];
			const first = seen.get(text);
			if (first !== undefined) return [{ path, message: `duplicate "${text}" (already listed at requires[${first}])` }];
			seen.set(text, j);
			if (text === item.id) return [{ path, message: 'an event cannot require itself' }];
			return event(path, text);
		});
	});
}

/** Every cycle that a depth-first search meets, each once, starting from its first event in the file. */
function findCycles(nodes: Map<string, Node>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const cycles = new Map<string, string[]>();
	const visit = (id: string): void => {
		state.set(id, 'open');
		stack.push(id);
		for (const next of nodes.get(id)?.requires ?? []) {
			if (state.get(next) === 'open') {
				const cycle = stack.slice(stack.indexOf(next));
				const firstAt = cycle.reduce((best, e, i) => (indexOf(nodes, e) < indexOf(nodes, cycle[best]) ? i : best), 0);
				const rotated = [...cycle.slice(firstAt), ...cycle.slice(0, firstAt)];
				cycles.set(rotated.join(' '), rotated);
			} else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const id of nodes.keys()) if (!state.has(id)) visit(id);
	return [...cycles.values()];
}

/** The earliest month an event could happen, and which requirement sets it (none: its own window). */
interface Earliest {
	month: string;
	via?: string;
}

/**
 * With no cycle: the earliest month each event could happen, its window's start or later when
 * what it requires comes later; an event whose earliest month is past its window's end never happens.
 */
function checkReachable(nodes: Map<string, Node>): Finding[] {
	const earliest = new Map<string, Earliest | undefined>();
	const earliestOf = (id: string): Earliest | undefined => {
		if (earliest.has(id)) return earliest.get(id);
		const node = nodes.get(id);
		let result: Earliest | undefined = node?.from ? { month: node.from } : undefined;
		for (const required of node?.requires ?? []) {
			const theirs = earliestOf(required);
			if (!theirs) return undefined;
			if (result && theirs.month > result.month) result = { month: theirs.month, via: required };
		}
		earliest.set(id, result);
		return result;
	};
	return [...nodes.values()].flatMap((node) => {
		const first = earliestOf(node.id);
		if (!first?.via || !node.to || first.month <= node.to) return [];
		return [
			{
				path: ['events', node.index, 'requires'],
				message: `the event could never happen: it needs "${first.via}" first, which cannot happen before ${first.month}, after this event’s window ends (${node.to})`
			}
		];
	});
}

export function checkRequirements(model: unknown): Finding[] {
	const nodes = requirementGraph(model);
	const cycles = findCycles(nodes);
	const cycleFindings = cycles.map((cycle) => ({
		path: ['events', indexOf(nodes, cycle[0]), 'requires'],
		message: `requirements form a cycle: ${[...cycle, cycle[0]].join(' → ')}`
	}));
	return [...checkEachRequirement(model), ...cycleFindings, ...(cycles.length === 0 ? checkReachable(nodes) : [])];
}
