// The public surface of the case list feature.
export { CaseList } from './CaseList';
export { formatVitals, formatAge } from '../ui/case-format';
