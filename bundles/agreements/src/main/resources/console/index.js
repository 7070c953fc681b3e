// Agreements page of the ASSKomm console: list, detail with lifecycle actions and documents, entering a new agreement.
// Rendered by the console shell through render(container, api); uses only the api helper.
const NEXT = {
  FIRST_CONTACT: ['PRE_AGREEMENT', 'SIGNED', 'ENDED'], PRE_AGREEMENT: ['SIGNED', 'ENDED'], SIGNED: ['ACTIVE', 'ENDED'],
  ACTIVE: ['INACTIVE', 'ENDED'], INACTIVE: ['ACTIVE', 'ENDED'], ENDED: []
};
const STATUS_KIND = { FIRST_CONTACT: 'neutral', PRE_AGREEMENT: 'warn', SIGNED: 'ok', ACTIVE: 'ok', INACTIVE: 'warn', ENDED: 'neutral' };

// the party types of an agreement; since API 1.2 also the further partners beyond municipality, police and LPR
const PARTY_TYPES = ['MUNICIPALITY', 'POLICE', 'LPR', 'DISTRICT', 'SCHOOLS_OFFICE', 'YOUTH_WELFARE_OFFICE', 'CIVIC_EDUCATION_CENTRE', 'ASSOCIATION', 'OTHER'];

const MESSAGES = {
  de: {
    'ag.t.SCHOOLS_OFFICE': 'Schulamt (LaSuB)', 'ag.t.YOUTH_WELFARE_OFFICE': 'Jugendamt', 'ag.t.CIVIC_EDUCATION_CENTRE': 'Landeszentrale für politische Bildung', 'ag.t.ASSOCIATION': 'Verein oder Verband',
    'ag.title': 'Kooperationsvereinbarungen', 'ag.new': 'Vereinbarung erfassen', 'ag.list': 'Vereinbarungen',
    'ag.municipality': 'Gemeinde', 'ag.subject': 'Gegenstand', 'ag.status': 'Status', 'ag.signedOn': 'Unterzeichnet am',
    'ag.signedAt': 'Ort der Unterzeichnung', 'ag.parties': 'Vertragspartner', 'ag.goals': 'Ziele (eins je Zeile)',
    'ag.measures': 'Maßnahmen (eine je Zeile)', 'ag.validFrom': 'Gültig ab', 'ag.validUntil': 'Gültig bis',
    'ag.party': 'Vertragspartner {n}', 'ag.organisation': 'Organisation', 'ag.type': 'Art',
    'ag.signatory': 'Unterzeichnende Person', 'ag.function': 'Funktion', 'ag.create': 'Als Entwurf speichern',
    'ag.history': 'Verlauf', 'ag.on': 'Datum', 'ag.by': 'durch', 'ag.actions': 'Nächste Schritte',
    'ag.to': 'Status wechseln zu: {status}', 'ag.sign': 'Unterzeichnen', 'ag.date': 'Datum', 'ag.place': 'Ort',
    'ag.milestones': 'Meilensteine', 'ag.amendments': 'Änderungen', 'ag.documents': 'Dokumente',
    'ag.backToList': 'Zur Liste', 'ag.allStatus': 'alle', 'ag.filter': 'Anzeigen', 'ag.note': 'Notiz',
    'ag.addMilestone': 'Meilenstein erfassen', 'ag.milestoneType': 'Meilenstein', 'ag.description': 'Beschreibung',
    'ag.amend': 'Änderung erfassen', 'ag.none': 'Keine Vereinbarungen gefunden.',
    'ag.filename': 'Datei', 'ag.docType': 'Art', 'ag.size': 'Größe', 'ag.uploadedAt': 'Hochgeladen', 'ag.download': '{name} herunterladen',
    'ag.noDocuments': 'Noch keine Dokumente.', 'ag.upload': 'Dokument hochladen', 'ag.file': 'Datei (PDF, ODT oder DOCX, höchstens 10 MB)',
    'ag.fileHint': 'Zum Beispiel die unterzeichnete Vereinbarung als Scan.',
    'ag.m.application/pdf': 'PDF', 'ag.m.application/vnd.oasis.opendocument.text': 'ODT-Text', 'ag.m.application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
    'ag.s.FIRST_CONTACT': 'Erstkontakt', 'ag.s.PRE_AGREEMENT': 'Vorvereinbarung', 'ag.s.SIGNED': 'unterzeichnet',
    'ag.s.ACTIVE': 'aktiv', 'ag.s.INACTIVE': 'ruhend', 'ag.s.ENDED': 'beendet',
    'ag.t.MUNICIPALITY': 'Gemeinde', 'ag.t.POLICE': 'Polizei', 'ag.t.LPR': 'Landespräventionsrat', 'ag.t.DISTRICT': 'Landkreis', 'ag.t.OTHER': 'Sonstige',
    'ag.firstContactOn': 'Erstkontakt am', 'ag.firstContactHint': 'Leer lassen, wenn der Erstkontakt heute war.',
    'ag.stepDate': 'Datum', 'ag.stepDateHint': 'Leer lassen für heute; ein früherer Tag, wenn der Schritt schon geschah.',
    'ag.fileRequired': 'ist erforderlich',
    'ag.ms.COACHING_STARTED': 'Begleitung begonnen', 'ag.ms.SAFETY_ANALYSIS_STARTED': 'Sicherheitsanalyse begonnen',
    'ag.ms.SAFETY_ANALYSIS_COMPLETED': 'Sicherheitsanalyse abgeschlossen', 'ag.ms.COUNCIL_FOUNDED': 'Präventionsrat gegründet',
    'ag.ms.PREVENTION_REPORT_RECEIVED': 'Präventionsbericht eingegangen'
  },
  en: {
    'ag.t.SCHOOLS_OFFICE': 'Schools office', 'ag.t.YOUTH_WELFARE_OFFICE': 'Youth welfare office', 'ag.t.CIVIC_EDUCATION_CENTRE': 'Centre for civic education', 'ag.t.ASSOCIATION': 'Association',
    'ag.title': 'Cooperation agreements', 'ag.new': 'Enter agreement', 'ag.list': 'Agreements',
    'ag.municipality': 'Municipality', 'ag.subject': 'Subject', 'ag.status': 'Status', 'ag.signedOn': 'Signed on',
    'ag.signedAt': 'Place of signing', 'ag.parties': 'Parties', 'ag.goals': 'Goals (one per line)',
    'ag.measures': 'Measures (one per line)', 'ag.validFrom': 'Valid from', 'ag.validUntil': 'Valid until',
    'ag.party': 'Party {n}', 'ag.organisation': 'Organisation', 'ag.type': 'Type',
    'ag.signatory': 'Signatory', 'ag.function': 'Function', 'ag.create': 'Save as draft',
    'ag.history': 'History', 'ag.on': 'Date', 'ag.by': 'by', 'ag.actions': 'Next steps',
    'ag.to': 'Change status to: {status}', 'ag.sign': 'Sign', 'ag.date': 'Date', 'ag.place': 'Place',
    'ag.milestones': 'Milestones', 'ag.amendments': 'Amendments', 'ag.documents': 'Documents',
    'ag.backToList': 'Back to the list', 'ag.allStatus': 'all', 'ag.filter': 'Show', 'ag.note': 'Note',
    'ag.addMilestone': 'Record milestone', 'ag.milestoneType': 'Milestone', 'ag.description': 'Description',
    'ag.amend': 'Record amendment', 'ag.none': 'No agreements found.',
    'ag.filename': 'File', 'ag.docType': 'Type', 'ag.size': 'Size', 'ag.uploadedAt': 'Uploaded', 'ag.download': 'Download {name}',
    'ag.noDocuments': 'No documents yet.', 'ag.upload': 'Upload document', 'ag.file': 'File (PDF, ODT or DOCX, at most 10 MB)',
    'ag.fileHint': 'For example the signed agreement, scanned.',
    'ag.m.application/pdf': 'PDF', 'ag.m.application/vnd.oasis.opendocument.text': 'ODT text', 'ag.m.application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
    'ag.s.FIRST_CONTACT': 'first contact', 'ag.s.PRE_AGREEMENT': 'pre-agreement', 'ag.s.SIGNED': 'signed',
    'ag.s.ACTIVE': 'active', 'ag.s.INACTIVE': 'inactive', 'ag.s.ENDED': 'ended',
    'ag.t.MUNICIPALITY': 'Municipality', 'ag.t.POLICE': 'Police', 'ag.t.LPR': 'State prevention council', 'ag.t.DISTRICT': 'District', 'ag.t.OTHER': 'Other',
    'ag.firstContactOn': 'First contact on', 'ag.firstContactHint': 'Leave empty when the first contact was today.',
    'ag.stepDate': 'Date', 'ag.stepDateHint': 'Empty for today; an earlier day when the step happened before.',
    'ag.fileRequired': 'is required',
    'ag.ms.COACHING_STARTED': 'Coaching started', 'ag.ms.SAFETY_ANALYSIS_STARTED': 'Safety analysis started',
    'ag.ms.SAFETY_ANALYSIS_COMPLETED': 'Safety analysis completed', 'ag.ms.COUNCIL_FOUNDED': 'Council founded',
    'ag.ms.PREVENTION_REPORT_RECEIVED': 'Prevention report received'
  }
};

// the shell's cached map AGS → name
const municipalityNames = api => api.municipalityNames();

const lines = text => (text || '').split('\n').map(l => l.trim()).filter(Boolean);

async function list(container, api) {
  const { h, t } = api;
  const n = await municipalityNames(api);
  const filter = h('form', { class: 'filters', role: 'search' },
    api.field(t('ag.status'), 'status', { type: 'select', choices: [['', t('ag.allStatus')], ...Object.keys(NEXT).map(s => [s, t('ag.s.' + s)])] }),
    h('button', { type: 'submit', class: 'secondary' }, t('ag.filter')));
  const result = h('div');
  container.append(h('h1', {}, t('ag.title')),
    h('div', { class: 'actions' }, h('a', { class: 'button', href: '#/m/agreements/new', id: 'agreement-new' }, t('ag.new'))),
    filter, result);
  const load = async () => {
    const status = filter.status.value;
    const items = await api.all('/agreements' + (status ? `?status=${status}` : ''));
    result.replaceChildren(api.table(t('ag.list'), [
      { label: t('ag.municipality'), value: a => n.get(a.municipality) || a.municipality },
      { label: t('ag.subject'), value: a => h('a', { href: `#/m/agreements/${a.id}` }, a.subject) },
      { label: t('ag.status'), value: a => api.badge(t('ag.s.' + a.status), STATUS_KIND[a.status]) },
      { label: t('ag.signedOn'), value: a => api.format.date(a.signedOn) },
      { label: t('ag.parties'), value: a => String(a.parties), num: true }
    ], items, t('ag.none')));
  };
  filter.addEventListener('submit', e => { e.preventDefault(); load(); });
  await load();
}

function partyFieldset(api, i, defaults) {
  const { h, t } = api;
  const p = `parties[${i}]`;
  return h('fieldset', {}, h('legend', {}, t('ag.party', { n: i + 1 })),
    api.field(t('ag.organisation'), `${p}.organisation`, { value: defaults.organisation }),
    api.field(t('ag.type'), `${p}.type`, { type: 'select', value: defaults.type, choices: PARTY_TYPES.map(x => [x, t('ag.t.' + x)]) }),
    api.field(t('ag.signatory'), `${p}.signatories[0].name`),
    api.field(t('ag.function'), `${p}.signatories[0].function`));
}

async function create(container, api) {
  const { h, t } = api;
  const n = await municipalityNames(api);
  const own = api.user.municipalities;
  const choices = (api.user.lprAdmin ? [...n.keys()] : own).map(ags => [ags, `${n.get(ags) || ags} (${ags})`])
    .sort((a, b) => a[1].localeCompare(b[1], 'de'));
  const form = h('form', { id: 'agreement-form', novalidate: true },
    api.field(t('ag.municipality'), 'municipality', { type: 'select', required: true, value: own[0] || '', choices: [['', '–'], ...choices] }),
    api.field(t('ag.subject'), 'subject', { required: true }),
    api.field(t('ag.firstContactOn'), 'firstContactOn', { type: 'date', hint: t('ag.firstContactHint') }),
    api.field(t('ag.goals'), 'goals', { type: 'textarea' }),
    api.field(t('ag.measures'), 'measures', { type: 'textarea' }),
    h('div', { class: 'grid2' },
      partyFieldset(api, 0, { type: 'MUNICIPALITY' }),
      partyFieldset(api, 1, { type: 'POLICE' }),
      partyFieldset(api, 2, { type: 'LPR', organisation: 'Landespräventionsrat Sachsen' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('ag.create')),
      h('a', { href: '#/m/agreements', class: 'button' }, t('common.cancel'))));
  container.append(h('h1', {}, t('ag.new')), form);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(form);
    const parties = [];
    for (let i = 0; i < 3; i++) {
      const organisation = v[`parties[${i}].organisation`];
      if (!organisation) continue;
      const type = v[`parties[${i}].type`];
      const name = v[`parties[${i}].signatories[0].name`];
      parties.push({ organisation, type, municipality: type === 'MUNICIPALITY' ? v.municipality : null,
        signatories: name ? [{ name, function: v[`parties[${i}].signatories[0].function`] }] : [] });
    }
    const created = await api.submit(form, () => api.post('/agreements', {
      municipality: v.municipality, subject: v.subject, goals: lines(v.goals), measures: lines(v.measures), parties,
      firstContactOn: v.firstContactOn
    }));
    if (created) api.navigate(created.id);
  });
}

async function detail(container, api, id) {
  const { h, t } = api;
  const n = await municipalityNames(api);
  const a = await api.get(`/agreements/${id}`);
  const reload = () => { container.replaceChildren(); return detail(container, api, id); };
  container.append(h('p', {}, h('a', { href: '#/m/agreements' }, t('ag.backToList'))),
    h('h1', {}, `${a.subject} – ${n.get(a.municipality) || a.municipality}`),
    h('dl', { class: 'facts' },
      h('dt', {}, t('ag.status')), h('dd', { id: 'agreement-status' }, api.badge(t('ag.s.' + a.status), STATUS_KIND[a.status])),
      h('dt', {}, t('ag.signedOn')), h('dd', {}, api.format.date(a.signedOn) || '–'),
      h('dt', {}, t('ag.signedAt')), h('dd', {}, a.signedAt || '–')));

  const steps = NEXT[a.status] || [];
  if (steps.length) {
    const section = h('section', { 'aria-labelledby': 'ag-actions' }, h('h2', { id: 'ag-actions' }, t('ag.actions')));
    for (const to of steps) {
      const form = h('form', { class: 'card', 'data-transition': to, novalidate: true });
      if (to === 'SIGNED') {
        form.append(api.field(t('ag.date'), 'date', { type: 'date', required: true }), api.field(t('ag.place'), 'place', { required: true }));
      } else {
        // every step can be dated in the past, not in the future (the API's rule); empty means today
        form.append(api.field(t('ag.stepDate'), 'date', { type: 'date', hint: t('ag.stepDateHint') }));
      }
      form.append(h('button', { type: 'submit', class: to === 'ENDED' ? 'secondary' : 'primary' },
        to === 'SIGNED' ? t('ag.sign') : t('ag.to', { status: t('ag.s.' + to) })));
      form.addEventListener('submit', async event => {
        event.preventDefault();
        const v = api.formValues(form);
        const done = await api.submit(form, () => api.post(`/agreements/${id}/transitions`, { to, date: v.date, place: v.place, version: a.version }));
        if (done) await reload();
      });
      section.append(form);
    }
    container.append(section);
  }

  container.append(
    h('h2', {}, t('ag.goals').replace(/ \(.*\)/, '')), h('ul', {}, a.goals.map(g => h('li', {}, g))),
    h('h2', {}, t('ag.measures').replace(/ \(.*\)/, '')), h('ul', {}, a.measures.map(g => h('li', {}, g))),
    api.table(t('ag.parties'), [
      { label: t('ag.organisation'), value: p => p.organisation },
      { label: t('ag.type'), value: p => t('ag.t.' + p.type) },
      { label: t('ag.signatory'), value: p => p.signatories.map(s => `${s.name}${s.function ? ' (' + s.function + ')' : ''}`).join(', ') }
    ], a.parties),
    api.table(t('ag.history'), [
      { label: t('ag.on'), value: c => api.format.date(c.on) },
      { label: t('ag.status'), value: c => t('ag.s.' + c.status) },
      { label: t('ag.by'), value: c => c.by || '' }
    ], a.history),
    api.table(t('ag.milestones'), [
      { label: t('ag.on'), value: m => api.format.date(m.on) },
      { label: t('ag.milestoneType'), value: m => t('ag.ms.' + m.type) },
      { label: t('ag.note'), value: m => m.note || '' }
    ], a.milestones, `${t('ag.milestones')}: –`),
    api.table(t('ag.amendments'), [
      { label: t('ag.on'), value: m => api.format.date(m.on) },
      { label: t('ag.description'), value: m => m.description }
    ], a.amendments, `${t('ag.amendments')}: –`),
    documents(api, a, reload));

  const milestone = h('form', { class: 'card', novalidate: true }, h('h2', {}, t('ag.addMilestone')),
    api.field(t('ag.milestoneType'), 'type', { type: 'select', choices: ['COACHING_STARTED', 'SAFETY_ANALYSIS_STARTED', 'SAFETY_ANALYSIS_COMPLETED', 'COUNCIL_FOUNDED', 'PREVENTION_REPORT_RECEIVED'].map(x => [x, t('ag.ms.' + x)]) }),
    api.field(t('ag.date'), 'on', { type: 'date', required: true }), api.field(t('ag.note'), 'note'),
    h('button', { type: 'submit', class: 'secondary' }, t('ag.addMilestone')));
  milestone.addEventListener('submit', async event => {
    event.preventDefault();
    if (await api.submit(milestone, () => api.post(`/agreements/${id}/milestones`, api.formValues(milestone)))) await reload();
  });
  container.append(milestone);
}

// The signed agreement, scanned, and its annexes: list, download (with the user's credentials), upload.
function documents(api, a, reload) {
  const { h, t } = api;
  const section = h('section', { 'aria-labelledby': 'ag-documents', id: 'agreement-documents' }, h('h2', { id: 'ag-documents' }, t('ag.documents')));
  const download = d => h('button', { type: 'button', class: 'link-button', 'data-document': d.id,
    onclick: async () => { try { await api.download(`/agreements/${a.id}/documents/${d.id}`, d.filename); } catch (e) { section.append(api.errorBox(e)); } } },
  t('ag.download', { name: d.filename }));
  section.append(api.table(t('ag.documents'), [
    { label: t('ag.filename'), value: d => d.filename },
    { label: t('ag.docType'), value: d => t('ag.m.' + d.mediaType) },
    { label: t('ag.size'), value: d => `${api.format.number(d.size / 1024, 1)} KB`, num: true },
    { label: t('ag.uploadedAt'), value: d => api.format.dateTime(d.uploadedAt) },
    { label: t('ag.actions'), value: download, header: false }
  ], a.documents, t('ag.noDocuments')));
  // parties from the police and viewers read; the municipality and the LPR upload
  if (!api.user.lprAdmin && !api.user.municipalities.includes(a.municipality)) return section;
  const form = h('form', { class: 'card', id: 'document-form', novalidate: true }, h('h3', {}, t('ag.upload')),
    api.field(t('ag.file'), 'content', { type: 'file', required: true, accept: '.pdf,.odt,.docx,application/pdf', hint: t('ag.fileHint') }),
    h('button', { type: 'submit', class: 'secondary' }, t('ag.upload')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const file = form.content.files[0];
    const done = await api.submit(form, () => {
      if (!file) throw new api.ApiError(400, { errors: [{ field: 'content', message: t('ag.fileRequired') }] });
      return api.upload(`/agreements/${a.id}/documents?filename=${encodeURIComponent(file.name)}`, file);
    });
    if (done) await reload();
  });
  section.append(form);
  return section;
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  if (api.route === 'new') return create(container, api);
  if (api.route) return detail(container, api, api.route);
  return list(container, api);
}
