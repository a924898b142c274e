// The instructor's view of one case's cohort: analytics (pure), loading, and the components.
export { CohortView, type CohortViewProps } from './CohortView';
export { CaseSelect } from './CaseSelect';
export type { PooledAgreement } from './AgreementPanel';
export { agreementOf, type Attempts } from './analytics';
export { listCohortCases, loadCohort, loadPooledPairs, type CohortCaseOption, type LoadedCohort, type PooledPairs } from './load';
