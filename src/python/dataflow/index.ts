/**
 * Data flow of Python statements inside a function: what a range of
 * statements takes and gives back, to move it into a helper.
 */
export { analyzeRange, type RangeFlow } from './range.js';
