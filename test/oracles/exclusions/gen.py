import json, random, sys
import os
from datetime import date, timedelta
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from harness import random_date
from oracle import oracle, Uncovered, EVENTS


def rdate(rng):
    return random_date(rng, 0.45, [3, 4, 5, 6, 11, 12])


def holidays(rng, base):
    r = rng.random()
    if r < 0.25:
        return None
    if r < 0.35:
        return []
    out = []
    for _ in range(rng.randint(1, 4)):
        a = base + timedelta(days=rng.randint(-5, 40))
        k = rng.random()
        if k < 0.15:
            b = a - timedelta(days=rng.randint(1, 5))  # reversed: contains no day
        else:
            b = a + timedelta(days=rng.randint(0, 12))
        out.append([a.isoformat(), b.isoformat()])
    if out and rng.random() < 0.3:
        a = date.fromisoformat(out[0][0]) + timedelta(days=rng.randint(0, 3))  # overlapping
        out.append([a.isoformat(), (a + timedelta(days=rng.randint(0, 8))).isoformat()])
    return out


def near(rng, x):
    return x + timedelta(days=rng.choice([0, 0, 1, 2, 3, -1, -2, 5, 10, 20]))


def gen_one(rng, i):
    ev = rng.choice(EVENTS)
    base = rdate(rng)
    edge = rng.random() < 0.04
    if edge:
        # §1 coverage edge: claims ending at the end of the last covered year (County Court latest
        # candidate and conduct counted to as_of reach into the uncovered year; lower bounds decide)
        base = date(2028, 6, 20) + timedelta(days=rng.randint(0, 15))
    sit = {'who': rng.choice(['parent', 'young_person']), 'setting': rng.choice(['school', 'school', 'college', 'early_years']),
           'has_ehc_plan': rng.random() < 0.5, 'event': ev}
    if rng.random() < 0.6:
        sit['provider_type'] = rng.choice(['school', 'school', 'private_nursery', 'fe_college', 'other_provider'])
    if rng.random() < 0.5:
        sit['disability_related'] = rng.random() < 0.75
    h = holidays(rng, base)
    if h is not None or rng.random() < 0.5:
        sit['school_holidays'] = h
    dates = {}
    if ev == 'permanent_exclusion':
        if rng.random() < 0.85:
            dates['exclusion_notice'] = base
        if rng.random() < 0.7:
            dates['exclusion_starts'] = near(rng, base) if rng.random() < 0.8 else base + timedelta(days=rng.randint(0, 4))
        if rng.random() < 0.6:
            dates['board_notified'] = base + timedelta(days=rng.randint(0, 5))
    elif ev == 'permanent_exclusion_upheld':
        if rng.random() < 0.6:
            dates['exclusion_notice'] = base
        if rng.random() < 0.4:
            dates['exclusion_starts'] = base + timedelta(days=rng.randint(0, 4))
        if rng.random() < 0.85:
            dates['board_decision_letter'] = base + timedelta(days=rng.randint(5, 30)) if dates else base
        if rng.random() < 0.75:
            sit['board_decision_sent_by'] = rng.choice(['email', 'first_class_post', 'hand'])
        if 'board_decision_letter' in dates and rng.random() < 0.5:
            # §12.1: the day it arrived: usually later, sometimes the same day or (wrongly) earlier
            dates['board_decision_received'] = dates['board_decision_letter'] + timedelta(days=rng.choice([-1, 0, 1, 2, 3, 4, 5, 7, 10]))
    elif ev == 'suspension':
        if rng.random() < 0.85:
            dates['suspension_notice'] = base
        if rng.random() < 0.7:
            dates['suspension_starts'] = base + timedelta(days=rng.randint(0, 4))
        if rng.random() < 0.6:
            dates['board_notified'] = base + timedelta(days=rng.randint(0, 5))
        if rng.random() < 0.85:
            sit['suspension_days_this_term'] = rng.choice([0, 1, 5, 6, 7, 10, 15, 16, 20, 45, rng.randint(0, 60)])
        if rng.random() < 0.8:
            sit['suspension_length_days'] = rng.choice([1, 3, 5, 6, 7, 10, rng.randint(1, 20)])
        if rng.random() < 0.6:
            sit['misses_public_exam'] = rng.random() < 0.4
        if rng.random() < 0.6:
            sit['representations_made'] = rng.random() < 0.6
    else:
        r = rng.random()
        if r < 0.35:
            dates['conduct'] = base
            if rng.random() < 0.3:
                dates['conduct_started'] = base - timedelta(days=rng.randint(1, 90))
        elif r < 0.65:
            dates['conduct_started'] = base
            dates['conduct_ended'] = base + timedelta(days=rng.randint(0, 120))
        elif r < 0.75:
            dates['conduct_ended'] = base
        elif r < 0.95:
            dates['conduct_started'] = base
    if rng.random() < 0.15:
        # representations etc. on other events (changes nothing)
        sit['representations_made'] = rng.random() < 0.5
    sit['dates'] = {k: v.isoformat() for k, v in dates.items()}
    keys = list(dates.values()) or [base]
    for probe in (base + timedelta(days=30), base + timedelta(days=183)):
        try:
            o = oracle(sit, probe.isoformat())
        except Uncovered:
            continue
        for dd in o['deadlines'].values():
            keys += [date.fromisoformat(dd['date']), date.fromisoformat(dd['latest'])]
    if edge:
        as_of = date(2028, 12, 20) + timedelta(days=rng.randint(0, 17))
    elif ev == 'disability_discrimination' and 'conduct' not in dates and rng.random() < 0.5:
        # conduct counted to as_of: as_of near or after the end of the conduct
        k = rng.choice(keys)
        as_of = k + timedelta(days=rng.randint(-20, 400))
    else:
        k = rng.choice(keys)
        as_of = k + timedelta(days=rng.choice([-2, -1, 0, 0, 0, 1, 1, 1, 2, 3, 5, 20, -30]))
    return {'id': i, 'situation': sit, 'as_of': as_of.isoformat()}


if __name__ == '__main__':
    n = int(sys.argv[1]); seed = int(sys.argv[2]); outp = sys.argv[3]
    rng = random.Random(seed)
    json.dump([gen_one(rng, i) for i in range(n)], open(outp, 'w'))
