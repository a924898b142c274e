export { ImportSessions } from './ImportSessions';
export { ExportSessions } from './ExportSessions';
