// STUB: being written. Replace the whole file.
import type { EventResult, RuleContext } from '../types.js';
export function tribunalDecision(_context: RuleContext): EventResult { throw new Error('not implemented: tribunalDecision'); }
