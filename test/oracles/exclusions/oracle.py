"""Independent oracle for rules-table §5.11–§5.14 (permanent_exclusion, permanent_exclusion_upheld,
suspension, disability_discrimination), built from the tables (§0–§4, §5.11–§5.14, §5.16) only,
as corrected by revision 2 (§12.1 IRP candidates, §12.2 no sixth-day date for a young person)."""
import json, os, calendar
from datetime import date, timedelta

BH = set()
for e in json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'content', 'data', 'bank-holidays.json')))['england-and-wales']['events']:
    BH.add(date.fromisoformat(e['date']))
YEARS = {d.year for d in BH}
FIRST, LAST = min(YEARS), max(YEARS)

D = timedelta(days=1)
EVENTS = ['permanent_exclusion', 'permanent_exclusion_upheld', 'suspension', 'disability_discrimination']
LISTED = {
    'permanent_exclusion': {'governing_board_consider_reinstatement', 'full_time_education_from',
                            'disability_discrimination_claim', 'county_court_claim'},
    'permanent_exclusion_upheld': {'irp_request', 'disability_discrimination_claim', 'county_court_claim'},
    'suspension': {'governing_board_consider_reinstatement', 'full_time_education_from',
                   'disability_discrimination_claim', 'county_court_claim'},
    'disability_discrimination': {'disability_discrimination_claim', 'county_court_claim'},
}


class Uncovered(Exception):
    """args: (year, path)"""


def covered(d):
    if not (FIRST <= d.year <= LAST and d.year in YEARS):
        raise Uncovered(d.year)


def working(d):
    covered(d)
    return d.weekday() < 5 and d not in BH and not (d.month == 12 and d.day == 25)


def make_school_day(hols):
    ranges = []
    for pair in hols or []:
        a, b = date.fromisoformat(pair[0]), date.fromisoformat(pair[1])
        if a <= b:
            ranges.append((a, b))

    def school(d):
        covered(d)
        if d.weekday() >= 5 or d in BH or (d.month == 12 and d.day == 25):
            return False
        return not any(a <= d <= b for a, b in ranges)
    return school


def T5(x, n, school):
    """n school days after x (x is day 0)."""
    d, k = x, 0
    while k < n:
        d += D
        if school(d):
            k += 1
    return d


def T6(day1, n, school):
    """nth school day of a period whose first day is day1 (day1 is school day 1 if it is one)."""
    d = day1
    k = 1 if school(d) else 0
    while k < n:
        d += D
        if school(d):
            k += 1
    return d


def T4(x, n):
    d, k = x, 0
    while k < n:
        d += D
        if working(d):
            k += 1
    return d


def T2(x, n):
    """(legal last day, clamped, other reading or None)"""
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    if x.day > last:
        c = date(y, m, last)
        return c - D, True, c
    return date(y, m, x.day) - D, False, None


def T9(legal):
    d = legal
    while not working(d):
        d -= D
    return d, d != legal


def next_working_from(d):
    while not working(d):
        d += D
    return d


def pd(s):
    return date.fromisoformat(s) if s else None


def regime_of(sit):
    pt = sit.get('provider_type')
    if pt is not None:
        return 'statutory' if pt == 'school' else 'none'
    return 'none' if sit.get('setting') == 'college' else 'statutory'


def forum_of(sit):
    pt = sit.get('provider_type')
    if pt is not None:
        return 'tribunal' if pt == 'school' else 'county'
    s = sit.get('setting')
    return {'school': 'tribunal', 'college': 'county'}.get(s, 'both')


def ge_asof(fn, as_of, path):
    """latest candidate >= as_of, with §1 lower bounds for counts that run past the covered years."""
    try:
        return fn() >= as_of
    except Uncovered as e:
        y = e.args[0]
        if y > LAST and as_of < date(y, 1, 1):
            return True
        raise Uncovered(y, path)


def oracle(sit, as_of_s):
    as_of = pd(as_of_s)
    ev = sit['event']
    dates = {k: pd(v) for k, v in (sit.get('dates') or {}).items()}
    has_plan = bool(sit.get('has_ehc_plan'))
    regime = regime_of(sit) if ev != 'disability_discrimination' else None
    forum = forum_of(sit)
    school = make_school_day(sit.get('school_holidays'))
    out = {'mar': None, 'required': [], 'forbidden': [], 'orders': [], 'deadlines': {}, 'out_of_time': False,
           'listed': set(LISTED[ev]), 'regime': regime, 'forum': forum}
    dl = out['deadlines']
    req, forb = out['required'], out['forbidden']

    def emit(what, d, amb, latest=None, parent=False, latest_fn=None, path=None):
        pl = False
        passed_def = False
        if parent and d < as_of:
            out['out_of_time'] = True
            if latest_fn is not None:
                pl = ge_asof(latest_fn, as_of, path)
            else:
                pl = (latest or d) >= as_of
            passed_def = not pl
        dl[what] = {'date': d.isoformat(), 'ambiguous': bool(amb), 'possibly_late': pl,
                    'latest': (latest or d).isoformat(), 'definitely_passed': passed_def}
        return passed_def

    def school_deadline(what, fn, path):
        try:
            d = fn()
        except Uncovered as e:
            raise Uncovered(e.args[0], path)
        emit(what, d, True)

    # ---- R-CLAIM conduct date -------------------------------------------------------------
    claim = ev == 'disability_discrimination' or sit.get('disability_related') is not False
    conduct, a8, a10, cpath = None, False, False, None
    if ev == 'disability_discrimination':
        if dates.get('conduct'):
            conduct, cpath = dates['conduct'], 'dates.conduct'
        elif dates.get('conduct_ended'):
            a8 = True
            if dates['conduct_ended'] > as_of:
                conduct, cpath = as_of, 'as_of'
            else:
                conduct, cpath = dates['conduct_ended'], 'dates.conduct_ended'
        elif dates.get('conduct_started'):
            a8 = True
            conduct, cpath = as_of, 'as_of'
    elif ev == 'permanent_exclusion':
        for k in ('exclusion_notice', 'exclusion_starts'):
            if dates.get(k):
                conduct, cpath = dates[k], 'dates.' + k
                break
    elif ev == 'permanent_exclusion_upheld':
        for k in ('exclusion_notice', 'exclusion_starts'):
            if dates.get(k):
                conduct, cpath = dates[k], 'dates.' + k
                break
        else:
            if dates.get('board_decision_letter'):
                conduct, cpath, a10 = dates['board_decision_letter'], 'dates.board_decision_letter', True
    elif ev == 'suspension':
        for k in ('suspension_notice', 'suspension_starts'):
            if dates.get(k):
                conduct, cpath = dates[k], 'dates.' + k
                break

    claim_late = False  # tribunal claim definitely passed
    if claim and conduct is not None:
        legal, clamped, other = T2(conduct, 6)
        try:
            d, rolled = T9(legal)
        except Uncovered as e:
            raise Uncovered(e.args[0], cpath)
        amb = rolled or clamped or a8 or a10
        trib_latest = other if clamped else legal
        if a8 or a10:
            pass  # A8/A10 give no later candidate; the latest is still the T9/T2 one
        if forum in ('tribunal', 'both'):
            claim_late = emit('disability_discrimination_claim', d, amb, latest=trib_latest, parent=True)
        if forum in ('county', 'both'):
            res = {}

            def cc_latest():
                res['v'] = next_working_from(trib_latest)
                return res['v']
            emit('county_court_claim', d, amb, parent=True, latest_fn=cc_latest, path=cpath)
            if 'v' in res:
                dl['county_court_claim']['latest'] = res['v'].isoformat()

    claim_routes = []
    if claim:
        if forum in ('tribunal', 'both'):
            if claim_late:
                claim_routes.append('disability_discrimination_late_claim')
                forb.append('disability_discrimination_claim')
            else:
                claim_routes.append('disability_discrimination_claim')
                forb.append('disability_discrimination_late_claim')
        if forum in ('county', 'both'):
            claim_routes.append('disability_discrimination_county_court')
    else:
        # disability_related false: the claim routes are not required (and no claim deadline is emitted)
        out['listed'] -= {'disability_discrimination_claim', 'county_court_claim'}
    if 'disability_discrimination_late_claim' not in claim_routes:
        forb.append('disability_discrimination_late_claim')

    # ---- event tables -----------------------------------------------------------------------
    irp_late = False
    if ev == 'disability_discrimination':
        req += ['talk_to_setting', 'setting_complaint']
    elif regime == 'none':
        req += ['talk_to_setting', 'setting_complaint']
        forb += ['governing_board_review', 'independent_review_panel']
        out['listed'] -= {'governing_board_consider_reinstatement', 'full_time_education_from', 'irp_request'}
    elif ev == 'permanent_exclusion':
        req += ['governing_board_review', 'independent_review_panel']
        sixth_day = sit.get('who') != 'young_person'  # §12.2: compulsory school age only
        st = dates.get('board_notified') or dates.get('exclusion_notice')
        if st:
            p = 'dates.board_notified' if dates.get('board_notified') else 'dates.exclusion_notice'
            school_deadline('governing_board_consider_reinstatement', lambda: T5(st, 15, school), p)
        if not sixth_day:
            pass
        elif dates.get('exclusion_starts'):
            s0 = dates['exclusion_starts']
            school_deadline('full_time_education_from', lambda: T6(s0, 6, school), 'dates.exclusion_starts')
        elif dates.get('exclusion_notice'):
            s0 = dates['exclusion_notice']
            school_deadline('full_time_education_from', lambda: T6(T5(s0, 1, school), 6, school),
                            'dates.exclusion_notice')
    elif ev == 'permanent_exclusion_upheld':
        letter = dates.get('board_decision_letter')
        if letter:
            try:
                d = T5(letter, 15, school)
            except Uncovered as e:
                raise Uncovered(e.args[0], 'dates.board_decision_letter')
            # §12.1: later candidates: first class post (or method unknown) deemed given on the second
            # working day after posting; e-mail and hand get none; the day it arrived, when later.
            by = sit.get('board_decision_sent_by')
            received = dates.get('board_decision_received')
            later = []
            if by in (None, 'first_class_post'):
                later.append((lambda: T5(T4(letter, 2), 15, school), 'dates.board_decision_letter'))
            if received and received > letter:
                later.append((lambda: T5(received, 15, school), 'dates.board_decision_received'))
            pl_fn = None
            if d < as_of and later:
                # every candidate is decided (none may be undecidable), then the latest counts
                open_ = [ge_asof(fn, as_of, path) for fn, path in later]
                pl_fn = any(open_)
            irp_late = emit('irp_request', d, True, latest=d, parent=True)
            if pl_fn is not None and d < as_of:
                dl['irp_request']['possibly_late'] = pl_fn
                dl['irp_request']['definitely_passed'] = not pl_fn
                irp_late = not pl_fn
        if irp_late:
            req.append('judicial_review')
            forb.append('independent_review_panel')
        else:
            req.append('independent_review_panel')
    elif ev == 'suspension':
        req += ['talk_to_setting', 'governing_board_review']
        forb.append('independent_review_panel')  # "No independent_review_panel (no IRP for suspensions)"
        st = dates.get('board_notified') or dates.get('suspension_notice')
        days = sit.get('suspension_days_this_term')
        n = None
        if (days is not None and days > 15) or sit.get('misses_public_exam') is True:
            n = 15
        elif days is not None and 6 <= days <= 15 and sit.get('representations_made') is True:
            n = 50
        if st and n:
            p = 'dates.board_notified' if dates.get('board_notified') else 'dates.suspension_notice'
            school_deadline('governing_board_consider_reinstatement', lambda: T5(st, n, school), p)
        ln = sit.get('suspension_length_days')
        if ln is not None and ln > 5 and sit.get('who') != 'young_person':  # §12.2
            if dates.get('suspension_starts'):
                s0 = dates['suspension_starts']
                school_deadline('full_time_education_from', lambda: T6(s0, 6, school), 'dates.suspension_starts')
            elif dates.get('suspension_notice'):
                s0 = dates['suspension_notice']
                school_deadline('full_time_education_from', lambda: T6(T5(s0, 1, school), 6, school),
                                'dates.suspension_notice')

    req += claim_routes
    if not has_plan and ev in EVENTS:
        req.append('request_ehc_needs_assessment')
    if has_plan:
        forb.append('request_ehc_needs_assessment')
    # §4.3 (judicial_review / county court in the code's routes is checked in compare.py too)
    if (ev in ('permanent_exclusion', 'permanent_exclusion_upheld') or 'judicial_review' in req
            or 'disability_discrimination_late_claim' in req or 'disability_discrimination_county_court' in req):
        req.append('legal_advice')
    req.append('sendiass')
    if 'disability_discrimination_claim' in forb and 'disability_discrimination_claim' in req:
        raise AssertionError('oracle bug')
    out['orders'] = [('governing_board_review', 'independent_review_panel'),
                     ('talk_to_setting', 'setting_complaint'), ('setting_complaint', 'dfe_complaint'),
                     ('talk_to_setting', 'dfe_complaint'),
                     ('setting_complaint', 'disability_discrimination_claim'),
                     ('setting_complaint', 'disability_discrimination_county_court')]
    out['irp_late'] = irp_late
    out['claim_late'] = claim_late
    return out
