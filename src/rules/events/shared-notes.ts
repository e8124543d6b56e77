// Notes several event rules give, word for word (rules-table §12.5: wording-only corrections).

/** §12.5: an NHS complaint within 12 months (LASSNHS Complaints Regulations 2009 reg 12 ⚠); no date is computed. */
export const NHS_COMPLAINT_NOTE =
  'Make an NHS complaint within 12 months of what happened, or of when you found out about it (Local Authority Social Services and NHS Complaints Regulations 2009 reg 12). The Parliamentary and Health Service Ombudsman usually expects you to go to it within 12 months too. No date is worked out here, so complain early.';

/** §12.5: CFA 2014 s.83(2) and s.80; never "aged 16 to 25". */
export const YOUNG_PERSON_NOTE =
  'A young person is someone over compulsory school age and under 25. Compulsory school age ends on the last Friday in June of the school year in which they turn 16, so the rights pass to them the day after. If a young person lacks the mental capacity to make a decision, an alternative person (often a parent) can act for them (Children and Families Act 2014 ss.80 and 83(2)).';

/** §12.5: SI 2017/1306 ⚠ (explanatory note read): recommendations are not binding, but must be answered. */
export const RECOMMENDATIONS_NOTE =
  'The Tribunal\'s recommendations about health and social care are not binding. But the health body or the LA must reply in writing within 5 weeks, and give its reasons if it will not follow them (SEND (First-tier Tribunal Recommendations Power) Regulations 2017).';
