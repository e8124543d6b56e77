"""Plumbing shared by the oracles' gen.py and compare.py: random dates in the years the shipped
bank holidays cover, the checks every outcome gets, and the report. Only plumbing: each oracle.py
stays independent, written from rules-table.md alone."""
import calendar, collections, json
from datetime import date, timedelta

LO, HI = date(2024, 3, 1), date(2028, 6, 30)


def random_date(rng, near_share, near_months):
    """A quarter month ends (T1/T2 clamps), then up to near_share in near_months (dates just before
    a rule-12 window or a run of bank holidays), otherwise any day between LO and HI."""
    mode = rng.random()
    if mode < 0.25:
        while True:
            y, m, d = rng.randint(2024, 2028), rng.randint(1, 12), rng.choice([28, 29, 30, 31])
            if d <= calendar.monthrange(y, m)[1] and LO <= date(y, m, d) <= HI:
                return date(y, m, d)
    if mode < near_share:
        y, m = rng.randint(2024, 2028), rng.choice(near_months)
        x = date(y, m, rng.randint(1, calendar.monthrange(y, m)[1]))
        if LO <= x <= HI:
            return x
    return LO + timedelta(days=rng.randint(0, (HI - LO).days))


def outcome_problems(out, o, label, mar, listed=None):
    """What rules-table §0.1 checks, comparing the code's outcome `out` with the oracle's `o`
    (required, forbidden, orders, deadlines keyed by id, out_of_time). `listed`: the ids the event's
    table lists, to tell an id the table never gives from one it gives in other situations."""
    probs = []
    routes = out['routes']
    if out['mediation_advice_required'] != mar:
        probs.append(('mar', f"code={out['mediation_advice_required']} oracle={mar}"))
    for rt in o['required']:
        if rt not in routes:
            probs.append(('missing_route:' + rt, label))
    for rt in o['forbidden']:
        if rt in routes:
            probs.append(('forbidden_route:' + rt, label))
    for a, b in o['orders']:
        if a in routes and b in routes and routes.index(a) > routes.index(b):
            probs.append(('order:' + a + '>' + b, label))
    if not routes or routes[-1] != 'sendiass':
        probs.append(('sendiass_not_last', ''))
    if 'legal_advice' in routes and (len(routes) < 2 or routes[-2] != 'legal_advice'):
        probs.append(('legal_advice_pos', ''))
    code = {}
    for d in out['deadlines']:
        if d['what'] in code:
            probs.append(('dup_deadline:' + d['what'], ''))
        code[d['what']] = d
    for w, od in o['deadlines'].items():
        if w not in code:
            probs.append(('missing_deadline:' + w, label))
            continue
        d = code[w]
        if d['date'] != od['date']:
            probs.append(('date:' + w, f"code={d['date']} oracle={od['date']}"))
        if bool(d['ambiguous']) != od['ambiguous']:
            probs.append(('amb:' + w, f"code={d['ambiguous']} oracle={od['ambiguous']}"))
        if bool(d['possibly_late']) != od['possibly_late']:
            probs.append(('pl:' + w, f"code={d['possibly_late']} oracle={od['possibly_late']} latest={od.get('latest')}"))
    for w in code:
        if listed is not None and w not in listed:
            probs.append(('unlisted_deadline:' + w, label))
        elif w not in o['deadlines']:
            probs.append(('extra_deadline:' + w, label))
    if out['out_of_time'] != o['out_of_time']:
        probs.append(('oot', f"code={out['out_of_time']} oracle={o['out_of_time']}"))
    return probs


def compare_files(cases_path, results_path, problems_for):
    """Prints `matched X/Y`, then the smallest situation for each kind of mismatch.
    problems_for(case, result) gives a list of (kind, detail) pairs; empty when they agree."""
    cases = {c['id']: c for c in json.load(open(cases_path))}
    results = json.load(open(results_path))
    classes = collections.defaultdict(list)
    ok = 0
    for r in results:
        c = cases[r['id']]
        probs = problems_for(c, r)
        if probs:
            for kind in set(p[0] for p in probs):
                classes[kind].append((c, probs, r))
        else:
            ok += 1
    print(f'matched {ok}/{len(results)}')
    for kind, found in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        c, probs, r = min(found, key=lambda t: len(json.dumps(t[0])))
        print(f'== {kind}: {len(found)}')
        print('   ', json.dumps({'situation': c['situation'], 'as_of': c['as_of']}))
        print('   ', probs)
        print('   code:', json.dumps(r.get('outcome', r.get('error'))))
