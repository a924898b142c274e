// The public surface of the case feature.
export * from './schema';
export type { PathSegment, Problem, SourcePosition } from './problem';
export { formatPath, formatProblem, hasErrors, sortProblems } from './problem';
export type { CaseParseResult } from './parse';
export { parseCaseYaml } from './parse';
export type { CaseCheck, CheckContext } from './consistency';
export { caseChecks, checkCase, createCheckContext } from './consistency';
export type { ValidateOptions } from './validate';
export { validateCaseSource } from './validate';
export { canonicalJson, hashCase } from './hash';
export { caseJsonSchema, caseJsonSchemaText } from './json-schema';
export type { CaseLibrary, CaseLoadFailure, LibraryCase } from './library';
export { caseKey, findCaseByKey, isStored, resolveSessionCase, STORED_PREFIX, type SessionCaseRef } from './case-key';
export type { CaseFileCheck, CaseFileRecord, StoredCaseSource } from './stored';
export { checkCaseFile, createStoredCaseLoader, loadStoredCase, loadStoredCases, mergeCaseLibraries, storedCaseFileName } from './stored';
