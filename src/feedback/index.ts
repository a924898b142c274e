export { FeedbackView, type Attempt, type FeedbackGrading } from './FeedbackView';
