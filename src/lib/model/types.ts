// Plain input and output types of the engine. The zod schemas in src/lib/schema are checked
// against these (`satisfies z.ZodType<...>`), so the engine stays free of zod.

export type Locale = 'en' | 'ar';

/** Every text shown to people exists in both languages. */
export interface BilingualText {
	en: string;
	ar: string;
}

export interface Horizon {
	/** First step, `YYYY-MM`. */
	start: string;
	/** Last month covered, `YYYY-MM`; steps are quarterly from `start`. */
	end: string;
}

export interface OutcomeDef {
	id: string;
	label: BilingualText;
	description: BilingualText;
	/** Display colour (`#RRGGBB`); outcomes keep it everywhere. */
	color?: string;
	/** How an outside reader tells, at a date, that this outcome held; the engine ignores it. */
	resolution?: BilingualText;
}

export interface Dynamics {
	/** φ: AR(1) persistence of the unexplained deviation, per quarterly step. */
	persistence: number;
	/** σ: shock size of the deviation, per √year. */
	volatility: number;
}

export interface DriverGroup {
	id: string;
	label: BilingualText;
}

export interface DriverDef {
	id: string;
	group: string;
	label: BilingualText;
	description: BilingualText;
	/** Ids of evidence items behind this driver. */
	evidence: string[];
}

/** Months `YYYY-MM`, each standing for its first day: from ≤ to, inside the horizon. */
export interface EventWindow {
	from: string;
	to: string;
}

export interface EventDef {
	id: string;
	/**
	 * When the event can happen: its time on a path is drawn uniformly within the window. A
	 * format-1 `date` D reads as {from: D, to: D}, one instant.
	 */
	window: EventWindow;
	/** Ids of events that must have happened first; the event never happens before them. */
	requires?: string[];
	label: BilingualText;
	description?: BilingualText;
	/** Shift of each affected driver's value, by driver id. */
	effects: Record<string, number>;
}

/** Which way an evidence item pushes a driver's value: toward +1, toward −1, or neither. */
export type EvidenceDirection = 'raises' | 'lowers' | 'context';

/** NATO Admiralty scale: the source's reliability (A–F) and the information's credibility (1–6). */
export interface EvidenceGrade {
	reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
	credibility: 1 | 2 | 3 | 4 | 5 | 6;
}

/** Evidence does not enter the simulation: the engine only carries it for the app. */
export interface EvidenceItem {
	id: string;
	quote: BilingualText;
	attribution: BilingualText;
	/** The drivers the item informs; each driver's `evidence` lists it back. */
	drivers: string[];
	/** Per driver of `drivers`, by id, which way the item pushes it; absent while not yet directed. */
	direction?: Record<string, EvidenceDirection>;
	/** Absent while not yet graded; given with `gradeReason`. */
	grade?: EvidenceGrade;
	/** Why the grade is what it is, in one line. */
	gradeReason?: BilingualText;
}

export interface Indicator {
	id: string;
	driver: string;
	/** Direction and size the signpost would move the driver's assessment. */
	shift: number;
	label: BilingualText;
	description?: BilingualText;
}

export interface ModelInput {
	/** 1: events on one date; 2: events over windows, with requirements. Both load. */
	format: 1 | 2;
	id: string;
	title: BilingualText;
	question: BilingualText;
	/** What the outcomes describe, for judgments ("the partnership"); optional. */
	subject?: BilingualText;
	horizon: Horizon;
	/** Ordered worst → best. */
	outcomes: OutcomeDef[];
	/** K−1 strictly increasing cut points of the cohesion index. */
	thresholds: number[];
	dynamics: Dynamics;
	groups: DriverGroup[];
	drivers: DriverDef[];
	events: EventDef[];
	evidence: EvidenceItem[];
	indicators: Indicator[];
	/**
	 * Presets of a model share the present (every driver's assessment, low and high); `validate`
	 * warns when they do not, unless the model states here why its presets may disagree.
	 */
	presetsDisagreeAboutThePresent?: BilingualText;
	/** The model's key assumptions in words, each tied to the settings it stands for; the engine ignores them. */
	assumptions?: KeyAssumption[];
}

/**
 * A setting a key assumption stands for: a driver's field, an event's probability, a cut point
 * of the index (`thresholds[threshold]`) or one of the unmodelled factors. One kind per tie.
 */
export interface AssumptionTie {
	driver?: string;
	field?: 'weight' | 'assessment' | 'range' | 'trend';
	event?: string;
	threshold?: number;
	dynamics?: keyof Dynamics;
	/** Which way the setting would move if the assumption failed (drivers and events). */
	fails?: 'lower' | 'higher';
}

/** An assumption the analysis rests on, in words, and the settings it stands for (docs/model.md). */
export interface KeyAssumption {
	id: string;
	text: BilingualText;
	ties: AssumptionTie[];
}

export interface DriverSetting {
	weight: number;
	assessment: number;
	low: number;
	high: number;
	trend: number;
}

export interface EventSetting {
	probability: number;
}

export interface ScenarioInput {
	format: 1 | 2;
	id: string;
	model: string;
	title: BilingualText;
	summary: BilingualText;
	seed: number;
	samples: number;
	drivers: Record<string, DriverSetting>;
	events: Record<string, EventSetting>;
	/** The unmodelled factors for this scenario; the model's `dynamics` when absent. */
	dynamics?: Dynamics;
	/** The analyst's notes; a plain string (older files) is notes in one language, read as English. */
	notes?: string | BilingualText;
	/** Which settings the summary and notes were written for, per language (src/lib/narrative). */
	writtenFor?: NarrativeWrittenFor;
	/** Notes the analyst put on the time charts at a month; the engine ignores them. */
	annotations?: ChartAnnotation[];
	/** The scenario's key assumptions: new ones, or the model's restated (same id); the engine ignores them. */
	assumptions?: KeyAssumption[];
	/** The signpost log: observations of the model's indicators (src/lib/schema/signposts.ts); the engine ignores it. */
	signposts?: SignpostObservation[];
	/** The analyst's own evidence items, counted with the model's (src/lib/schema/analyst-evidence.ts); the engine ignores them. */
	evidence?: AnalystEvidence[];
	/** The analyst's confidence in the key judgments, overriding the derived one, with its reason; the engine ignores it. */
	confidence?: ConfidenceOverride;
}

/** An evidence item an analyst adds to a scenario: the model's item's fields, plus when and where. */
export interface AnalystEvidence {
	id: string;
	/** Either language may be empty, not both (as every text of the analyst's here). */
	quote: BilingualText;
	attribution: BilingualText;
	/** YYYY-MM-DD. */
	date: string;
	link?: string;
	citation?: string;
	drivers: string[];
	/** Which way it pushes each driver of `drivers`: every one has a direction. */
	direction: Record<string, EvidenceDirection>;
	grade: EvidenceGrade;
	gradeReason: BilingualText;
}

/** The analyst's own level of confidence in the key judgments, and why. */
export interface ConfidenceOverride {
	level: 'high' | 'moderate' | 'low';
	reason: BilingualText;
}

/** One observation of an indicator, as the scenario's signpost log keeps it (docs/model.md, Signposts). */
export interface SignpostObservation {
	indicator: string;
	status: 'emerging' | 'observed';
	/** YYYY-MM-DD. */
	date: string;
	/** What was seen; either language may be empty, not both. */
	seen: BilingualText;
	source: string;
	grade: EvidenceGrade;
	note?: BilingualText;
	/** Who recorded it (the account's name), when (ISO), and the revision it made: set by the server. */
	by: string;
	recordedAt: string;
	revision: number;
	/** The change of the driver's assessment it brought. */
	shift: { driver: string; from: number; to: number };
}

/** A short note on the time charts at a month (`2026-06`): "Treaty anniversary gala". */
export interface ChartAnnotation {
	date: string;
	text: string;
}

/** Fingerprints of the settings (drivers, events, unmodelled factors) a text was written for. */
export interface NarrativeWrittenFor {
	summary?: Record<Locale, string>;
	notes?: Record<Locale, string>;
}

export interface IndexBands {
	p5: number[];
	p25: number[];
	p50: number[];
	p75: number[];
	p95: number[];
	mean: number[];
}

/** What `simulate` returns: every series has one entry per time step. */
export interface Projection {
	modelId: string;
	scenarioId: string;
	seed: number;
	samples: number;
	/** Step labels such as `2025-Q3`. */
	times: string[];
	/** Years since the horizon's start, per step. */
	years: number[];
	/** Outcome ids, worst → best. */
	outcomes: string[];
	stateProbabilities: Record<string, number[]>;
	/** Share of paths that were in the lowest outcome at any step up to and including this one. */
	ruptureRisk: number[];
	index: IndexBands;
	/** w·E[x(t)]/Σw per driver. */
	contributions: Record<string, number[]>;
	/** E[x(t)] per driver: where each driver stands on average. */
	driverMeans: Record<string, number[]>;
	/** Per event, the share of paths on which its effects apply by each step. */
	eventShares: Record<string, number[]>;
	/** What the horizon index's uncertainty comes from (docs/model.md#decomposition). */
	uncertainty: Uncertainty;
}

/**
 * The variance of the index at the horizon split by source: each share is the variance with only
 * that source left on, over the full variance; `interaction` is what the three leave over.
 * All four sum to 1 (0 each when the full variance is 0).
 */
export interface Uncertainty {
	/** Var S(H) of the full run. */
	variance: number;
	/** The analyst's ranges on the drivers' assessments. */
	ranges: number;
	/** The events: whether and when each happens. */
	events: number;
	/** The unmodelled factors (η). */
	unmodelled: number;
	interaction: number;
}
