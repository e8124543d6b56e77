import json, sys, collections
from oracle import oracle, Uncovered

cases = {c['id']: c for c in json.load(open(sys.argv[1]))}
res = json.load(open(sys.argv[2]))
classes = collections.defaultdict(list)
ok = 0
for r in res:
    c = cases[r['id']]
    probs = []
    try:
        o = oracle(c['situation'], c['as_of'])
    except Uncovered as e:
        o = None
        if 'error' not in r:
            probs.append(('expected_uncovered_error', f'year {e.args[0]} path {e.args[1] if len(e.args) > 1 else None}'))
        elif 'Coverage' not in r['error'] and 'cover' not in r['error'].lower():
            probs.append(('wrong_error', r['error'][:80]))
    if o is not None and 'error' in r:
        probs.append(('code_error', r['error'][:80]))
    elif o is not None:
        out = r['outcome']
        routes = out['routes']
        if out['mediation_advice_required'] is not None:
            probs.append(('mar', f"code={out['mediation_advice_required']} oracle=None"))
        for rt in o['required']:
            if rt not in routes:
                probs.append(('missing_route:' + rt, o['regime']))
        for rt in o['forbidden']:
            if rt in routes:
                probs.append(('forbidden_route:' + rt, o['regime']))
        if 'disability_discrimination_claim' in routes and 'disability_discrimination_late_claim' in routes:
            probs.append(('forbidden_route:claim+late_claim', ''))
        for a, b in o['orders']:
            if a in routes and b in routes and routes.index(a) > routes.index(b):
                probs.append(('order:' + a + '>' + b, o['regime']))
        if not routes or routes[-1] != 'sendiass':
            probs.append(('sendiass_not_last', ''))
        if 'legal_advice' in routes and (len(routes) < 2 or routes[-2] != 'legal_advice'):
            probs.append(('legal_advice_pos', ''))
        if any(x in routes for x in ('judicial_review', 'disability_discrimination_county_court',
                                     'disability_discrimination_late_claim')) and 'legal_advice' not in routes:
            probs.append(('missing_route:legal_advice(4.3 on code routes)', ''))
        cd = {}
        for d in out['deadlines']:
            if d['what'] in cd:
                probs.append(('dup_deadline:' + d['what'], ''))
            cd[d['what']] = d
        for w, od in o['deadlines'].items():
            if w not in cd:
                probs.append(('missing_deadline:' + w, o['regime']))
                continue
            d = cd[w]
            if d['date'] != od['date']:
                probs.append(('date:' + w, f"code={d['date']} oracle={od['date']}"))
            if bool(d['ambiguous']) != od['ambiguous']:
                probs.append(('amb:' + w, f"code={d['ambiguous']} oracle={od['ambiguous']}"))
            if bool(d['possibly_late']) != od['possibly_late']:
                probs.append(('pl:' + w, f"code={d['possibly_late']} oracle={od['possibly_late']} latest={od['latest']}"))
        for w in cd:
            if w not in o['listed']:
                probs.append(('unlisted_deadline:' + w, o['regime']))
            elif w not in o['deadlines']:
                probs.append(('extra_deadline:' + w, o['regime']))
        if out['out_of_time'] != o['out_of_time']:
            probs.append(('oot', f"code={out['out_of_time']} oracle={o['out_of_time']}"))
    if probs:
        for p in set(x[0] for x in probs):
            classes[p].append((c, probs, r))
    else:
        ok += 1
print(f'matched {ok}/{len(res)}')
for k, v in sorted(classes.items(), key=lambda kv: -len(kv[1])):
    c, probs, r = min(v, key=lambda t: len(json.dumps(t[0])))
    print(f'== {k}: {len(v)}')
    print('   ', json.dumps({'situation': c['situation'], 'as_of': c['as_of']}))
    print('   ', probs)
    print('   code:', json.dumps(r.get('outcome', r.get('error'))))
