// Runs before each test file: the folders it made with scratchDir() are removed when it is done.
import { afterAll } from 'vitest';
import { removeScratchDirs } from '../fixtures/scratch';

afterAll(removeScratchDirs);
