// The review desk for one session, as the app composes it.
export { ReviewSessionView, type ReviewUpdate } from './ReviewSessionView';
