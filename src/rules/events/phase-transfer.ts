// §5.6: a move between phases of education. SEND Regulations 2014 reg 18: the plan must be reviewed
// and amended before 15 February of the year of transfer (before 31 March for secondary school to a
// post-16 institution); a move between post-16 institutions at least 5 months before it.
import { addCalendarMonths, earliest, PlainDate } from '../../dates/index.js';
import { laFailureBlock, LA_FAILURE_NOTE } from '../blocks/la-failure.js';
import { dateOf } from '../context.js';
import { notMovedText, show } from '../counting.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import type { TransferKind } from '../vocabulary.js';

interface Candidate {
  date: PlainDate;
  text: string;
  source: string;
  ambiguous: boolean;
}

type BetweenPhases = Exclude<TransferKind, 'same_phase'>;

function candidateFor(kind: BetweenPhases, transfer: PlainDate): Candidate {
  const year = transfer.year;
  if (kind === 'secondary_to_post16') {
    const date = PlainDate.of(year, 3, 30);
    return { date, text: `"before 31 March ${year}", so by ${show(date)} (the Code of Practice says "by 31 March")`, source: 'SEND Regulations 2014 reg 18(1)(a)', ambiguous: true };
  }
  if (kind === 'post16_to_post16') {
    const date = addCalendarMonths(transfer, -5);
    return { date, text: `at least 5 months before the move on ${show(transfer)}: ${show(date)}`, source: 'SEND Regulations 2014 reg 18(2)', ambiguous: false };
  }
  const date = PlainDate.of(year, 2, 14);
  return { date, text: `"before 15 February ${year}", so by ${show(date)} (guidance often says "by 15 February")`, source: 'SEND Regulations 2014 reg 18(1)(b)', ambiguous: true };
}

export function phaseTransferPlanDeadline(context: RuleContext): DeadlineDraft | undefined {
  const transfer = dateOf(context.situation, 'transfer');
  if (!transfer) return undefined;
  const kind = context.situation.transfer_kind;
  if (kind === 'same_phase') return undefined;
  if (kind) {
    const c = candidateFor(kind, transfer);
    return { what: 'la_phase_transfer_plan', date: c.date, rule: `amended plan ${c.text}${notMovedText(c.date, context.calendar)}`, source: c.source, ambiguous: c.ambiguous, kind: 'duty' };
  }
  // Kind unknown: the earliest of the three readings (conservative), all named.
  const options = (['primary_to_secondary', 'secondary_to_post16', 'post16_to_post16'] as const).map((k) => candidateFor(k, transfer));
  const date = earliest(options.map((o) => o.date)) ?? transfer;
  return {
    what: 'la_phase_transfer_plan',
    date,
    rule: `kind of move not given, so the earliest of: ${options.map((o) => o.text).join('; ')}${notMovedText(date, context.calendar)}`,
    source: 'SEND Regulations 2014 reg 18',
    ambiguous: true,
    kind: 'duty',
  };
}

/**
 * §12.3: a move within a phase (say, mainstream secondary to special secondary) is not a "transfer
 * between phases of education" (SEND Regulations 2014 reg 2(1)), so reg 18 sets no date and nothing
 * can be missed; the parent asks the LA for an early review and the new school named in time.
 */
function moveWithinPhase(context: RuleContext): EventResult {
  const delay = context.situation.event === 'phase_transfer_delay';
  return {
    routes: ['chase_la', ...(delay ? (['la_complaint'] as const) : [])],
    deadlines: [],
    mediationAdviceRequired: null,
    notes: [
      'A move within the same phase (for example from one secondary school to another) has no fixed date in the law for changing the plan (SEND Regulations 2014 reg 2(1) and reg 18 cover moves between phases only).',
      'Ask the LA in writing for an early review of the plan, and for the new school or college to be named in the plan before the move.',
      'Once the amended plan is issued you can appeal sections B, F and I.',
      ...(delay ? ['If the LA does not act in reasonable time, you can complain to the LA, and then to the Ombudsman.'] : []),
    ],
  };
}

export function phaseTransfer(context: RuleContext): EventResult {
  if (context.situation.transfer_kind === 'same_phase') return moveWithinPhase(context);
  const deadline = phaseTransferPlanDeadline(context);
  const delay = context.situation.event === 'phase_transfer_delay';
  const block = laFailureBlock(context, {
    triggers: deadline ? [{ deadline, startPath: 'dates.transfer' }] : [],
    head: 'chase_la',
    alwaysFull: delay,
  });
  const notes = [
    'Ask the LA in writing to review the plan and name the new school or college in time for the move.',
    'Once the amended plan is issued you can appeal sections B, F and I.',
  ];
  if (!context.situation.transfer_kind) notes.push('Tell the LA which kind of move this is; until then the earliest possible date is shown.');
  if (block.routes.length > 0) notes.push(LA_FAILURE_NOTE);
  return {
    routes: ['chase_la', 'make_representations', ...block.routes, ...(delay ? (['legal_advice'] as const) : [])],
    deadlines: [...(deadline ? [deadline] : []), ...block.deadlines],
    mediationAdviceRequired: null,
    notes,
  };
}
