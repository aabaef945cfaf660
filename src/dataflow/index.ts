/**
 * Data flow of Python statements inside a function: what a range of
 * statements takes and gives back (to move it into a helper), and what each
 * statement reads and changes (to slice a test).
 */
export { analyzeRange, type RangeFlow } from './range.js';
export { statementEffects, type StatementEffects } from './effects.js';
