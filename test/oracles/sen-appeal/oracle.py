"""Independent oracle for rules-table §5.1/§5.2 (SEN appeal events), built from the tables only."""
import json, os, calendar
from datetime import date, timedelta

BH = set()
for e in json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'content', 'data', 'bank-holidays.json')))['england-and-wales']['events']:
    BH.add(date.fromisoformat(e['date']))

D = timedelta(days=1)


def working(d):
    return d.weekday() < 5 and d not in BH and not (d.month == 12 and d.day == 25)


def add_months(x, n):
    """returns (date, clamped)"""
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    if x.day > last:
        return date(y, m, last), True
    return date(y, m, x.day), False


def T1(x, n):
    return add_months(x, n)[0]


def T2(x, n):
    """returns (legal last day, clamped, other reading)"""
    c, clamped = add_months(x, n)
    return c - D, clamped, (c if clamped else None)


def T4(x, n):
    d = x
    k = 0
    while k < n:
        d += D
        if working(d):
            k += 1
    return d


def next_working_from(d):
    while not working(d):
        d += D
    return d


def T7(raw):
    if (raw.month == 12 and raw.day >= 25) or (raw.month == 1 and raw.day == 1):
        y = raw.year + 1 if raw.month == 12 else raw.year
        return next_working_from(date(y, 1, 2))
    if raw.month == 8:
        return next_working_from(date(raw.year, 9, 1))
    return next_working_from(raw)


def T9(legal):
    """returns (date, rolled)"""
    d = legal
    while not working(d):
        d -= D
    return d, d != legal


SEN = ['la_refused_assessment', 'la_refused_reassessment', 'la_refused_to_issue_plan', 'final_plan_issued',
       'amended_plan_issued', 'la_refused_to_amend', 'la_ceased_plan']
C_EVENTS = ['final_plan_issued', 'amended_plan_issued']


def pd(s):
    return date.fromisoformat(s) if s else None


def compute_mar(ev, dw):
    if ev not in C_EVENTS:
        return True
    s = set(dw or [])
    if not s:
        return True
    if s == {'I'}:
        return False
    if s & {'B', 'F', 'I'}:
        return True
    return None


def oracle(sit, as_of_s):
    as_of = pd(as_of_s)
    ev = sit['event']
    dw = sit.get('disagree_with') or []
    dates = {k: pd(v) for k, v in (sit.get('dates') or {}).items()}
    has_plan = sit.get('has_ehc_plan')
    mar = compute_mar(ev, dw)
    out = {'mar': mar, 'required': [], 'forbidden': [], 'orders': [], 'deadlines': {}, 'out_of_time': False,
           'state': None}
    dl = out['deadlines']

    # S1
    letter, emailed, received = dates.get('decision_letter'), dates.get('decision_emailed'), dates.get('decision_received')
    sent = [x for x in (letter, emailed) if x]
    later = None
    received_only = False
    if sent:
        start = min(sent)
        if len(sent) == 2 and sent[0] != sent[1]:
            later = max(sent)
    elif received:
        start = received
        received_only = True
    else:
        start = None

    def add_deadline(what, d, amb, parent=False, latest=None, counts=True):
        pl = False
        if parent and counts and d < as_of:
            out['out_of_time'] = True
            if latest is not None and latest >= as_of:
                pl = True
        dl[what] = {'date': d.isoformat(), 'ambiguous': bool(amb), 'possibly_late': pl,
                    'latest': (latest or d).isoformat()}

    if mar is None:
        # §5.2
        s = set(dw)
        req = []
        if s & {'E', 'J', 'K'}:
            req.append('disagreement_resolution')
        if s & {'C', 'G', 'D', 'H1', 'H2'}:
            req.append('mediation')
        if s & {'C', 'G'}:
            req += ['health_complaint', 'phso_complaint']
            out['orders'].append(('health_complaint', 'phso_complaint'))
        if s & {'D', 'H1', 'H2', 'E', 'J', 'K'}:
            req += ['la_complaint', 'lgsco_complaint']
            out['orders'].append(('la_complaint', 'lgsco_complaint'))
            if start:
                legal, cl, other = T2(start, 12)
                d, rolled = T9(legal)
                cands = [legal] + ([other] if other else [])
                amb = rolled or cl or received_only
                if later:
                    l2, cl2, o2 = T2(later, 12)
                    d2, _ = T9(l2)
                    if d2 != d:
                        amb = True
                    cands += [l2] + ([o2] if o2 else [])
                add_deadline('lgsco_complaint', d, amb, parent=True, latest=max(cands))
        req.append('sendiass')
        out['required'] = list(dict.fromkeys(req))
        out['state'] = '5.2'
        if has_plan:
            out['forbidden'].append('request_ehc_needs_assessment')
        return out

    placement_only = mar is False
    cert = dates.get('mediation_certificate_issued')
    contacted_d = dates.get('contacted_mediation_adviser')
    told = dates.get('told_la_wants_mediation')
    not_arr = dates.get('la_told_adviser_mediation_not_arranged')
    held = dates.get('mediation_held')
    declined = bool(sit.get('mediation_declined'))
    fc_list = [x for x in (contacted_d, told, not_arr, held) if x]
    first_contact = min(fc_list) if fc_list else None
    contacted = first_contact is not None
    deemed = not_arr is not None

    d1 = T1(start, 2) if start else None
    d1_later = T1(later, 2) if later else None

    # contact_mediation_adviser
    cma_emitted = False
    missed = False
    if mar and not cert and start and (first_contact is None or first_contact > d1):
        cma_emitted = True
        d, rolled = T9(d1)
        amb = rolled or received_only
        latest = d1
        if later:
            dd, _ = T9(d1_later)
            if dd != d:
                amb = True
            latest = max(d1, d1_later)
        add_deadline('contact_mediation_adviser', d, amb, parent=True, latest=latest)
        missed = latest < as_of

    # mediation_must_take_place
    if told:
        add_deadline('mediation_must_take_place', told + timedelta(days=30), False)

    # certificate trigger
    trig = None
    if mar:
        if not_arr:
            trig = not_arr
        elif held:
            trig = held
        elif declined and (contacted_d or told):
            trig = contacted_d or told
    cert_due = None
    if trig:
        cert_due = T4(trig, 3)
        add_deadline('mediation_certificate_due', cert_due, False)

    # expected certificate date E, projection P
    E = P = None
    if mar and contacted and not cert:
        if cert_due:
            E = cert_due
        elif told:
            E = T4(told + timedelta(days=30), 3)
        else:
            E = T4(first_contact, 3)
        if start:
            P = T7(max(T1(start, 2), T1(E, 1)))
    lapsed = bool(mar and contacted and not cert and P is not None and P < as_of)
    pending = bool(mar and not cert and contacted and not lapsed)

    # tribunal_appeal
    late = False
    ta_date = None
    if start:
        def ta_from(s):
            raw = T1(s, 2)
            if mar and cert:
                raw = max(raw, T1(cert, 1))
            return T7(raw)
        ta_date = ta_from(start)
        amb = received_only
        latest = ta_date
        if later:
            t2 = ta_from(later)
            if t2 != ta_date:
                amb = True
            latest = max(latest, t2)
        if placement_only and cert:
            cb = T7(T1(cert, 1))
            if cb > ta_date:
                amb = True
                latest = max(latest, cb)
        add_deadline('tribunal_appeal', ta_date, amb, parent=True, latest=latest, counts=not pending)
        late = latest < as_of and not pending
        if pending and P is not None and P > ta_date:
            pamb = False  # received-only: see report (ambiguous reading); E governs whenever P is emitted
            if later:
                P2 = T7(max(T1(later, 2), T1(E, 1)))
                if P2 != P:
                    pamb = True
            add_deadline('tribunal_appeal_projected', P, pamb)

    APPEAL = 'send_tribunal_late_appeal' if late else 'send_tribunal_appeal'
    OTHER = 'send_tribunal_appeal' if late else 'send_tribunal_late_appeal'
    leave = bool(mar and not cert and (missed or lapsed))
    out['forbidden'].append(OTHER)

    req = []
    med_after = False
    if placement_only:
        state = 'P'
        req += [APPEAL]
        med_after = True
    elif cert and not deemed:
        state = 'M4'
        req += [APPEAL]
    elif deemed:
        state = 'M3'
        req += [APPEAL]
        med_after = True
    elif not contacted:
        if late:
            state = 'M0L'
        elif missed:
            state = 'M0X'
        else:
            state = 'M0'
        if state == 'M0':
            req += ['mediation_advice', 'mediation', APPEAL]
        else:
            req += ['mediation_advice', APPEAL]
    else:
        if held or declined:
            state = 'M2'
            req += [APPEAL]
        else:
            state = 'M1'
            req += ['mediation', APPEAL]
    out['state'] = state
    s = set(dw)
    ext = bool(s & {'C', 'D', 'G', 'H1', 'H2'}) and ev != 'la_refused_assessment'
    if ext:
        req.append('extended_appeal_recommendations')
    if leave:
        req.append('tribunal_permission_without_certificate')
    if med_after:
        req.append('mediation')
    if s & {'C', 'G'}:
        req.append('health_complaint')
    if s & {'D', 'H1', 'H2'}:
        req.append('la_complaint')
    if ev == 'la_refused_assessment' and late and not has_plan:
        req.append('request_ehc_needs_assessment')
    if late or leave:
        req.append('legal_advice')
    req.append('sendiass')
    out['required'] = req

    # orders (N1)
    o = out['orders']
    if med_after:
        chain = ['mediation_advice', APPEAL, 'extended_appeal_recommendations', 'mediation']
    elif cert:
        chain = [APPEAL, 'extended_appeal_recommendations']
        o.append((APPEAL, 'mediation'))
    else:
        chain = ['mediation_advice', 'mediation', APPEAL, 'extended_appeal_recommendations']
    for i in range(len(chain)):
        for j in range(i + 1, len(chain)):
            o.append((chain[i], chain[j]))
    o.append(('mediation_advice', 'mediation'))
    o.append((APPEAL, 'tribunal_permission_without_certificate'))
    o.append(('health_complaint', 'phso_complaint'))
    o.append(('la_complaint', 'lgsco_complaint'))

    # forbidden
    f = out['forbidden']
    if cert:
        f += ['mediation_advice', 'tribunal_permission_without_certificate']
    if state == 'M3':
        f.append('mediation_advice')
    if placement_only:
        f.append('tribunal_permission_without_certificate')
    if has_plan:
        f.append('request_ehc_needs_assessment')
    out['P'] = P.isoformat() if P else None
    out['E'] = E.isoformat() if E else None
    out['pending'] = pending
    out['lapsed'] = lapsed
    out['missed'] = missed
    out['late'] = late
    return out
