export { ReviewDashboard } from './ReviewDashboard';
export { DASHBOARD_START } from './filter-state';
export { firstPageQuery } from './useSummaryPages';
