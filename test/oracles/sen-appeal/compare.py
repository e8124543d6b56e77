import json, sys, collections
from oracle import oracle

cases = {c['id']: c for c in json.load(open(sys.argv[1]))}
res = json.load(open(sys.argv[2]))
classes = collections.defaultdict(list)
ok = 0
for r in res:
    c = cases[r['id']]
    o = oracle(c['situation'], c['as_of'])
    probs = []
    if 'error' in r:
        ys = [int(v[k][:4]) for v in o['deadlines'].values() for k in ('date', 'latest')]
        if 'CoverageError' in r['error'] and ys and max(ys) >= 2029:
            ok += 1
            continue
        probs.append(('error', r['error'][:80]))
    else:
        out = r['outcome']
        routes = out['routes']
        if out['mediation_advice_required'] != o['mar']:
            probs.append(('mar', f"code={out['mediation_advice_required']} oracle={o['mar']}"))
        for rt in o['required']:
            if rt not in routes:
                probs.append(('missing_route:' + rt, o['state']))
        for rt in o['forbidden']:
            if rt in routes:
                probs.append(('forbidden_route:' + rt, o['state']))
        for a, b in o['orders']:
            if a in routes and b in routes and routes.index(a) > routes.index(b):
                probs.append(('order:' + a + '>' + b, o['state']))
        if routes and routes[-1] != 'sendiass':
            probs.append(('sendiass_not_last', ''))
        if 'legal_advice' in routes and (len(routes) < 2 or routes[-2] != 'legal_advice'):
            probs.append(('legal_advice_pos', ''))
        cd = {}
        for d in out['deadlines']:
            if d['what'] in cd:
                probs.append(('dup_deadline:' + d['what'], ''))
            cd[d['what']] = d
        for w, od in o['deadlines'].items():
            if w not in cd:
                probs.append(('missing_deadline:' + w, o['state']))
                continue
            d = cd[w]
            if d['date'] != od['date']:
                probs.append(('date:' + w, f"code={d['date']} oracle={od['date']}"))
            if bool(d['ambiguous']) != od['ambiguous']:
                probs.append(('amb:' + w, f"code={d['ambiguous']} oracle={od['ambiguous']}"))
            if bool(d['possibly_late']) != od['possibly_late']:
                probs.append(('pl:' + w, f"code={d['possibly_late']} oracle={od['possibly_late']}"))
        for w in cd:
            if w not in o['deadlines']:
                probs.append(('extra_deadline:' + w, o['state']))
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
