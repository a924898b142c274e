export { ImportSessions } from './ImportSessions';
