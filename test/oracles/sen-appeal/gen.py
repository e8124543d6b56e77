import json, random, sys
import os
from datetime import date, timedelta
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from harness import random_date
from oracle import oracle, SEN, T1

SECTIONS = ['B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']


def rdate(rng):
    return random_date(rng, 0.5, [10, 11, 6, 7])


def gen_one(rng, i):
    ev = rng.choice(SEN)
    r = rng.random()
    if r < 0.15:
        dw = []
    elif r < 0.3:
        dw = ['I']
    elif r < 0.45:
        dw = ['I'] + rng.sample([s for s in SECTIONS if s != 'I'], rng.randint(1, 3))
    elif r < 0.7:
        dw = rng.sample(['C', 'D', 'E', 'G', 'H1', 'H2', 'J', 'K'], rng.randint(1, 3))
    else:
        dw = rng.sample(SECTIONS, rng.randint(1, 4))
    start = rdate(rng)
    dates = {}
    r = rng.random()
    if r < 0.45:
        dates['decision_letter'] = start
    elif r < 0.55:
        dates['decision_emailed'] = start
    elif r < 0.75:
        a = start
        b = start + timedelta(days=rng.randint(0, 6))
        if rng.random() < 0.5:
            a, b = b, a
        dates['decision_letter'] = a
        dates['decision_emailed'] = b
    elif r < 0.92:
        dates['decision_received'] = start
    else:
        pass  # none
    if rng.random() < 0.2 and dates:
        dates['decision_received'] = start + timedelta(days=rng.randint(-3, 5))
    sit = {'who': 'parent', 'setting': rng.choice(['school', 'college', 'early_years']),
           'has_ehc_plan': rng.random() < 0.5, 'event': ev}
    if rng.random() < 0.9:
        sit['disagree_with'] = dw
    d1 = T1(start, 2)
    # mediation
    mr = rng.random()
    if mr < 0.3:
        pass
    else:
        def near():
            c = rng.random()
            if c < 0.3:
                return d1 + timedelta(days=rng.randint(-3, 3))
            return start + timedelta(days=rng.randint(0, 75))
        contact = near()
        if rng.random() < 0.75:
            dates['contacted_mediation_adviser'] = contact
        if rng.random() < 0.4:
            told = contact + timedelta(days=rng.randint(0, 5))
            dates['told_la_wants_mediation'] = told
        else:
            told = None
        base = told or contact
        k = rng.random()
        if k < 0.3:
            dates['mediation_held'] = base + timedelta(days=rng.randint(0, 35))
        elif k < 0.45:
            dates['la_told_adviser_mediation_not_arranged'] = base + timedelta(days=rng.randint(0, 35))
        if rng.random() < 0.35:
            sit['mediation_declined'] = rng.random() < 0.8
        if rng.random() < 0.35:
            trig = max([v for k2, v in dates.items() if k2 in ('contacted_mediation_adviser', 'told_la_wants_mediation', 'mediation_held', 'la_told_adviser_mediation_not_arranged')] or [contact])
            dates['mediation_certificate_issued'] = trig + timedelta(days=rng.randint(0, 12))
    # as_of
    prov = {'situation': sit, 'dates': dates}
    sit['dates'] = {k: v.isoformat() for k, v in dates.items()}
    o = oracle(sit, (start + timedelta(days=30)).isoformat())
    keys = [start, d1]
    for dd in o['deadlines'].values():
        keys.append(date.fromisoformat(dd['date']))
        keys.append(date.fromisoformat(dd['latest']))
    if o.get('P'):
        keys.append(date.fromisoformat(o['P']))
    keys += list(dates.values())
    k = rng.choice(keys)
    as_of = k + timedelta(days=rng.choice([-2, -1, 0, 0, 1, 1, 2, 5, 20]))
    return {'id': i, 'situation': sit, 'as_of': as_of.isoformat()}


if __name__ == '__main__':
    n = int(sys.argv[1]); seed = int(sys.argv[2]); outp = sys.argv[3]
    rng = random.Random(seed)
    json.dump([gen_one(rng, i) for i in range(n)], open(outp, 'w'))
