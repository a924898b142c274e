declare module 'virtual:bundled-cases' {
  import type { CaseLibrary } from './case/library';
  const library: CaseLibrary;
  export default library;
}
