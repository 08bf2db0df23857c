// Public entry of the schemas: parse files into the engine's types, or say what is wrong.

export { formatPath, formatProblem, problem, type Problem, type PathSegment } from './problem';
export {
	parseJsonText,
	parseModel,
	parseScenario,
	type Failure,
	type JsonResult,
	type ModelResult,
	type ScenarioResult
} from './parse';
export { bilingualText, bilingualTextSchema, type BilingualTextFile } from './bilingual-text';
export { TEXT_LIMITS, tooLong, tooLongMessage, limitedString, type LimitedText } from './limits';
export { modelSchema, type ModelFile } from './model';
export {
	scenarioSchema,
	driverSettingSchema,
	eventSettingSchema,
	seedSchema,
	samplesSchema,
	type ScenarioFile,
	type DriverSettingFile,
	type EventSettingFile
} from './scenario';
export { scenarioSchemaFor, checkScenarioAgainstModel } from './scenario-checks';
export { checkModel } from './model-checks';
export type { Finding } from './findings';
export { explainIssue, show } from './messages';
export {
	jsonSchemas,
	renderSchemaFile,
	SCHEMA_DIR,
	SCHEMA_FILE_NAMES,
	SCHEMA_REFS,
	type SchemaFileName
} from './json-schema';
