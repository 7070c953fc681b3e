// The audit log with filters, newest first, 50 per page. Actions, record types, modules and municipalities are
// shown by their German names where the console knows them; an unknown action keeps its code.
const ACTIONS = {
  de: { CREATE: 'angelegt', UPDATE: 'geändert', DELETE: 'gelöscht', ENABLE: 'eingeschaltet', DISABLE: 'ausgeschaltet',
    SIGNED: 'unterzeichnet', PRE_AGREEMENT: 'Vorvereinbarung', ACTIVE: 'aktiv', INACTIVE: 'ruhend', ENDED: 'beendet',
    RECORD: 'erfasst', ATTACH: 'Dokument angehängt', AMEND: 'Änderung erfasst', CONCLUDED: 'geschlossen',
    APPROVED: 'genehmigt', IN_FORCE: 'in Kraft', TERMINATED: 'gekündigt', APPLY: 'angemeldet', ENROL: 'Platz bestätigt',
    WITHDRAW: 'zurückgezogen', COMPLETE: 'abgeschlossen', ISSUE: 'ausgestellt', ATTEND: 'Teilnahme erfasst',
    SUBMIT: 'eingereicht', REVIEW: 'in Prüfung genommen', APPROVE: 'bewilligt', REJECT: 'abgelehnt', PAYOUT: 'ausgezahlt',
    RECLAIM: 'zurückgefordert', REPAY: 'zurückgezahlt', PROOF: 'Verwendungsnachweis eingereicht', CLOSE: 'abgeschlossen',
    COORDINATION_OFFICE: 'Koordinierungsstelle', CONSTITUTED: 'konstituiert', DORMANT: 'ruhend', REACTIVATED: 'reaktiviert',
    INSTALL: 'installiert', UNINSTALL: 'entfernt', LOCK: 'gesperrt', UNLOCK: 'entsperrt', IMPORT: 'importiert' },
  en: { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted', ENABLE: 'switched on', DISABLE: 'switched off',
    SIGNED: 'signed', RECORD: 'recorded', SUBMIT: 'submitted', APPROVE: 'approved', PAYOUT: 'paid out' }
};
const ENTITIES = {
  de: { Agreement: 'Kooperationsvereinbarung', PurposeAgreement: 'Zweckvereinbarung', Consultation: 'Beratung',
    ModuleEnablement: 'Freischaltung', Application: 'Förderantrag', Programme: 'Förderprogramm', Enrolment: 'Anmeldung',
    Person: 'Person', Course: 'Kurs', Cohort: 'Studiengang', Certificate: 'Zertifikat', Council: 'Präventionsrat',
    Member: 'Mitglied', Meeting: 'Sitzung', Task: 'Aufgabe', WorkingGroup: 'Arbeitsgruppe', ActionField: 'Handlungsfeld',
    Compound: 'Vollzugsdienstverbund', Officer: 'Vollzugsbediensteter', Place: 'Ort', PatrolLog: 'Streifenprotokoll',
    Analysis: 'Sicherheitsanalyse', Document: 'Dokument', Feature: 'Modul' },
  en: {}
};

export async function render(container, api) {
  const { h, t } = api;
  const names = await api.municipalityNames();
  const moduleTitle = id => (id === 'platform' ? t('audit.platform') : api.modules.find(m => m.id === id)?.title || id);
  const action = code => (ACTIONS[api.lang()] || ACTIONS.de)[code] || (code.startsWith('MILESTONE_') ? t('audit.milestone') : code);
  const entity = type => (ENTITIES[api.lang()] || {})[type] || type;
  const limit = 50;
  let offset = 0;
  container.append(h('h1', {}, t('audit.title')), h('p', {}, t('audit.intro')));
  const form = h('form', { class: 'filters', role: 'search', novalidate: true },
    api.field(t('audit.module'), 'module'), api.field(t('audit.user'), 'user'),
    api.field(t('audit.municipality'), 'municipality'), api.field(t('audit.action'), 'action'),
    api.field(t('audit.from'), 'from', { type: 'date' }), api.field(t('audit.to'), 'to', { type: 'date' }),
    h('button', { type: 'submit', class: 'primary' }, t('common.filter')));
  const result = h('div', { id: 'audit-result' });
  container.append(form, result);

  async function load() {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(api.formValues(form))) if (v) params.set(k, v);
    params.set('offset', offset);
    params.set('limit', limit);
    const page = await api.submit(form, () => api.get(`/audit?${params}`));
    if (!page) return;
    const pager = h('div', { class: 'pager' },
      h('button', { type: 'button', disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - limit); load(); } }, t('common.previous')),
      h('span', {}, t('common.page', { from: page.total ? offset + 1 : 0, to: offset + page.items.length, total: page.total })),
      h('button', { type: 'button', disabled: offset + limit >= page.total, onclick: () => { offset += limit; load(); } }, t('common.next')));
    result.replaceChildren(api.table(t('audit.title'), [
      { label: t('audit.at'), value: e => api.format.dateTime(e.at) },
      { label: t('audit.user'), value: e => e.user || '–' },
      { label: t('audit.module'), value: e => moduleTitle(e.module) },
      { label: t('audit.entity'), value: e => entity(e.entityType) },
      { label: t('audit.action'), value: e => h('span', { 'data-action': e.action }, action(e.action)) },
      { label: t('audit.municipality'), value: e => (e.municipality ? names.get(e.municipality) || e.municipality : '–') }
    ], page.items, t('common.none')), pager);
  }
  form.addEventListener('submit', e => { e.preventDefault(); offset = 0; load(); });
  await load();
}
