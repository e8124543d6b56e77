"""Independent oracle for rules-table §4-§5.3..5.10, 5.15 (LA / order / decision events), with revision 2
(§12.3 moves within a phase, §12.4 la_conceded_appeal)."""
import json, os, calendar
from datetime import date, timedelta

BH = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'content', 'data', 'bank-holidays.json')))['england-and-wales']['events']
BHSET = {date.fromisoformat(e['date']) for e in BH}
COVERED = {d.year for d in BHSET}
FIRST_COVERED = min(COVERED)


class Uncovered(Exception):
    pass


def D(s):
    return date.fromisoformat(s) if s else None


def check(d):
    if d.year not in COVERED:
        raise Uncovered(d.year)


def working(d):
    check(d)
    return d.weekday() < 5 and d not in BHSET


def add_months(x, n):
    """Corresponding date n months later (n may be negative); returns (date, clamped)."""
    m0 = x.year * 12 + (x.month - 1) + n
    y, m = divmod(m0, 12)
    m += 1
    last = calendar.monthrange(y, m)[1]
    if x.day > last:
        return date(y, m, last), True
    return date(y, m, x.day), False


def T2(x, n):
    """N months starting with x (x = day 1). Returns (end, clamped, clamp_date)."""
    c, clamped = add_months(x, n)
    return c - timedelta(days=1), clamped, c


def T9(d):
    """Parent roll-back. Returns (date, rolled)."""
    if working(d):
        return d, False
    e = d - timedelta(days=1)
    while not working(e):
        e -= timedelta(days=1)
    return e, True


def next_working(d):
    while not working(d):
        d += timedelta(days=1)
    return d


def in_r12_window(d):
    return d.month == 8 or (d.month == 12 and d.day >= 25) or (d.month == 1 and d.day == 1)


T8_STRICT = False


def T8(x, n, sen):
    d = x
    counted = 0
    while counted < n:
        d += timedelta(days=1)
        if T8_STRICT:
            check(d)  # literal §1 reading: T8 classifies each counted day
        if sen and in_r12_window(d):
            continue
        counted += 1
    return next_working(d)


def iso(d):
    return d.isoformat()


def tag(f, path):
    try:
        return f()
    except Uncovered as e:
        raise Uncovered(e.args[0], 'dates.' + path)


class DL:
    def __init__(self, what, d, amb=False, parent=False, latest=None, path=None):
        self.path = path
        self.what, self.date, self.amb, self.parent = what, d, amb, parent
        self.latest = latest if latest is not None else d


ALLOWED_IDS = {
    'assessment_requested': {'la_decision_whether_to_assess', 'la_notice_if_no_plan', 'la_final_plan', 'lgsco_complaint'},
    'la_delay': {'la_decision_whether_to_assess', 'la_notice_if_no_plan', 'la_final_plan', 'lgsco_complaint'},
    'draft_plan_issued': {'comments_on_draft_plan', 'la_final_plan', 'lgsco_complaint'},
    'annual_review': {'la_review_decision_and_proposed_amendments', 'comments_on_proposed_amendments',
                      'la_final_amended_plan', 'la_final_amended_plan_reg22', 'lgsco_complaint'},
    'phase_transfer_pending': {'la_phase_transfer_plan', 'lgsco_complaint'},
    'phase_transfer_delay': {'la_phase_transfer_plan', 'lgsco_complaint'},
    'provision_not_delivered': {'lgsco_complaint'},
    'tribunal_order': {'la_notify_will_assess', 'la_notice_if_no_plan', 'la_final_plan', 'la_issue_draft_plan',
                       'la_issue_amended_plan', 'la_continue_to_maintain', 'lgsco_complaint'},
    'mediation_agreement': {'la_notify_will_assess', 'la_notice_if_no_plan', 'la_final_plan', 'la_issue_draft_plan',
                            'la_issue_amended_plan', 'la_continue_to_maintain', 'la_non_appealable_action',
                            'lgsco_complaint'},
    'tribunal_decision': {'fft_permission_to_appeal'},
    'sen_support_concerns': set(),
    # §12.4: the reg 45 clocks of an unopposed appeal, the same ids as an order
    'la_conceded_appeal': {'la_notify_will_assess', 'la_notice_if_no_plan', 'la_final_plan', 'la_issue_draft_plan',
                           'la_issue_amended_plan', 'la_continue_to_maintain', 'lgsco_complaint'},
}

ORDER_CLOCKS = {
    'assess': [('la_notify_will_assess', 14), ('la_notice_if_no_plan', 70), ('la_final_plan', 98)],
    'make_and_maintain_plan': [('la_issue_draft_plan', 35), ('la_final_plan', 77)],
    'amend_plan': [('la_issue_amended_plan', 35)],
    'amend_section_I_only': [('la_issue_amended_plan', 14)],
    'continue_to_maintain': [('la_continue_to_maintain', 0)],
}
NON_TRIGGER = {'la_notice_if_no_plan', 'la_continue_to_maintain'}
LA_DELAY_EVENTS = {'la_delay', 'phase_transfer_delay', 'provision_not_delivered'}


def lgsco_from(start, inherited_amb, path=None):
    try:
        return _lgsco_from(start, inherited_amb)
    except Uncovered as e:
        raise Uncovered(e.args[0], path)


def _lgsco_from(start, inherited_amb):
    end, clamped, cdate = T2(start, 12)
    d, rolled = T9(end)
    latest = cdate if clamped else end  # A2: other reading = target month's last day
    return DL('lgsco_complaint', d, rolled or clamped or inherited_amb, parent=True, latest=latest)


def oracle(sit, as_of_s):
    """Returns dict(routes_required=[...], forbidden_routes=[...], mar, deadlines={id: DL}, out_of_time,
    allowed_extra_ids) or raises Uncovered."""
    as_of = D(as_of_s)
    ev = sit['event']
    dates = {k: D(v) for k, v in (sit.get('dates') or {}).items()}
    g = dates.get
    dls = {}
    triggers = []  # (DL, state) state in ongoing/remedied/none
    passed = lambda d: d < as_of
    routes = []  # required, in recommended order
    forbidden = []
    extra_ids = set()

    def trig(dl, state=None):
        if state is None:
            state = 'ongoing' if passed(dl.date) else 'none'
        triggers.append((dl, state))

    head = 'chase_la'
    rla = ev in ('assessment_requested', 'la_delay', 'draft_plan_issued', 'annual_review', 'phase_transfer_pending',
                 'phase_transfer_delay', 'provision_not_delivered', 'tribunal_order', 'mediation_agreement',
                 'la_conceded_appeal')

    if ev in ('assessment_requested', 'la_delay'):
        r = g('request_received_by_la')
        if r:
            d6 = r + timedelta(weeks=6)
            agreed = g('la_agreed_to_assess')
            if not (agreed and agreed <= d6):
                dl = DL('la_decision_whether_to_assess', d6, path='request_received_by_la')
                dls[dl.what] = dl
                if agreed and agreed > d6:
                    trig(dl, 'remedied')
                elif agreed is None and passed(d6):
                    trig(dl, 'ongoing')
                else:
                    trig(dl, 'none')
            dls['la_notice_if_no_plan'] = DL('la_notice_if_no_plan', r + timedelta(weeks=16))
            dl = DL('la_final_plan', r + timedelta(weeks=20), path='request_received_by_la')
            dls[dl.what] = dl
            trig(dl)
    elif ev == 'draft_plan_issued':
        routes.append('make_representations')
        s = g('draft_plan_sent')
        if s:
            d, rolled = tag(lambda: T9(s + timedelta(days=14)), 'draft_plan_sent')
            dls['comments_on_draft_plan'] = DL('comments_on_draft_plan', d, rolled)
        r = g('request_received_by_la')
        if r:
            dl = DL('la_final_plan', r + timedelta(weeks=20), path='request_received_by_la')
            dls[dl.what] = dl
            trig(dl)
    elif ev == 'annual_review':
        routes.append('make_representations')
        m, p = g('review_meeting'), g('proposed_amendments_sent')
        if m:
            dl = DL('la_review_decision_and_proposed_amendments', m + timedelta(weeks=4), path='review_meeting')
            dls[dl.what] = dl
            if p is None:
                trig(dl, 'ongoing' if passed(dl.date) else 'none')
            elif p > dl.date:
                trig(dl, 'remedied')
            else:
                trig(dl, 'none')
        if p:
            d, rolled = tag(lambda: T9(p + timedelta(days=14)), 'proposed_amendments_sent')
            dls['comments_on_proposed_amendments'] = DL('comments_on_proposed_amendments', d, rolled)
            dls['la_final_amended_plan_reg22'] = DL('la_final_amended_plan_reg22', p + timedelta(weeks=8))
        if m or p:
            cands = []
            if m:
                cands.append(m + timedelta(weeks=12))
            if p:
                cands.append(p + timedelta(weeks=8))
            a6 = bool(m and p and (m + timedelta(weeks=12)) < (p + timedelta(weeks=8)))
            fam = min(cands)
            dl = DL('la_final_amended_plan', fam, a6, path='proposed_amendments_sent' if (p and fam == p + timedelta(weeks=8)) else 'review_meeting')
            dls[dl.what] = dl
            trig(dl)
    elif ev in ('phase_transfer_pending', 'phase_transfer_delay') and sit.get('transfer_kind') == 'same_phase':
        # §12.3: a move within a phase: reg 18 does not apply, no date, no R-LA trigger
        routes.append('chase_la')
        rla = False
    elif ev in ('phase_transfer_pending', 'phase_transfer_delay'):
        if ev == 'phase_transfer_pending':
            routes.append('chase_la')
        t = g('transfer')
        if t:
            k = sit.get('transfer_kind')
            c_post16 = date(t.year, 3, 30)
            c_feb = date(t.year, 2, 14)
            c_5m = add_months(t, -5)[0]
            if k == 'secondary_to_post16':
                d, amb = c_post16, True
            elif k == 'post16_to_post16':
                d, amb = c_5m, False
            elif k is None:
                d, amb = min(c_post16, c_feb, c_5m), True
            else:
                d, amb = c_feb, True
            dl = DL('la_phase_transfer_plan', d, amb, path='transfer')
            dls[dl.what] = dl
            trig(dl)
    elif ev == 'provision_not_delivered':
        pass
    elif ev in ('tribunal_order', 'mediation_agreement'):
        head = 'enforce_order_or_agreement'
        routes.append('enforce_order_or_agreement')
        if ev == 'tribunal_order':
            om, os_ = g('order_made'), g('order_sent')
            start = om or os_
            amb = bool((om and os_ and om != os_) or (os_ and not om))
            ot = sit.get('order_type')
            if start and ot:
                for what, days in ORDER_CLOCKS[ot]:
                    dl = DL(what, start + timedelta(days=days), amb, path='order_made' if om else 'order_sent')
                    dls[what] = dl
                    if what not in NON_TRIGGER:
                        trig(dl)
        else:
            start = g('mediation_agreement')
            terms = sit.get('mediation_agreement_terms')
            if start:
                terms = list(terms or [])
                tset = set(terms)
                if not tset:
                    tset = {'other'}
                if 'amend_plan' in tset and 'amend_section_I_only' in tset:
                    tset.discard('amend_section_I_only')
                for t in tset:
                    clocks = [('la_non_appealable_action', 14)] if t == 'other' else ORDER_CLOCKS[t]
                    for what, days in clocks:
                        d = start + timedelta(days=days)
                        if what not in dls or d < dls[what].date:
                            dls[what] = DL(what, d, False, path='mediation_agreement')
                for what, dl in dls.items():
                    if what not in NON_TRIGGER:
                        trig(dl)
    elif ev == 'la_conceded_appeal':
        # §12.4: reg 45, counted from the LA's notice to the Tribunal (day 0, T3), never ambiguous
        head = 'enforce_order_or_agreement'
        routes.append('enforce_order_or_agreement')
        start, ot = g('la_notified_tribunal'), sit.get('order_type')
        if start and ot:
            for what, days in ORDER_CLOCKS[ot]:
                dl = DL(what, start + timedelta(days=days), False, path='la_notified_tribunal')
                dls[what] = dl
                if what not in NON_TRIGGER:
                    trig(dl)
    elif ev == 'tribunal_decision':
        routes += ['upper_tribunal_permission']
        w = g('written_reasons_sent')
        if w:
          try:
            ct = sit.get('tribunal_case_type')
            if ct == 'sen_appeal':
                d = T8(w, 28, True); lat = d
            elif ct == 'disability_discrimination_claim':
                d = T8(w, 28, False); lat = d
            else:
                res = []
                for sen in (True, False):
                    try:
                        res.append((T8(w, 28, sen), False))
                    except Uncovered as e:
                        if e.args[0] < FIRST_COVERED:
                            raise
                        res.append((date(e.args[0], 1, 1), True))  # lower bound
                (a, la), (b, lb) = sorted(res)
                if la:
                    raise Uncovered(a.year)
                d, lat = a, b
                if lb and d < as_of and as_of > b:
                    raise Uncovered(b.year)  # possibly_late undecidable
            dls['fft_permission_to_appeal'] = DL('fft_permission_to_appeal', d, True, parent=True, latest=lat)
          except Uncovered as e:
            raise Uncovered(e.args[0], 'dates.written_reasons_sent')
    elif ev == 'sen_support_concerns':
        routes.append('talk_to_setting')
        if not sit['has_ehc_plan']:
            routes.append('request_ehc_needs_assessment')
        routes += ['disagreement_resolution', 'setting_complaint']
        if sit['setting'] == 'school':
            routes.append('dfe_complaint')
        if sit['setting'] == 'early_years':
            forbidden.append('dfe_complaint')
    else:
        raise ValueError(ev)

    # R-LA
    if rla:
        ongoing = any(s == 'ongoing' for _, s in triggers)
        remedied = any(s == 'remedied' for _, s in triggers)
        missed = [dl for dl, s in triggers if s in ('ongoing', 'remedied')]
        if ongoing or ev in LA_DELAY_EVENTS:
            for r in [head, 'la_complaint', 'lgsco_complaint', 'judicial_review']:
                if r not in routes:
                    routes.append(r)
            if ev == 'provision_not_delivered':
                if g('first_noticed'):
                    dls['lgsco_complaint'] = lgsco_from(g('first_noticed'), False, 'dates.first_noticed')
            elif missed:
                earliest = min(missed, key=lambda dl: dl.date)
                inh = any(dl.amb for dl in missed if dl.date == earliest.date)
                dls['lgsco_complaint'] = lgsco_from(earliest.date + timedelta(days=1), inh, 'dates.' + earliest.path)
        elif remedied:
            for r in [head, 'la_complaint']:
                if r not in routes:
                    routes.append(r)
            extra_ids.add('lgsco_complaint')

    if 'judicial_review' in routes or ev == 'tribunal_decision':
        routes.append('legal_advice')
    routes.append('sendiass')
    if sit['has_ehc_plan']:
        forbidden.append('request_ehc_needs_assessment')

    oot = False
    for dl in dls.values():
        dl.pl = False
        if dl.parent and dl.date < as_of:
            oot = True
            if dl.latest >= as_of:
                dl.pl = True
    return dict(routes=routes, forbidden=forbidden, mar=None, deadlines=dls, oot=oot, extra_ids=extra_ids,
                allowed_ids=ALLOWED_IDS[ev])


def key_dates(sit):
    """Dates worth placing as_of around: every deadline date / latest with as_of far in the future."""
    try:
        o = oracle(sit, '2031-01-01')
    except Uncovered:
        return []
    out = []
    for dl in o['deadlines'].values():
        out += [dl.date, dl.latest]
    return out
