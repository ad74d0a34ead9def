import { LangDict } from './default'

// English only for now. A translation maps each number in default.ts to its
// text, e.g. `de_DE: { 0: 'Spark Control startet', ... }`.
export default {} satisfies Record<string, LangDict>
