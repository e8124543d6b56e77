import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from harness import compare_files, outcome_problems
from oracle import oracle, Uncovered

LEGAL_ADVICE_ROUTES = ('judicial_review', 'disability_discrimination_county_court', 'disability_discrimination_late_claim')


def problems_for(c, r):
    try:
        o = oracle(c['situation'], c['as_of'])
    except Uncovered as e:
        if 'error' not in r:
            return [('expected_uncovered_error', f'year {e.args[0]} path {e.args[1] if len(e.args) > 1 else None}')]
        if 'Coverage' not in r['error'] and 'cover' not in r['error'].lower():
            return [('wrong_error', r['error'][:80])]
        return []
    if 'error' in r:
        return [('code_error', r['error'][:80])]
    out = r['outcome']
    routes = out['routes']
    probs = outcome_problems(out, o, o['regime'], None, listed=o['listed'])
    if 'disability_discrimination_claim' in routes and 'disability_discrimination_late_claim' in routes:
        probs.append(('forbidden_route:claim+late_claim', ''))
    if any(x in routes for x in LEGAL_ADVICE_ROUTES) and 'legal_advice' not in routes:
        probs.append(('missing_route:legal_advice(4.3 on code routes)', ''))
    return probs


compare_files(sys.argv[1], sys.argv[2], problems_for)
