import type { EventDef } from './types';

/**
 * The events in an order where every event comes after those it requires: among the events whose
 * requirements are placed, the first in the model's order goes next. The order fixes no number
 * (each event has its own draws); it lets a path settle an event's time after its requirements'.
 * Throws, naming them, on requirements that form a cycle (validation reports it first).
 */
export function eventOrder(events: readonly Pick<EventDef, 'id' | 'requires'>[]): Int32Array {
	const index = new Map(events.map((event, e) => [event.id, e]));
	const placed = new Array<boolean>(events.length).fill(false);
	const order: number[] = [];
	while (order.length < events.length) {
		const next = events.findIndex(
			(event, e) => !placed[e] && (event.requires ?? []).every((id) => placed[index.get(id) ?? -1] ?? true)
		);
		if (next === -1) {
			const stuck = events.filter((_, e) => !placed[e]).map((event) => event.id);
			throw new Error(`events ${stuck.join(', ')} require each other in a cycle`);
		}
		placed[next] = true;
		order.push(next);
	}
	return Int32Array.from(order);
}
