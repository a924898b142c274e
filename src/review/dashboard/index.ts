export { ReviewDashboard } from './ReviewDashboard';
