// STUB: being written. Replace the whole file.
import type { EventResult, RuleContext } from '../types.js';
export function assessmentRequested(_context: RuleContext): EventResult { throw new Error('not implemented: assessmentRequested'); }
export function laDelay(_context: RuleContext): EventResult { throw new Error('not implemented: laDelay'); }
