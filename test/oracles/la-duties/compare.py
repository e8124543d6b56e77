import json, sys, collections
from oracle import oracle, Uncovered

cases = json.load(open(sys.argv[1]))
outs = json.load(open(sys.argv[2]))
N4 = [('chase_la', 'la_complaint'), ('la_complaint', 'lgsco_complaint'), ('lgsco_complaint', 'judicial_review'),
      ('chase_la', 'lgsco_complaint'), ('chase_la', 'judicial_review'), ('la_complaint', 'judicial_review'),
      ('enforce_order_or_agreement', 'la_complaint'), ('health_complaint', 'phso_complaint'),
      ('talk_to_setting', 'setting_complaint'), ('setting_complaint', 'dfe_complaint'), ('talk_to_setting', 'dfe_complaint')]


def diff_case(c, out):
    probs = []
    try:
        o = oracle(c['situation'], c['as_of'])
    except Uncovered as e:
        if out['ok']:
            probs.append(('expected_uncovered_error', str(e)))
        elif len(e.args) > 1 and e.args[1] and out.get('path') != e.args[1]:
            probs.append(('error_path', f"code={out.get('path')} oracle={e.args[1]}"))
        return probs
    if not out['ok']:
        return [('code_error', out['error'][:80])]
    routes = out['routes']
    for r in o['routes']:
        if r not in routes:
            probs.append(('missing_route', r))
    for r in o['forbidden']:
        if r in routes:
            probs.append(('forbidden_route', r))
    if not routes or routes[-1] != 'sendiass':
        probs.append(('sendiass_not_last', None))
    if 'legal_advice' in routes and (len(routes) < 2 or routes[-2] != 'legal_advice'):
        probs.append(('legal_advice_not_second_last', None))
    for a, b in N4:
        if a in routes and b in routes and routes.index(a) > routes.index(b):
            probs.append(('order', f'{a}>{b}'))
    if 'judicial_review' in routes and 'legal_advice' not in routes:
        probs.append(('jr_without_legal_advice', None))
    if 'la_amend_provision' in routes or any(d['what'] == 'la_amend_provision' for d in out['deadlines']):
        probs.append(('retired', None))
    for d in out['deadlines']:
        if 'ambiguous' not in d['keys']:
            probs.append(('ambiguous_key_missing', d['what']))
        if d['possibly_late'] not in (True, False):
            probs.append(('pl_value', d['what']))
    if len(set(routes)) != len(routes):
        probs.append(('dup_route', None))
    if out['mar'] is not None:
        probs.append(('mar', out['mar']))
    got = {}
    for d in out['deadlines']:
        if d['what'] in got:
            probs.append(('dup_id', d['what']))
        got[d['what']] = d
    for what, dl in o['deadlines'].items():
        g = got.get(what)
        if g is None:
            probs.append(('missing_deadline', what))
            continue
        if g['date'] != dl.date.isoformat():
            probs.append(('date', what))
        if bool(g['ambiguous']) != bool(dl.amb):
            probs.append(('ambiguous', f'{what}:{"code" if g["ambiguous"] else "oracle"}'))
        if bool(g['possibly_late']) != bool(dl.pl):
            probs.append(('possibly_late', f'{what}:{"code" if g["possibly_late"] else "oracle"}'))
    for what in got:
        if what not in o['deadlines']:
            if what in o['extra_ids']:
                continue
            if what not in o['allowed_ids']:
                probs.append(('id_not_listed', what))
            else:
                probs.append(('extra_deadline', what))
    if out['oot'] != o['oot']:
        probs.append(('out_of_time', f'code={out["oot"]}'))
    return probs


def main():
    classes = collections.defaultdict(list)
    ok = 0
    for i, (c, out) in enumerate(zip(cases, outs)):
        p = diff_case(c, out)
        if not p:
            ok += 1
        for k in set((c['situation']['event'],) + x for x in p):
            classes[k].append(i)
    print(f'{ok}/{len(cases)} matched')
    for k, v in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(len(v), k, 'e.g.', v[:5])


if __name__ == '__main__':
    main()
