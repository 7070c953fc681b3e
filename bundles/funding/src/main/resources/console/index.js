// Funding page of the ASSKomm console: the programme's budget gauge and use per district, the applications,
// applying with the computed maximum fundable amount, the reviewers' decision, payouts and the ledger.
import { conceptWizard, proofSection } from './concept.js';

const CATEGORIES = ['PERSONNEL', 'MATERIAL', 'FEES', 'EVENTS', 'PUBLIC_RELATIONS', 'TRAVEL'];
const STEPS = ['problemDescription', 'causeAnalysis', 'goalsAndTargetGroups', 'measures', 'implementation', 'evaluation', 'conclusions'];
const MESSAGES = {
  de: {
    'fu.title': 'Förderprogramm', 'fu.programme': 'Programmjahr', 'fu.budget': 'Budget gebunden', 'fu.byDistrict': 'Gebundene Mittel je Landkreis',
    'fu.applications': 'Anträge', 'fu.app': 'Vorhaben', 'fu.municipality': 'Gemeinde', 'fu.status': 'Status', 'fu.requested': 'beantragt',
    'fu.granted': 'bewilligt', 'fu.new': 'Antrag stellen', 'fu.applicant': 'Antragsteller', 'fu.actionField': 'Handlungsfeld',
    'fu.location': 'Ort', 'fu.periodStart': 'Beginn', 'fu.periodEnd': 'Ende', 'fu.consultationDate': 'Datum der LPR-Beratung',
    'fu.consultationReference': 'Aktenzeichen der Beratung', 'fu.costPlan': 'Kostenplan', 'fu.cost': 'Kostenposition {n}',
    'fu.category': 'Kostenart', 'fu.description': 'Beschreibung', 'fu.amount': 'Betrag (EUR)', 'fu.ownContribution': 'Eigenanteil (EUR)',
    'fu.otherFunding': 'Andere Mittel (EUR)', 'fu.requestedAmount': 'Beantragte Förderung (EUR)', 'fu.steps': 'Projektbeschreibung (Beccaria-Schritte)',
    'fu.save': 'Entwurf speichern', 'fu.maximum': 'Höchstens förderfähig', 'fu.calculation': 'Berechnung', 'fu.eligible': 'förderfähige Kosten',
    'fu.minOwn': 'Mindesteigenanteil', 'fu.submit': 'Einreichen', 'fu.review': 'In Prüfung nehmen', 'fu.decide': 'Entscheiden',
    'fu.outcome': 'Entscheidung', 'fu.grantedAmount': 'Bewilligter Betrag (EUR)', 'fu.reason': 'Begründung', 'fu.conditions': 'Auflagen',
    'fu.back': 'Zur Übersicht', 'fu.none': 'Keine Anträge.', 'fu.noProgramme': 'Es gibt noch kein Förderprogramm.',
    'fu.step.problemDescription': 'Problembeschreibung', 'fu.step.causeAnalysis': 'Ursachenanalyse', 'fu.step.goalsAndTargetGroups': 'Ziele und Zielgruppen',
    'fu.step.measures': 'Maßnahmen', 'fu.step.implementation': 'Umsetzung', 'fu.step.evaluation': 'Evaluation', 'fu.step.conclusions': 'Schlussfolgerungen',
    'fu.s.DRAFT': 'Entwurf', 'fu.s.SUBMITTED': 'eingereicht', 'fu.s.UNDER_REVIEW': 'in Prüfung', 'fu.s.APPROVED': 'bewilligt', 'fu.s.REJECTED': 'abgelehnt',
    'fu.s.WITHDRAWN': 'zurückgezogen', 'fu.s.PROOF_SUBMITTED': 'Nachweis eingereicht', 'fu.s.CLOSED': 'abgeschlossen',
    'fu.o.APPROVED': 'bewilligen', 'fu.o.REJECTED': 'ablehnen',
    'fu.ledger': 'Buchungen', 'fu.ledgerMore': 'Die neuesten {shown} von {total} Buchungen.', 'fu.noLedger': 'Noch keine Buchungen.',
    'fu.valueDate': 'Wertstellung', 'fu.kind': 'Buchungsart', 'fu.amountCol': 'Betrag', 'fu.note': 'Vermerk', 'fu.bookedBy': 'gebucht von',
    'fu.k.COMMITMENT': 'Bewilligung (gebunden)', 'fu.k.PAYOUT': 'Auszahlung', 'fu.k.RECLAIM': 'Rückforderung', 'fu.k.REPAYMENT': 'Rückzahlung',
    'fu.payout': 'Auszahlung buchen', 'fu.recordPayout': 'Auszahlung buchen', 'fu.payable': 'Noch auszahlbar: {amount}',
    'fu.f.budget': 'Budget', 'fu.f.committed': 'gebunden', 'fu.f.paid': 'ausgezahlt', 'fu.f.repaid': 'zurückgezahlt',
    'fu.f.available': 'verfügbar', 'fu.f.payable': 'noch auszahlbar',
    'fu.c.PERSONNEL': 'Personal', 'fu.c.MATERIAL': 'Sachkosten', 'fu.c.FEES': 'Honorare', 'fu.c.EVENTS': 'Veranstaltungen',
    'fu.c.PUBLIC_RELATIONS': 'Öffentlichkeitsarbeit', 'fu.c.TRAVEL': 'Reisekosten', 'fu.c.INVESTMENT': 'Investitionen',
    'fu.programmes': 'Förderprogramme', 'fu.programmeTitle': 'Programm', 'fu.year': 'Jahr', 'fu.window': 'Antragsfrist',
    'fu.windowRange': '{from} bis {to}', 'fu.w.open': 'offen', 'fu.w.closed': 'geschlossen', 'fu.w.upcoming': 'noch nicht offen',
    'fu.show': 'anzeigen', 'fu.rules': 'Regeln des Programms', 'fu.r.fundingRate': 'Fördersatz', 'fu.r.minOwnShare': 'Mindesteigenanteil',
    'fu.r.minGrant': 'Mindestförderung (darüber, außer mit Ausnahme)', 'fu.r.capPerApplication': 'Obergrenze je Antrag',
    'fu.r.capPerMunicipality': 'Obergrenze je Gemeinde', 'fu.r.reimbursementThreshold': 'Erstattungsgrenze (darunter Auszahlung erst nach Nachweis)',
    'fu.r.proofMonths': 'Verwendungsnachweis fällig', 'fu.r.consultation': 'Beratungspflicht', 'fu.none.cap': 'keine',
    'fu.months.one': '1 Monat nach Projektende', 'fu.months': '{n} Monate nach Projektende',
    'fu.gate.one': 'LPR-Beratung im letzten Monat vor dem Einreichen', 'fu.gate': 'LPR-Beratung in den letzten {n} Monaten vor dem Einreichen',
    'fu.gate.none': 'keine', 'fu.open.one': 'Die Antragsfrist läuft bis zum {to} – noch 1 Tag.',
    'fu.open': 'Die Antragsfrist läuft bis zum {to} – noch {n} Tage.', 'fu.open.last': 'Die Antragsfrist endet heute, am {to}.',
    'fu.closedWarning': 'Achtung: Die Antragsfrist dieses Programms ist geschlossen (vom {from} bis zum {to}). Sie können einen Entwurf speichern, ihn aber nicht einreichen.',
    'fu.upcomingWarning': 'Achtung: Die Antragsfrist dieses Programms beginnt erst am {from} (bis zum {to}). Sie können einen Entwurf speichern und ihn ab dann einreichen.',
    'fu.exceptionRequested': 'Ausnahme beantragt (kurzfristiges oder anlassbezogenes Projekt)', 'fu.exceptionReason': 'Begründung der Ausnahme',
    'fu.exceptionHint': 'Nur nötig, wenn die beantragte Förderung nicht über der Mindestförderung von {amount} liegt.',
    'fu.consultations': 'Verzeichnete LPR-Beratungen', 'fu.noConsultations': 'Für diese Gemeinde ist noch keine LPR-Beratung verzeichnet.',
    'fu.consultationOn': 'Beratung am {date}', 'fu.ags': 'AGS {ags}', 'fu.costPlanTable': 'Kostenplan', 'fu.category.col': 'Kostenart',
    'fu.applicationsCount.one': '1 Antrag', 'fu.applicationsCount': '{n} Anträge',
    'fu.concept': 'Projektkonzept (Beccaria-Standards)'
  },
  en: {
    'fu.title': 'Funding programme', 'fu.programme': 'Programme year', 'fu.budget': 'Budget committed', 'fu.byDistrict': 'Committed funds by district',
    'fu.applications': 'Applications', 'fu.app': 'Project', 'fu.municipality': 'Municipality', 'fu.status': 'Status', 'fu.requested': 'requested',
    'fu.granted': 'granted', 'fu.new': 'Apply', 'fu.applicant': 'Applicant', 'fu.actionField': 'Action field',
    'fu.location': 'Location', 'fu.periodStart': 'Start', 'fu.periodEnd': 'End', 'fu.consultationDate': 'Date of the LPR consultation',
    'fu.consultationReference': 'Consultation reference', 'fu.costPlan': 'Cost plan', 'fu.cost': 'Cost item {n}',
    'fu.category': 'Category', 'fu.description': 'Description', 'fu.amount': 'Amount (EUR)', 'fu.ownContribution': 'Own contribution (EUR)',
    'fu.otherFunding': 'Other funding (EUR)', 'fu.requestedAmount': 'Requested grant (EUR)', 'fu.steps': 'Project description (Beccaria steps)',
    'fu.save': 'Save draft', 'fu.maximum': 'Maximum fundable', 'fu.calculation': 'Calculation', 'fu.eligible': 'eligible costs',
    'fu.minOwn': 'Minimum own contribution', 'fu.submit': 'Submit', 'fu.review': 'Start review', 'fu.decide': 'Decide',
    'fu.outcome': 'Decision', 'fu.grantedAmount': 'Granted amount (EUR)', 'fu.reason': 'Reason', 'fu.conditions': 'Conditions',
    'fu.back': 'Back to the overview', 'fu.none': 'No applications.', 'fu.noProgramme': 'There is no funding programme yet.',
    'fu.step.problemDescription': 'Problem', 'fu.step.causeAnalysis': 'Causes', 'fu.step.goalsAndTargetGroups': 'Goals and target groups',
    'fu.step.measures': 'Measures', 'fu.step.implementation': 'Implementation', 'fu.step.evaluation': 'Evaluation', 'fu.step.conclusions': 'Conclusions',
    'fu.s.DRAFT': 'draft', 'fu.s.SUBMITTED': 'submitted', 'fu.s.UNDER_REVIEW': 'under review', 'fu.s.APPROVED': 'approved', 'fu.s.REJECTED': 'rejected',
    'fu.s.WITHDRAWN': 'withdrawn', 'fu.s.PROOF_SUBMITTED': 'proof submitted', 'fu.s.CLOSED': 'closed',
    'fu.o.APPROVED': 'approve', 'fu.o.REJECTED': 'reject',
    'fu.ledger': 'Ledger', 'fu.ledgerMore': 'The newest {shown} of {total} entries.', 'fu.noLedger': 'No entries yet.',
    'fu.valueDate': 'Value date', 'fu.kind': 'Kind', 'fu.amountCol': 'Amount', 'fu.note': 'Note', 'fu.bookedBy': 'booked by',
    'fu.k.COMMITMENT': 'grant (committed)', 'fu.k.PAYOUT': 'payout', 'fu.k.RECLAIM': 'reclaim', 'fu.k.REPAYMENT': 'repayment',
    'fu.payout': 'Record a payout', 'fu.recordPayout': 'Record payout', 'fu.payable': 'Still payable: {amount}',
    'fu.f.budget': 'Budget', 'fu.f.committed': 'committed', 'fu.f.paid': 'paid', 'fu.f.repaid': 'repaid',
    'fu.f.available': 'available', 'fu.f.payable': 'still payable',
    'fu.c.PERSONNEL': 'Personnel', 'fu.c.MATERIAL': 'Material', 'fu.c.FEES': 'Fees', 'fu.c.EVENTS': 'Events',
    'fu.c.PUBLIC_RELATIONS': 'Public relations', 'fu.c.TRAVEL': 'Travel', 'fu.c.INVESTMENT': 'Investments',
    'fu.programmes': 'Funding programmes', 'fu.programmeTitle': 'Programme', 'fu.year': 'Year', 'fu.window': 'Application window',
    'fu.windowRange': '{from} to {to}', 'fu.w.open': 'open', 'fu.w.closed': 'closed', 'fu.w.upcoming': 'not yet open',
    'fu.show': 'show', 'fu.rules': 'Rules of the programme', 'fu.r.fundingRate': 'Funding rate', 'fu.r.minOwnShare': 'Minimum own share',
    'fu.r.minGrant': 'Minimum grant (above it, unless an exception)', 'fu.r.capPerApplication': 'Cap per application',
    'fu.r.capPerMunicipality': 'Cap per municipality', 'fu.r.reimbursementThreshold': 'Reimbursement threshold (below it, paid after the proof)',
    'fu.r.proofMonths': 'Proof of use due', 'fu.r.consultation': 'Consultation required', 'fu.none.cap': 'none',
    'fu.months.one': '1 month after the project ends', 'fu.months': '{n} months after the project ends',
    'fu.gate.one': 'LPR consultation within the month before submission', 'fu.gate': 'LPR consultation within the {n} months before submission',
    'fu.gate.none': 'none', 'fu.open.one': 'The application window is open until {to} – 1 day left.',
    'fu.open': 'The application window is open until {to} – {n} days left.', 'fu.open.last': 'The application window closes today, {to}.',
    'fu.closedWarning': 'Attention: the application window of this programme is closed ({from} to {to}). You can save a draft but not submit it.',
    'fu.upcomingWarning': 'Attention: the application window of this programme opens on {from} (until {to}). You can save a draft and submit it from then on.',
    'fu.exceptionRequested': 'Exception requested (short-notice or event-driven project)', 'fu.exceptionReason': 'Reason for the exception',
    'fu.exceptionHint': 'Only needed when the requested grant is not above the minimum grant of {amount}.',
    'fu.consultations': 'Recorded LPR consultations', 'fu.noConsultations': 'No LPR consultation is recorded for this municipality yet.',
    'fu.consultationOn': 'Consultation on {date}', 'fu.ags': 'AGS {ags}', 'fu.costPlanTable': 'Cost plan', 'fu.category.col': 'Category',
    'fu.applicationsCount.one': '1 application', 'fu.applicationsCount': '{n} applications',
    'fu.concept': 'Project concept (Beccaria standards)'
  }
};


const pad = n => String(n).padStart(2, '0');
/** Today in the browser's calendar, as the API writes dates (YYYY-MM-DD). */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const days = (from, to) => Math.round((Date.parse(to + 'T12:00:00Z') - Date.parse(from + 'T12:00:00Z')) / 86400000);
/** 'open', 'closed' or 'upcoming': the programme's application window on the browser's today. */
const windowState = p => (today() < p.windowOpens ? 'upcoming' : today() > p.windowCloses ? 'closed' : 'open');
const plural = (api, key, n, vars = {}) => api.t(key, { count: n, n, ...vars });
const category = (api, code) => (MESSAGES.de['fu.c.' + code] ? api.t('fu.c.' + code) : code);
const percent = share => `${Math.round(Number(share) * 10000) / 100} %`.replace('.', ',');

/** The window as a sentence: how long it is still open, or a warning that it is closed or not yet open. */
function windowNotice(api, p, id) {
  const { h, t } = api;
  const vars = { from: api.format.date(p.windowOpens), to: api.format.date(p.windowCloses) };
  const state = windowState(p);
  if (state === 'open') {
    const left = days(today(), p.windowCloses);
    const text = left === 0 ? t('fu.open.last', vars) : plural(api, 'fu.open', left, vars);
    return h('p', { class: 'notice', id, role: 'note' }, text);
  }
  return h('p', { class: 'notice warn', id, role: 'note', 'data-window': state },
    h('strong', {}, t(state === 'closed' ? 'fu.closedWarning' : 'fu.upcomingWarning', vars)));
}

/** The programme's rules as the applicant needs them before investing effort. */
function rules(api, p) {
  const { h, t } = api;
  const money = v => (v === null || v === undefined ? t('fu.none.cap') : api.format.money(v));
  const rows = [
    ['fundingRate', percent(p.fundingRate)], ['minOwnShare', percent(p.minOwnShare)], ['minGrant', api.format.money(p.minGrant)],
    ['capPerApplication', money(p.capPerApplication)], ['capPerMunicipality', money(p.capPerMunicipality)],
    ['reimbursementThreshold', api.format.money(p.reimbursementThreshold)],
    ['proofMonths', plural(api, 'fu.months', p.proofMonths)],
    ['consultation', p.consultationMonths ? plural(api, 'fu.gate', p.consultationMonths) : t('fu.gate.none')]];
  return h('section', { 'aria-labelledby': 'fu-rules', id: 'programme-rules' }, h('h2', { id: 'fu-rules' }, t('fu.rules')),
    h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', {}, t('fu.r.' + k)), h('dd', {}, v)])));
}

/** The programme shown: the one the route names, else the newest year's (an open one first). */
function chosen(programmes, id) {
  if (id) return programmes.find(p => p.id === id);
  const rank = { open: 0, upcoming: 1, closed: 2 };
  return [...programmes].sort((a, b) => b.year - a.year || rank[windowState(a)] - rank[windowState(b)])[0];
}

async function overview(container, api, programmeId) {
  const { h, t } = api;
  container.append(h('h1', {}, t('fu.title')));
  const programmes = await api.all('/funding/programmes');
  if (!programmes.length) {
    container.append(h('p', {}, t('fu.noProgramme')));
    return;
  }
  const p = chosen(programmes, programmeId) || chosen(programmes);
  const badgeKind = { open: 'ok', closed: 'bad', upcoming: 'warn' };
  container.append(api.table(t('fu.programmes'), [
    { label: t('fu.programmeTitle'), value: x => (x.id === p.id ? h('strong', {}, x.title) : h('a', { href: `#/m/funding/p/${x.id}` }, x.title)) },
    { label: t('fu.year'), value: x => String(x.year) },
    { label: t('fu.window'), value: x => [t('fu.windowRange', { from: api.format.date(x.windowOpens), to: api.format.date(x.windowCloses) }), ' ',
      api.badge(t('fu.w.' + windowState(x)), badgeKind[windowState(x)])] },
    { label: t('fu.f.available'), value: x => api.format.money(x.figures.available), num: true }
  ], programmes));
  const f = p.figures;
  container.append(h('h2', { id: 'fu-programme' }, p.title), windowNotice(api, p, 'programme-window'),
    h('div', { class: 'actions' }, h('a', { class: 'button', href: `#/m/funding/new/${p.id}`, id: 'funding-new',
      'aria-describedby': 'programme-window' }, t('fu.new'))),
    h('div', { class: 'grid2' },
      h('section', { 'aria-labelledby': 'fu-budget' }, h('h2', { id: 'fu-budget' }, `${t('fu.budget')} ${p.year}`),
        api.charts.gauge(`${t('fu.budget')} ${p.year}`, Number(f.committed), Number(f.budget), v => api.format.money(v))),
      h('div', { id: 'fu-districts' })),
    rules(api, p));
  try {
    const rows = await api.get(`/funding/programmes/${p.id}/report?by=district`);
    container.querySelector('#fu-districts').append(h('h2', {}, t('fu.byDistrict')),
      api.charts.bar(t('fu.byDistrict'), rows.map(r => ({ label: r.key, value: Number(r.committed) })), v => api.format.money(v)));
  } catch (e) { /* the report is for LPR staff and viewers */ }

  const ledger = await api.get(`/funding/ledger?programme=${p.id}&limit=50`);
  container.append(h('dl', { class: 'facts', id: 'programme-figures' },
    ['budget', 'committed', 'paid', 'repaid', 'available'].map(k => [h('dt', {}, t('fu.f.' + k)), h('dd', {}, api.format.money(f[k]))])));
  const apps = await api.all(`/funding/applications?programme=${p.id}`);
  const titles = new Map(apps.map(a => [a.id, a.title]));
  container.append(
    h('p', { class: 'hint' }, plural(api, 'fu.applicationsCount', apps.length)),
    api.table(t('fu.applications'), [
      { label: t('fu.app'), value: a => h('a', { href: `#/m/funding/${a.id}` }, a.title) },
      { label: t('fu.municipality'), value: a => a.municipalityName },
      { label: t('fu.status'), value: a => t('fu.s.' + a.status) },
      { label: t('fu.requested'), value: a => api.format.money(a.requestedAmount), num: true },
      { label: t('fu.granted'), value: a => (a.decision ? api.format.money(a.decision.grantedAmount) : ''), num: true }
    ], apps, t('fu.none')),
    h('section', { 'aria-labelledby': 'fu-ledger', id: 'programme-ledger' }, h('h2', { id: 'fu-ledger' }, t('fu.ledger')),
      ledgerTable(api, ledger.items, titles),
      ledger.total > ledger.items.length ? h('p', { class: 'hint' }, t('fu.ledgerMore', { shown: ledger.items.length, total: ledger.total })) : null));
}

// The append-only ledger: commitments, payouts, reclaims and repayments; with titles, the project of each line.
function ledgerTable(api, entries, titles) {
  const { h, t } = api;
  return api.table(t('fu.ledger'), [
    { label: t('fu.valueDate'), value: e => api.format.date(e.valueDate) },
    { label: t('fu.kind'), value: e => t('fu.k.' + e.kind) },
    { label: t('fu.amountCol'), value: e => api.format.money(e.amount), num: true },
    titles ? { label: t('fu.app'), value: e => h('a', { href: `#/m/funding/${e.applicationId}` }, titles.get(e.applicationId) || t('fu.app')) } : null,
    { label: t('fu.note'), value: e => e.note || '' },
    { label: t('fu.bookedBy'), value: e => e.bookedBy || '' }
  ].filter(Boolean), entries, t('fu.noLedger'));
}

function payoutForm(api, a, reload) {
  const { h, t } = api;
  const form = h('form', { class: 'card', id: 'payout-form', novalidate: true }, h('h2', {}, t('fu.payout')),
    h('p', {}, t('fu.payable', { amount: api.format.money(a.money.payable) })),
    h('div', { class: 'grid2' },
      api.field(t('fu.amount'), 'amount', { type: 'number', step: '0.01', min: '0', required: true, value: a.money.payable }),
      api.field(t('fu.valueDate'), 'valueDate', { type: 'date', value: today() })),
    api.field(t('fu.note'), 'note'),
    h('button', { type: 'submit', class: 'primary' }, t('fu.recordPayout')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (await api.submit(form, () => api.post(`/funding/applications/${a.id}/payouts`, api.formValues(form)))) await reload();
  });
  return form;
}

/** The LPR consultations known for a municipality, when the programme requires one before submission. */
async function consultations(api, programme, ags, box) {
  const { h, t } = api;
  box.replaceChildren();
  if (!programme.consultationMonths || !ags) return;
  const known = await api.get(`/funding/consultations?municipality=${encodeURIComponent(ags)}`).catch(() => []);
  box.append(h('h2', {}, t('fu.consultations')), known.length
    ? h('ul', {}, known.map(k => h('li', {}, t('fu.consultationOn', { date: api.format.date(k.date) }) + (k.topics.length ? ` – ${k.topics.join(', ')}` : ''))))
    : h('p', {}, t('fu.noConsultations')));
}

async function apply(container, api, programmeId) {
  const { h, t } = api;
  const own = api.user.municipalities && api.user.municipalities.length ? api.user.municipalities : undefined;
  const [programme, municipalityChoices] = await Promise.all([api.get(`/funding/programmes/${programmeId}`),
    api.municipalityChoices(own)]);
  const costs = [0, 1, 2].map(i => h('fieldset', {}, h('legend', {}, t('fu.cost', { n: i + 1 })),
    api.field(t('fu.category'), `costPlan[${i}].category`, { type: 'select', choices: [['', '–'], ...CATEGORIES.map(c => [c, category(api, c)])] }),
    api.field(t('fu.description'), `costPlan[${i}].description`),
    api.field(t('fu.amount'), `costPlan[${i}].amount`, { type: 'number', step: '0.01', min: '0' })));
  const consulted = h('section', { id: 'known-consultations', 'aria-live': 'polite' });
  const form = h('form', { id: 'funding-form', novalidate: true },
    api.field(t('fu.municipality'), 'municipality', { type: 'select', required: true, value: (own || [])[0] || '', choices: municipalityChoices }),
    api.field(t('fu.applicant'), 'applicant', { required: true }),
    api.field(t('fu.app'), 'title', { required: true }),
    api.field(t('fu.actionField'), 'actionField', { type: 'select', required: true, choices: programme.actionFields }),
    api.field(t('fu.location'), 'location', { required: true }),
    h('div', { class: 'grid2' }, api.field(t('fu.periodStart'), 'periodStart', { type: 'date', required: true }),
      api.field(t('fu.periodEnd'), 'periodEnd', { type: 'date', required: true })),
    h('div', { class: 'grid2' }, api.field(t('fu.consultationDate'), 'consultationDate', { type: 'date', required: true }),
      api.field(t('fu.consultationReference'), 'consultationReference', { required: true })),
    consulted,
    h('fieldset', {}, h('legend', {}, t('fu.steps')),
      STEPS.map(s => api.field(t('fu.step.' + s), `description.${s}`, { type: 'textarea', rows: 2, required: true }))),
    h('fieldset', {}, h('legend', {}, t('fu.costPlan')), h('div', { class: 'grid2' }, costs)),
    h('div', { class: 'grid2' },
      api.field(t('fu.requestedAmount'), 'requestedAmount', { type: 'number', step: '0.01', required: true }),
      api.field(t('fu.ownContribution'), 'ownContribution', { type: 'number', step: '0.01', required: true }),
      api.field(t('fu.otherFunding'), 'otherFunding', { type: 'number', step: '0.01', value: '0' })),
    api.field(t('fu.exceptionRequested'), 'exceptionRequested', { type: 'checkbox' }),
    api.field(t('fu.exceptionReason'), 'exceptionReason', { type: 'textarea', rows: 2,
      hint: t('fu.exceptionHint', { amount: api.format.money(programme.minGrant) }) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('fu.save'))));
  container.append(h('p', {}, h('a', { href: `#/m/funding/p/${programme.id}` }, t('fu.back'))),
    h('h1', {}, `${t('fu.new')} – ${programme.title}`), windowNotice(api, programme, 'apply-window'), rules(api, programme), form);
  const municipality = form.querySelector('[name=municipality]');
  municipality.addEventListener('change', () => consultations(api, programme, municipality.value, consulted));
  await consultations(api, programme, municipality.value, consulted);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(form);
    const description = Object.fromEntries(STEPS.map(s => [s, v[`description.${s}`]]));
    const costPlan = [0, 1, 2].filter(i => v[`costPlan[${i}].category`] || v[`costPlan[${i}].amount`] !== null)
      .map(i => ({ category: v[`costPlan[${i}].category`], description: v[`costPlan[${i}].description`], amount: v[`costPlan[${i}].amount`] }));
    const body = { programmeId, municipality: v.municipality, applicant: v.applicant, title: v.title, actionField: v.actionField,
      location: v.location, periodStart: v.periodStart, periodEnd: v.periodEnd, description, consultationDate: v.consultationDate,
      consultationReference: v.consultationReference, costPlan, requestedAmount: v.requestedAmount,
      ownContribution: v.ownContribution, otherFunding: v.otherFunding ?? 0, exceptionRequested: v.exceptionRequested,
      exceptionReason: v.exceptionReason };
    const created = await api.submit(form, () => api.post('/funding/applications', body));
    if (created) api.navigate(created.id);
  });
}

async function detail(container, api, id) {
  const { h, t } = api;
  const [a, calc, ledger] = await Promise.all([api.get(`/funding/applications/${id}`), api.get(`/funding/applications/${id}/calculation`),
    // police may read an application but not its ledger
    api.all(`/funding/applications/${id}/ledger`).catch(() => null)]);
  const programme = await api.get(`/funding/programmes/${a.programmeId}`);
  const reload = () => { container.replaceChildren(); return detail(container, api, id); };
  container.append(h('p', {}, h('a', { href: `#/m/funding/p/${a.programmeId}` }, t('fu.back'))), h('h1', {}, a.title),
    h('dl', { class: 'facts' },
      h('dt', {}, t('fu.programmeTitle')), h('dd', {}, programme.title),
      h('dt', {}, t('fu.municipality')), h('dd', {}, a.municipalityName),
      h('dt', {}, t('fu.status')), h('dd', { id: 'application-status' }, t('fu.s.' + a.status)),
      h('dt', {}, t('fu.requested')), h('dd', {}, api.format.money(a.requestedAmount)),
      h('dt', {}, t('fu.eligible')), h('dd', {}, api.format.money(calc.eligibleCosts)),
      h('dt', {}, t('fu.maximum')), h('dd', { id: 'max-fundable' }, h('strong', {}, api.format.money(calc.maxFundable))),
      h('dt', {}, t('fu.minOwn')), h('dd', {}, api.format.money(calc.minOwnContribution))),
    api.table(t('fu.costPlanTable'), [
      { label: t('fu.category.col'), value: c => category(api, c.category) },
      { label: t('fu.description'), value: c => c.description },
      { label: t('fu.amountCol'), value: c => api.format.money(c.amount), num: true }
    ], a.costPlan),
    h('h2', {}, t('fu.calculation')), h('ul', { id: 'calculation' }, calc.explanation.map(line => h('li', {}, line))));

  const action = (label, path, extra = {}) => {
    const form = h('form', { class: 'card', novalidate: true, 'data-action': path }, h('button', { type: 'submit', class: 'primary' }, label));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (await api.submit(form, () => api.post(`/funding/applications/${id}/${path}`, { version: a.version, ...extra }))) await reload();
    });
    return form;
  };
  if (a.status === 'DRAFT') container.append(windowNotice(api, programme, 'submit-window'), action(t('fu.submit'), 'submit'));
  if (a.status === 'SUBMITTED' && api.user.lprAdmin) container.append(action(t('fu.review'), 'review'));
  if (a.status === 'UNDER_REVIEW' && api.user.lprAdmin) {
    const decide = h('form', { class: 'card', id: 'decision-form', novalidate: true }, h('h2', {}, t('fu.decide')),
      api.field(t('fu.outcome'), 'outcome', { type: 'select', choices: ['APPROVED', 'REJECTED'].map(o => [o, t('fu.o.' + o)]) }),
      api.field(t('fu.grantedAmount'), 'grantedAmount', { type: 'number', step: '0.01', value: calc.maxFundable }),
      api.field(t('fu.conditions'), 'conditions'), api.field(t('fu.reason'), 'reason'),
      h('button', { type: 'submit', class: 'primary' }, t('fu.decide')));
    decide.addEventListener('submit', async event => {
      event.preventDefault();
      const v = api.formValues(decide);
      if (await api.submit(decide, () => api.post(`/funding/applications/${id}/decision`, { ...v, version: a.version }))) await reload();
    });
    container.append(decide);
  }
  container.append(h('p', {}, h('a', { class: 'button', href: `#/m/funding/concept/${id}`, id: 'concept-link' }, t('fu.concept'))));
  if (['APPROVED', 'PROOF_SUBMITTED', 'CLOSED'].includes(a.status)) container.append(proofSection(api, a, reload, c => category(api, c)));
  if (['APPROVED', 'PROOF_SUBMITTED', 'CLOSED'].includes(a.status) && api.user.lprAdmin) container.append(payoutForm(api, a, reload));
  if (ledger) container.append(h('section', { 'aria-labelledby': 'fu-app-ledger', id: 'application-ledger' },
    h('h2', { id: 'fu-app-ledger' }, t('fu.ledger')),
    h('dl', { class: 'facts' },
      ['committed', 'paid', 'payable'].map(k => [h('dt', {}, t('fu.f.' + k)), h('dd', { 'data-figure': k }, api.format.money(a.money[k]))])),
    ledgerTable(api, ledger, null)));
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  const [first, second, third] = api.route.split('/');
  if (first === 'new') return apply(container, api, second);
  if (first === 'concept') return conceptWizard(container, api, second, Number(third) || 0);
  if (first === 'p') return overview(container, api, second);
  if (first) return detail(container, api, first);
  return overview(container, api);
}
