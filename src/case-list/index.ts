// The public surface of the case list feature.
export { CaseList } from './CaseList';
export { formatVitals, formatAge } from '../ui/case-format';
export { CaseImport } from './CaseImport';
export { importCaseFiles, type ImportDeps, type ImportOutcome, type PickedFile } from './import-cases';
