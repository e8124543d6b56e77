// §5.10: asking the First-tier Tribunal for permission to appeal to the Upper Tribunal: 28 days after
// the written reasons were sent (HESC r.46 ⚠). In SEN cases August and 25 Dec–1 Jan are not counted
// (r.12(3)(b)); in disability claims they are. r.12(2) then moves a non-working last day.
import { addDaysSkippingRule12Windows, addDaysThenNextWorkingDay, earlierOf, laterOf, type PlainDate } from '../../dates/index.js';
import { countFrom, dateOf } from '../context.js';
import { latestCandidateOrLowerBound, show } from '../counting.js';
import { sentences } from '../plain-working.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';

function permissionDeadline(context: RuleContext): DeadlineDraft | undefined {
  const reasons = dateOf(context.situation, 'written_reasons_sent');
  if (!reasons) return undefined;
  const type = context.situation.tribunal_case_type;
  const { calendar, asOf } = context;
  // Only the counts the case type needs are made: one that is not used must not fail the request
  // for want of a year's bank holidays (rules-table §1).
  const senCount = () => addDaysSkippingRule12Windows(reasons, 28, calendar);
  const plainCount = () => addDaysThenNextWorkingDay(reasons, 28, calendar);
  const senText = (sen: string) =>
    sentences(
      'For an appeal about special educational needs, count 28 days from then',
      'Leave out any days in August and from 25 December to 1 January',
      'If the last day is not a working day, it moves to the next working day',
      `That gives ${sen}`,
    );
  const plainText = (plain: string) =>
    sentences(
      'For a disability discrimination claim, count 28 days from then',
      'If the last day is not a working day, it moves to the next working day',
      `That gives ${plain}`,
    );
  return countFrom('dates.written_reasons_sent', () => {
    let date: PlainDate;
    let latestCandidate: PlainDate;
    let rule: string;
    if (type === 'sen_appeal') {
      date = latestCandidate = senCount();
      rule = senText(show(date));
    } else if (type === 'disability_discrimination_claim') {
      date = latestCandidate = plainCount();
      rule = plainText(show(date));
    } else {
      // Skipping days only ever makes the SEN count later, so the plain count is the earlier one.
      const plain = plainCount();
      const sen = latestCandidateOrLowerBound(senCount, asOf, calendar);
      date = earlierOf(plain, sen.date);
      latestCandidate = laterOf(plain, sen.date);
      rule = sentences('You did not say what kind of case it was, so the earlier of two dates is shown', senText(sen.text), plainText(show(plain)));
    }
    return {
      what: 'fft_permission_to_appeal' as const,
      date,
      rule: sentences(`The Tribunal sent its written reasons on ${show(reasons)}`, rule, 'The 28-day time limit was checked against guides to the rules only'),
      source: 'HESC Rules 2008 r.46 ⚠, r.12(2)–(3)',
      ambiguous: true,
      kind: 'parent' as const,
      latestCandidate,
    };
  });
}

export function tribunalDecision(context: RuleContext): EventResult {
  const deadline = permissionDeadline(context);
  return {
    routes: ['upper_tribunal_permission', 'legal_advice'],
    deadlines: deadline ? [deadline] : [],
    mediationAdviceRequired: null,
    notes: [
      'You can only appeal if the Tribunal got the law wrong, not because you disagree with its view of the facts. Get legal advice.',
      'If the deadline has passed, you can still apply and ask the Tribunal to extend the time (HESC r.5(3)(a)): explain why.',
      'If the First-tier Tribunal refuses permission, you can ask the Upper Tribunal within 1 month of the refusal being sent (Upper Tribunal Rules r.21(3)(b)).',
    ],
  };
}
