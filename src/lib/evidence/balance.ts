// The balance of a driver's evidence (docs/model.md#evidence-balance): the graded weight of the
// items that raise it against that of the items that lower it, on the driver's own scale.

import type { EvidenceDirection, EvidenceItem, ModelInput } from '$lib/model';
import { gradeClass, gradeWeight, type GradeClass } from './grade-weight';
import { distinctSources } from './sources';

/** Which way the evidence leans: clearly up, clearly down, neither, or no directed evidence. */
export type Lean = 'raises' | 'lowers' | 'mixed' | 'none';

/** |net| at or above this is a lean; below it the evidence is mixed. */
export const LEAN_THRESHOLD = 1 / 3;

export interface DriverBalance {
	driver: string;
	/** The items informing the driver, in the model's evidence order. */
	items: EvidenceItem[];
	/** Sum of the graded weights of the items that raise the driver. */
	raising: number;
	lowering: number;
	/** Items that bear on the driver without pushing it (context, or not directed yet). */
	context: number;
	/** (raising − lowering) / (raising + lowering), in [−1, 1]; null without directed evidence. */
	net: number | null;
	lean: Lean;
	sources: number;
	/** The best grade class among the items that push the driver (context items do not count). */
	best: GradeClass | null;
}

export function directionOf(item: EvidenceItem, driver: string): EvidenceDirection {
	return item.direction?.[driver] ?? 'context';
}

export function leanOf(net: number | null): Lean {
	if (net === null) return 'none';
	if (net >= LEAN_THRESHOLD) return 'raises';
	if (net <= -LEAN_THRESHOLD) return 'lowers';
	return 'mixed';
}

const CLASS_ORDER: GradeClass[] = ['high', 'medium', 'low'];

export function driverBalance(model: Pick<ModelInput, 'evidence'>, driver: string): DriverBalance {
	const items = model.evidence.filter((item) => item.drivers.includes(driver));
	let raising = 0;
	let lowering = 0;
	let context = 0;
	const classes = new Set<GradeClass>();
	for (const item of items) {
		const direction = directionOf(item, driver);
		if (direction === 'context') {
			context++;
			continue;
		}
		if (direction === 'raises') raising += gradeWeight(item.grade);
		else lowering += gradeWeight(item.grade);
		classes.add(gradeClass(item.grade));
	}
	const total = raising + lowering;
	const net = total > 0 ? (raising - lowering) / total : null;
	return {
		driver,
		items,
		raising,
		lowering,
		context,
		net,
		lean: leanOf(net),
		sources: distinctSources(items),
		best: CLASS_ORDER.find((c) => classes.has(c)) ?? null
	};
}

/** Every driver's balance, in the model's driver order. */
export function evidenceBalances(model: Pick<ModelInput, 'evidence' | 'drivers'>): DriverBalance[] {
	return model.drivers.map((d) => driverBalance(model, d.id));
}
