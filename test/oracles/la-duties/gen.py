import json, random, sys
from datetime import date, timedelta
from oracle import key_dates

random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
import os
N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
LO, HI = date(2024, 3, 1), date(2028, 6, 30)
EVENTS = ['assessment_requested', 'la_delay', 'draft_plan_issued', 'annual_review', 'phase_transfer_pending',
          'phase_transfer_delay', 'provision_not_delivered', 'tribunal_order', 'mediation_agreement',
          'tribunal_decision', 'sen_support_concerns', 'la_conceded_appeal']
KINDS = ['early_years_to_school', 'infant_to_junior', 'primary_to_middle', 'primary_to_secondary',
         'middle_to_secondary', 'secondary_to_post16', 'post16_to_post16', 'same_phase']
OT = ['assess', 'make_and_maintain_plan', 'amend_plan', 'amend_section_I_only', 'continue_to_maintain']
TERMS = OT + ['other']
SPECIAL = [date(2024, 2, 29) + timedelta(days=0), date(2024, 12, 25), date(2025, 4, 18), date(2024, 8, 1),
           date(2025, 1, 31), date(2026, 3, 31), date(2027, 7, 31), date(2024, 7, 25), date(2025, 7, 25),
           date(2027, 12, 24), date(2026, 2, 28), date(2028, 2, 28), date(2028, 2, 29), date(2024, 3, 31),
           date(2025, 10, 31)]


WIDE = False
ALLKEYS = ['decision_letter','decision_emailed','decision_received','contacted_mediation_adviser','told_la_wants_mediation','mediation_held','la_told_adviser_mediation_not_arranged','mediation_certificate_issued','request_received_by_la','la_agreed_to_assess','draft_plan_sent','review_meeting','proposed_amendments_sent','transfer','first_noticed','la_complaint_final_response','suspension_notice','suspension_starts','board_notified','exclusion_notice','exclusion_starts','board_decision_letter','conduct','conduct_started','conduct_ended','order_made','order_sent','written_reasons_sent','mediation_agreement','board_decision_received','la_notified_tribunal']
def rdate(lo=LO, hi=HI):
    if WIDE and random.random() < 0.3:
        lo, hi = date(2023, 1, 1), date(2029, 12, 31)
    if random.random() < 0.08:
        d = random.choice(SPECIAL)
        if lo <= d <= hi:
            return d
    return lo + timedelta(days=random.randrange((hi - lo).days + 1))


def near(d, lo=-40, hi=200):
    x = d + timedelta(days=random.randint(lo, hi))
    return x


def maybe(p=0.5):
    return random.random() < p


def gen_one():
    ev = random.choice(EVENTS)
    s = {'who': random.choice(['parent', 'young_person']), 'setting': random.choice(['early_years', 'school', 'college']),
         'has_ehc_plan': maybe(), 'event': ev}
    if maybe(0.15) and ev != 'sen_support_concerns':
        s['provider_type'] = random.choice(['school', 'private_nursery', 'fe_college', 'other_provider'])
    if maybe(0.2):
        s['disagree_with'] = random.sample(['B', 'F', 'I', 'C', 'E'], random.randint(0, 2))
    d = {}
    base = rdate()
    if ev in ('assessment_requested', 'la_delay', 'draft_plan_issued'):
        if maybe(0.9):
            d['request_received_by_la'] = base
        if ev != 'draft_plan_issued' and maybe(0.5):
            # around the 6-week date
            d['la_agreed_to_assess'] = base + timedelta(days=random.choice([random.randint(0, 120), 41, 42, 43]))
        if ev == 'draft_plan_issued' and maybe(0.9):
            d['draft_plan_sent'] = near(base, 30, 160) if maybe(0.8) else rdate()
    elif ev == 'annual_review':
        if maybe(0.8):
            d['review_meeting'] = base
        if maybe(0.7):
            d['proposed_amendments_sent'] = base + timedelta(days=random.choice([random.randint(-10, 120), 27, 28, 29]))
    elif ev in ('phase_transfer_pending', 'phase_transfer_delay'):
        if maybe(0.92):
            if maybe(0.4):
                t = date(random.randint(2024, 2028), random.choice([7, 8, 9, 1, 3, 4, 6]), random.choice([1, 31, 30, 29, 28, 15, 2]) if False else 1)
                y = random.randint(2024, 2028); m = random.choice([7, 8, 9, 3, 4, 6, 10, 12]); dd = random.choice([1, 2, 28, 29, 30, 31])
                import calendar as _c
                t = date(y, m, min(dd, _c.monthrange(y, m)[1]))
                if t > HI or t < date(2024, 3, 1): t = rdate(date(2024, 9, 1), HI)
            else:
                t = rdate(date(2024, 3, 1), HI)
            d['transfer'] = t
        if maybe(0.8):
            s['transfer_kind'] = random.choice(KINDS)
    elif ev == 'provision_not_delivered':
        if maybe(0.9):
            d['first_noticed'] = base if not maybe(0.05) else date(2024, 2, 29)
        if maybe(0.3):
            d['la_complaint_final_response'] = near(base, 10, 200)
    elif ev == 'tribunal_order':
        r = random.random()
        if r < 0.45:
            d['order_made'] = base
        elif r < 0.8:
            d['order_made'] = base
            d['order_sent'] = base + timedelta(days=random.choice([0, 1, 2, 5, -1]))
        elif r < 0.95:
            d['order_sent'] = base
        if maybe(0.9):
            s['order_type'] = random.choice(OT)
    elif ev == 'mediation_agreement':
        if maybe(0.92):
            d['mediation_agreement'] = base
        r = random.random()
        if r < 0.15:
            pass
        elif r < 0.25:
            s['mediation_agreement_terms'] = []
        else:
            s['mediation_agreement_terms'] = [random.choice(TERMS) for _ in range(random.randint(1, 4))]
    elif ev == 'la_conceded_appeal':
        if maybe(0.92):
            d['la_notified_tribunal'] = base
        if maybe(0.9):
            s['order_type'] = random.choice(OT)
    elif ev == 'tribunal_decision':
        if maybe(0.92):
            d['written_reasons_sent'] = base
            if maybe(0.6):
                y = random.randint(2024, 2028); m = random.choice([7, 8, 12, 11, 1])
                d['written_reasons_sent'] = date(y, m, random.randint(1, 30 if m == 11 else 31))
                if d['written_reasons_sent'] > date(2028, 11, 30): d['written_reasons_sent'] = base
        if maybe(0.7):
            s['tribunal_case_type'] = random.choice(['sen_appeal', 'disability_discrimination_claim'])
    # noise keys
    if maybe(0.25):
        for _ in range(random.randint(1, 3)):
            d.setdefault(random.choice(ALLKEYS), rdate())
    if os.environ.get('NOISE'):
        for k in ['request_received_by_la', 'la_agreed_to_assess', 'draft_plan_sent', 'review_meeting', 'proposed_amendments_sent', 'transfer', 'first_noticed', 'order_made', 'order_sent', 'mediation_agreement', 'written_reasons_sent', 'decision_letter', 'la_complaint_final_response']:
            if maybe(0.12):
                d.setdefault(k, near(base, -60, 200))
        if maybe(0.2): s.setdefault('order_type', random.choice(OT))
        if maybe(0.2): s.setdefault('mediation_agreement_terms', [random.choice(TERMS)])
        if maybe(0.2): s.setdefault('transfer_kind', random.choice(KINDS))
        if maybe(0.2): s.setdefault('tribunal_case_type', random.choice(['sen_appeal', 'disability_discrimination_claim']))
        if maybe(0.1): s['mediation_declined'] = maybe()
    if maybe(0.15):
        s['school_holidays'] = random.choice([None, [], [[rdate().isoformat(), rdate().isoformat()]]])
    if maybe(0.1):
        s['disability_related'] = maybe()
    if ev == 'sen_support_concerns' and maybe(0.3):
        s['provider_type'] = random.choice(['school', 'private_nursery', 'fe_college', 'other_provider'])
    s['dates'] = {k: v.isoformat() for k, v in d.items()}
    kd = key_dates(s)
    if kd and maybe(0.8):
        a = random.choice(kd) + timedelta(days=random.choice([-1, 0, 1, 1, 2, -2]))
    else:
        anchors = list(d.values()) or [base]
        a = random.choice(anchors) + timedelta(days=random.randint(-20, 400))
    if maybe(0.03):
        a = date(2030, 1, 1) + timedelta(days=random.randint(0, 300))
    return {'situation': s, 'as_of': a.isoformat()}


WIDE = bool(os.environ.get('WIDE'))
cases = [gen_one() for _ in range(N)]
json.dump(cases, open(sys.argv[3] if len(sys.argv) > 3 else '/tmp/cases.json', 'w'))
print(len(cases))
