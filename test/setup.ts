/** Runs around every test file: temporary trees do not outlive their file. */
import { afterAll } from 'vitest';
import { removeTrees } from './helpers.js';

afterAll(removeTrees);
