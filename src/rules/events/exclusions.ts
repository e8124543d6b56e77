// STUB: being written. Replace the whole file.
import type { EventResult, RuleContext } from '../types.js';
export function permanentExclusion(_context: RuleContext): EventResult { throw new Error('not implemented: permanentExclusion'); }
export function permanentExclusionUpheld(_context: RuleContext): EventResult { throw new Error('not implemented: permanentExclusionUpheld'); }
export function suspension(_context: RuleContext): EventResult { throw new Error('not implemented: suspension'); }
