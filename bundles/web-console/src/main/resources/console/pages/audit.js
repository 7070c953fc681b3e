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
    INSTALL: 'installiert', UNINSTALL: 'entfernt', LOCK: 'gesperrt', UNLOCK: 'entsperrt', IMPORT: 'importiert',
    CREATED: 'angelegt', ADMITTED: 'zugelassen', WAITLISTED: 'auf die Warteliste gesetzt', MOVE_UP: 'nachgerückt',
    CANCEL: 'abgesagt', END: 'beendet', ASSIGN: 'zugeordnet', EXPORT: 'exportiert', ANONYMISE: 'anonymisiert',
    PUBLISH: 'veröffentlicht', CHECKLIST: 'Checkliste erfasst', PHOTO_ADDED: 'Foto angefügt',
    CONCEPT: 'Projektkonzept fortgeschrieben', CONCEPT_FROM_ANALYSIS: 'Projektkonzept aus der Sicherheitsanalyse',
    IMPACT: 'Wirkung erfasst', ADD_RECIPIENT: 'Letztempfänger hinzugefügt', RECIPIENT_PROOF: 'Nachweis des Letztempfängers',
    REGISTER_UPLOAD: 'Melderegisterauszug hochgeladen', SAMPLE: 'Stichprobe gezogen', RECORD_ONLINE: 'online beantwortet',
    MAILING_EXPORTED_PERSONAL_DATA_DELETED: 'Versandliste ausgegeben, Namen und Anschriften gelöscht',
    PUBLISH_ACTION_FIELDS: 'Handlungsfelder veröffentlicht' },
  en: { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted', ENABLE: 'switched on', DISABLE: 'switched off',
    SIGNED: 'signed', PRE_AGREEMENT: 'pre-agreement', ACTIVE: 'active', INACTIVE: 'dormant', ENDED: 'ended',
    RECORD: 'recorded', ATTACH: 'document attached', AMEND: 'amendment recorded', CONCLUDED: 'concluded',
    APPROVED: 'approved', IN_FORCE: 'in force', TERMINATED: 'terminated', APPLY: 'applied', ENROL: 'place confirmed',
    WITHDRAW: 'withdrawn', COMPLETE: 'completed', ISSUE: 'issued', ATTEND: 'attendance recorded',
    SUBMIT: 'submitted', REVIEW: 'taken into review', APPROVE: 'granted', REJECT: 'rejected', PAYOUT: 'paid out',
    RECLAIM: 'reclaimed', REPAY: 'repaid', PROOF: 'proof of use submitted', CLOSE: 'closed',
    COORDINATION_OFFICE: 'coordination office', CONSTITUTED: 'constituted', DORMANT: 'dormant', REACTIVATED: 'reactivated',
    INSTALL: 'installed', UNINSTALL: 'removed', LOCK: 'locked', UNLOCK: 'unlocked', IMPORT: 'imported',
    CREATED: 'created', ADMITTED: 'admitted', WAITLISTED: 'put on the waiting list', MOVE_UP: 'moved up',
    CANCEL: 'cancelled', END: 'ended', ASSIGN: 'assigned', EXPORT: 'exported', ANONYMISE: 'anonymised',
    PUBLISH: 'published', CHECKLIST: 'checklist recorded', PHOTO_ADDED: 'photo added',
    CONCEPT: 'project concept updated', CONCEPT_FROM_ANALYSIS: 'project concept from the safety analysis',
    IMPACT: 'impact recorded', ADD_RECIPIENT: 'final recipient added', RECIPIENT_PROOF: 'final recipient\'s proof',
    REGISTER_UPLOAD: 'population register extract uploaded', SAMPLE: 'sample drawn', RECORD_ONLINE: 'answered online',
    MAILING_EXPORTED_PERSONAL_DATA_DELETED: 'mailing list exported, names and addresses deleted',
    PUBLISH_ACTION_FIELDS: 'action fields published' }
};
const ENTITIES = {
  de: { Agreement: 'Kooperationsvereinbarung', PurposeAgreement: 'Zweckvereinbarung', Consultation: 'Beratung',
    ModuleEnablement: 'Freischaltung', Application: 'Förderantrag', Programme: 'Förderprogramm', Enrolment: 'Anmeldung',
    Person: 'Person', Course: 'Kurs', Cohort: 'Studiengang', Certificate: 'Zertifikat', Council: 'Präventionsrat',
    Member: 'Mitglied', Meeting: 'Sitzung', Task: 'Aufgabe', WorkingGroup: 'Arbeitsgruppe', ActionField: 'Handlungsfeld',
    Compound: 'Vollzugsdienstverbund', Officer: 'Vollzugsbediensteter', Place: 'Ort', PatrolLog: 'Streifenprotokoll',
    Analysis: 'Sicherheitsanalyse', Document: 'Dokument', Feature: 'Modul', Survey: 'Bürgerbefragung',
    ItemBank: 'Fragenkatalog', Response: 'Antwort', Indicator: 'Kennzahl', CrimeImport: 'Import der Kriminalstatistik',
    OffenceCategory: 'Deliktgruppe', Assignment: 'Coaching-Zuordnung', Session: 'Coaching-Sitzung', Note: 'Notiz',
    Incident: 'Vorkommnis', Order: 'Dienstauftrag', CostKey: 'Kostenschlüssel', Report: 'Bürgerhinweis',
    Recipient: 'Letztempfänger', Concept: 'Projektkonzept', MunicipalityDirectory: 'Gemeindeverzeichnis' },
  en: {}
};

export async function render(container, api) {
  const { h, t } = api;
  const names = await api.municipalityNames();
  const moduleTitle = id => (id === 'platform' ? t('audit.platform') : api.modules.find(m => m.id === id)?.title || id);
  const action = code => (ACTIONS[api.lang()] || ACTIONS.de)[code]
    || (code.startsWith('MILESTONE_') ? t('audit.milestone') : code.startsWith('PHASE_') ? t('audit.phase') : code);
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
