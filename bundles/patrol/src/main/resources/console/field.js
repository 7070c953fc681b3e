// Patrol page, office and field: the compound's orders (overdue ones marked, as the follow-up reminder) and its latest
// incident reports with their photos and the PDF report; read-only here, written through the API or the field app.
const MESSAGES = {
  de: {
    'pf.orders': 'Aufträge an den Außendienst', 'pf.title': 'Auftrag', 'pf.place': 'Ort', 'pf.due': 'Fällig am',
    'pf.officers': 'Dienstkräfte', 'pf.status': 'Stand', 'pf.s.OPEN': 'offen', 'pf.s.DONE': 'erledigt', 'pf.overdue': 'überfällig',
    'pf.noOrders': 'Keine Aufträge.', 'pf.overdueCount': 'Überfällige Aufträge: {count}',
    'pf.incidents': 'Vorfallberichte', 'pf.when': 'Zeitpunkt', 'pf.what': 'Was ist geschehen?', 'pf.photos': 'Fotos',
    'pf.report': 'Bericht', 'pf.pdf': 'PDF von {place}, {when}', 'pf.noIncidents': 'Noch keine Vorfälle berichtet.',
    'pf.checklist': 'Prüfliste'
  },
  en: {
    'pf.orders': 'Orders to the field', 'pf.title': 'Order', 'pf.place': 'Place', 'pf.due': 'Due',
    'pf.officers': 'Officers', 'pf.status': 'Status', 'pf.s.OPEN': 'open', 'pf.s.DONE': 'done', 'pf.overdue': 'overdue',
    'pf.noOrders': 'No orders.', 'pf.overdueCount': 'Overdue orders: {count}',
    'pf.incidents': 'Incident reports', 'pf.when': 'Time', 'pf.what': 'What happened?', 'pf.photos': 'Photos',
    'pf.report': 'Report', 'pf.pdf': 'PDF of {place}, {when}', 'pf.noIncidents': 'No incidents reported yet.',
    'pf.checklist': 'Checklist'
  }
};

export async function fieldSections(api, compound, names) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  const [orders, incidents] = await Promise.all([api.get(`/patrol/compounds/${compound.id}/orders?status=OPEN&limit=50`),
    api.get(`/patrol/compounds/${compound.id}/incidents?limit=20`)]);
  const officerNames = ids => ids.map(id => names.officer.get(id) || id).join(', ');
  const overdue = orders.items.filter(o => o.overdue).length;
  const orderSection = h('section', { 'aria-labelledby': 'pf-orders-h' }, h('h2', { id: 'pf-orders-h' }, t('pf.orders')),
    orders.items.length ? h('p', {}, t('pf.overdueCount', { count: overdue })) : null,
    api.table(t('pf.orders'), [
      { label: t('pf.title'), value: o => o.title },
      { label: t('pf.place'), value: o => `${o.placeName} (${names.member.get(o.ags) || o.ags})` },
      { label: t('pf.due'), value: o => api.format.date(o.due) },
      { label: t('pf.officers'), value: o => officerNames(o.officerIds) },
      { label: t('pf.status'), value: o => o.overdue ? api.badge(t('pf.overdue'), 'bad') : t('pf.s.' + o.status) },
      { label: t('pf.checklist'), value: o => o.checklist.map(i => i.label).join('; ') }
    ], orders.items, t('pf.noOrders')));
  const pdfButton = i => h('button', { type: 'button', class: 'link-button', 'data-incident': i.id,
    onclick: async () => {
      try {
        await api.download(`/patrol/compounds/${compound.id}/incidents/${i.id}/pdf`, `vorfallbericht-${i.occurredAt.slice(0, 10)}.pdf`);
      } catch (e) { incidentSection.append(api.errorBox(e)); }
    } }, t('pf.pdf', { place: i.placeName, when: api.format.dateTime(i.occurredAt) }));
  const incidentSection = h('section', { 'aria-labelledby': 'pf-incidents-h' }, h('h2', { id: 'pf-incidents-h' }, t('pf.incidents')),
    api.table(t('pf.incidents'), [
      { label: t('pf.when'), value: i => api.format.dateTime(i.occurredAt) },
      { label: t('pf.place'), value: i => `${i.placeName} (${names.member.get(i.ags) || i.ags})` },
      { label: t('pf.what'), value: i => i.what },
      { label: t('pf.officers'), value: i => officerNames(i.officerIds) },
      { label: t('pf.photos'), value: i => String(i.photos.length), num: true },
      { label: t('pf.report'), value: pdfButton }
    ], incidents.items, t('pf.noIncidents')));
  return [orderSection, incidentSection];
}
