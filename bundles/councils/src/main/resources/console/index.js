// Councils page of the ASSKomm console: each prevention council's status and history, members by sector,
// meetings with attendance and decisions, tasks (overdue ones on the list), and the next status step.
// the steps the API allows from each status (CouncilStatus.next)
const NEXT = { PLANNED: ['COORDINATION_OFFICE'], COORDINATION_OFFICE: ['CONSTITUTED'], CONSTITUTED: ['DORMANT'],
  DORMANT: ['REACTIVATED'], REACTIVATED: ['DORMANT'] };
const SECTORS = ['ADMINISTRATION', 'POLICE', 'EDUCATION', 'YOUTH_WORK', 'SENIOR_WORK', 'ASSOCIATIONS', 'CHURCHES', 'OTHER'];
const MESSAGES = {
  de: {
    'co.title': 'Präventionsräte', 'co.list': 'Präventionsräte', 'co.council': 'Rat', 'co.municipality': 'Gemeinde',
    'co.status': 'Status', 'co.since': 'seit', 'co.members': 'Mitglieder', 'co.bySector': 'Mitglieder nach Bereich (stimmberechtigt)',
    'co.name': 'Name', 'co.organisation': 'Organisation', 'co.function': 'Funktion', 'co.sector': 'Bereich', 'co.voting': 'stimmberechtigt',
    'co.meetings': 'Sitzungen', 'co.date': 'Datum', 'co.topic': 'Thema', 'co.attendance': 'Anwesend', 'co.decisions': 'Beschlüsse',
    'co.history': 'Verlauf', 'co.change': 'Status ändern', 'co.newStatus': 'Neuer Status', 'co.on': 'Datum', 'co.note': 'Notiz',
    'co.back': 'Zur Liste', 'co.none': 'Noch kein Präventionsrat.',
    'co.overdue': 'Überfällige Aufgaben', 'co.noOverdue': 'Keine überfälligen Aufgaben.', 'co.task': 'Aufgabe', 'co.owner': 'Verantwortlich',
    'co.due': 'Fällig am', 'co.done': 'Erledigt', 'co.complete': 'Als erledigt markieren', 'co.isOverdue': 'überfällig',
    'co.tasks': 'Aufgaben', 'co.noTasks': 'Noch keine Aufgaben.', 'co.newTask': 'Aufgabe vergeben', 'co.addTask': 'Aufgabe speichern',
    'co.meeting': 'Sitzung', 'co.newMeeting': 'Sitzung erfassen', 'co.location': 'Ort', 'co.agenda': 'Tagesordnung (ein Punkt je Zeile)',
    'co.saveMeeting': 'Sitzung speichern', 'co.markAttendance': 'Anwesenheit erfassen', 'co.saveAttendance': 'Anwesenheit speichern',
    'co.s.PLANNED': 'geplant', 'co.s.COORDINATION_OFFICE': 'Koordinierungsstelle', 'co.s.CONSTITUTED': 'konstituiert',
    'co.s.DORMANT': 'ruhend', 'co.s.REACTIVATED': 'reaktiviert',
    'co.x.ADMINISTRATION': 'Verwaltung', 'co.x.POLICE': 'Polizei', 'co.x.EDUCATION': 'Bildung', 'co.x.YOUTH_WORK': 'Jugendarbeit',
    'co.x.SENIOR_WORK': 'Seniorenarbeit', 'co.x.ASSOCIATIONS': 'Vereine', 'co.x.CHURCHES': 'Kirchen', 'co.x.OTHER': 'Sonstige',
    'co.newMember': 'Mitglied aufnehmen', 'co.memberSince': 'Mitglied seit', 'co.addMember': 'Mitglied speichern',
    'co.steering': 'in der Lenkungsgruppe', 'co.onHint': 'Der Tag, an dem der Schritt geschah – auch rückwirkend, nicht vor dem Datum des aktuellen Status.'
  },
  en: {
    'co.title': 'Prevention councils', 'co.list': 'Prevention councils', 'co.council': 'Council', 'co.municipality': 'Municipality',
    'co.status': 'Status', 'co.since': 'since', 'co.members': 'Members', 'co.bySector': 'Members by sector (voting)',
    'co.name': 'Name', 'co.organisation': 'Organisation', 'co.function': 'Function', 'co.sector': 'Sector', 'co.voting': 'voting',
    'co.meetings': 'Meetings', 'co.date': 'Date', 'co.topic': 'Title', 'co.attendance': 'Present', 'co.decisions': 'Decisions',
    'co.history': 'History', 'co.change': 'Change status', 'co.newStatus': 'New status', 'co.on': 'Date', 'co.note': 'Note',
    'co.back': 'Back to the list', 'co.none': 'No prevention council yet.',
    'co.overdue': 'Overdue tasks', 'co.noOverdue': 'No overdue tasks.', 'co.task': 'Task', 'co.owner': 'Owner',
    'co.due': 'Due on', 'co.done': 'Done', 'co.complete': 'Mark as done', 'co.isOverdue': 'overdue',
    'co.tasks': 'Tasks', 'co.noTasks': 'No tasks yet.', 'co.newTask': 'Give out a task', 'co.addTask': 'Save task',
    'co.meeting': 'Meeting', 'co.newMeeting': 'Record a meeting', 'co.location': 'Location', 'co.agenda': 'Agenda (one item per line)',
    'co.saveMeeting': 'Save meeting', 'co.markAttendance': 'Record attendance', 'co.saveAttendance': 'Save attendance',
    'co.s.PLANNED': 'planned', 'co.s.COORDINATION_OFFICE': 'coordination office', 'co.s.CONSTITUTED': 'constituted',
    'co.s.DORMANT': 'dormant', 'co.s.REACTIVATED': 'reactivated',
    'co.x.ADMINISTRATION': 'Administration', 'co.x.POLICE': 'Police', 'co.x.EDUCATION': 'Education', 'co.x.YOUTH_WORK': 'Youth work',
    'co.x.SENIOR_WORK': 'Senior work', 'co.x.ASSOCIATIONS': 'Associations', 'co.x.CHURCHES': 'Churches', 'co.x.OTHER': 'Other',
    'co.newMember': 'Add a member', 'co.memberSince': 'Member since', 'co.addMember': 'Save member',
    'co.steering': 'in the steering group', 'co.onHint': 'The day the step happened – in the past too, not before the date of the current status.'
  }
};
const KIND = { PLANNED: 'neutral', COORDINATION_OFFICE: 'warn', CONSTITUTED: 'ok', DORMANT: 'warn', REACTIVATED: 'ok' };

async function list(container, api) {
  const { h, t } = api;
  const [councils, overdue, municipalities] = await Promise.all([api.all('/councils'), api.all('/councils/tasks/overdue'),
    api.all('/municipalities')]);
  const names = new Map(municipalities.map(m => [m.ags, m.name]));
  const councilName = new Map(councils.map(c => [c.id, c.name]));
  container.append(h('h1', {}, t('co.title')), api.table(t('co.list'), [
    { label: t('co.council'), value: c => h('a', { href: `#/m/councils/${c.id}` }, c.name) },
    { label: t('co.municipality'), value: c => names.get(c.municipality) || c.municipality },
    { label: t('co.status'), value: c => api.badge(t('co.s.' + c.status), KIND[c.status]) },
    { label: t('co.since'), value: c => api.format.date(c.statusSince) }
  ], councils, t('co.none')),
  h('section', { 'aria-labelledby': 'co-overdue', id: 'overdue-tasks' }, h('h2', { id: 'co-overdue' }, t('co.overdue')),
    api.table(t('co.overdue'), [
      { label: t('co.task'), value: x => x.title },
      { label: t('co.council'), value: x => h('a', { href: `#/m/councils/${x.councilId}` }, councilName.get(x.councilId) || x.councilId) },
      { label: t('co.owner'), value: x => x.owner || '' },
      { label: t('co.due'), value: x => api.format.date(x.dueOn) }
    ], overdue, t('co.noOverdue'))));
}

// Who attended a meeting: one checkbox per member, named attendeeIds so that the API's errors land here.
function attendanceBoxes(api, members, present) {
  const { h, t } = api;
  return h('fieldset', { class: 'attendance' }, h('legend', {}, t('co.attendance')),
    members.map(m => api.field(`${m.name}${m.organisation ? ' (' + m.organisation + ')' : ''}`, 'attendeeIds',
      { type: 'checkbox', value: present.includes(m.id), 'data-member': m.id })));
}
const checkedMembers = form => [...form.querySelectorAll('input[data-member]')].filter(c => c.checked).map(c => c.dataset.member);

function meetingForms(api, id, members, meetings, reload) {
  const { h, t } = api;
  const record = h('form', { class: 'card', id: 'meeting-form', novalidate: true }, h('h3', {}, t('co.newMeeting')),
    h('div', { class: 'grid2' }, api.field(t('co.date'), 'heldOn', { type: 'date', required: true }), api.field(t('co.location'), 'location')),
    api.field(t('co.topic'), 'title', { required: true }),
    api.field(t('co.agenda'), 'agenda', { type: 'textarea', rows: 3 }),
    attendanceBoxes(api, members, []),
    h('button', { type: 'submit', class: 'primary' }, t('co.saveMeeting')));
  record.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(record);
    const agenda = (v.agenda || '').split('\n').map(l => l.trim()).filter(Boolean);
    if (await api.submit(record, () => api.post(`/councils/${id}/meetings`,
      { heldOn: v.heldOn, title: v.title, location: v.location, agenda, attendeeIds: checkedMembers(record) }))) await reload();
  });
  if (!meetings.length) return [record];

  const byId = new Map(meetings.map(m => [m.id, m]));
  const boxes = h('div');
  const attendance = h('form', { class: 'card', id: 'attendance-form', novalidate: true }, h('h3', {}, t('co.markAttendance')),
    api.field(t('co.meeting'), 'meetingId', { type: 'select', choices: meetings.map(m => [m.id, `${api.format.date(m.heldOn)} – ${m.title}`]) }),
    boxes, h('button', { type: 'submit', class: 'primary' }, t('co.saveAttendance')));
  const showBoxes = () => boxes.replaceChildren(attendanceBoxes(api, members, byId.get(attendance.meetingId.value).attendeeIds));
  attendance.meetingId.addEventListener('change', showBoxes);
  showBoxes();
  attendance.addEventListener('submit', async event => {
    event.preventDefault();
    const m = byId.get(attendance.meetingId.value);
    if (await api.submit(attendance, () => api.put(`/councils/${id}/meetings/${m.id}`, { heldOn: m.heldOn, title: m.title,
      location: m.location, agenda: m.agenda, attendeeIds: checkedMembers(attendance), version: m.version }))) await reload();
  });
  return [attendance, record];
}

function taskSection(api, id, tasks, meetings, reload, mayWrite) {
  const { h, t } = api;
  const meetingTitle = new Map(meetings.map(m => [m.id, `${api.format.date(m.heldOn)} – ${m.title}`]));
  const done = task => {
    if (task.doneOn) return api.format.date(task.doneOn);
    if (!mayWrite) return '';
    return h('button', { type: 'button', class: 'secondary', 'data-task': task.id, 'aria-label': `${t('co.complete')}: ${task.title}`,
      onclick: async event => {
        try {
          await api.put(`/councils/${id}/tasks/${task.id}`, { meetingId: task.meetingId, title: task.title, owner: task.owner,
            dueOn: task.dueOn, doneOn: new Date().toISOString().substring(0, 10), version: task.version });
          await reload();
        } catch (e) { event.target.closest('section').append(api.errorBox(e)); }
      } }, t('co.complete'));
  };
  const add = h('form', { class: 'card', id: 'task-form', novalidate: true }, h('h3', {}, t('co.newTask')),
    api.field(t('co.task'), 'title', { required: true }),
    h('div', { class: 'grid2' }, api.field(t('co.owner'), 'owner', { required: true }), api.field(t('co.due'), 'dueOn', { type: 'date', required: true })),
    api.field(t('co.meeting'), 'meetingId', { type: 'select', choices: [['', '–'], ...meetings.map(m => [m.id, meetingTitle.get(m.id)])] }),
    h('button', { type: 'submit', class: 'primary' }, t('co.addTask')));
  add.addEventListener('submit', async event => {
    event.preventDefault();
    if (await api.submit(add, () => api.post(`/councils/${id}/tasks`, api.formValues(add)))) await reload();
  });
  return h('section', { 'aria-labelledby': 'co-tasks', id: 'council-tasks' }, h('h2', { id: 'co-tasks' }, t('co.tasks')),
    api.table(t('co.tasks'), [
      { label: t('co.task'), value: x => x.title },
      { label: t('co.owner'), value: x => x.owner || '' },
      { label: t('co.due'), value: x => h('span', {}, api.format.date(x.dueOn), x.overdue ? [' ', api.badge(t('co.isOverdue'), 'warn')] : null) },
      { label: t('co.meeting'), value: x => meetingTitle.get(x.meetingId) || '' },
      { label: t('co.done'), value: done }
    ], tasks, t('co.noTasks')), mayWrite ? add : null);
}

// A new member: name, organisation, function, sector, vote, since when.
function memberForm(api, id, reload) {
  const { h, t } = api;
  const form = h('form', { class: 'card', id: 'member-form', novalidate: true }, h('h3', {}, t('co.newMember')),
    h('div', { class: 'grid2' }, api.field(t('co.name'), 'name', { required: true }), api.field(t('co.organisation'), 'organisation')),
    h('div', { class: 'grid2' }, api.field(t('co.function'), 'function'),
      api.field(t('co.sector'), 'sector', { type: 'select', required: true, choices: SECTORS.map(x => [x, t('co.x.' + x)]) })),
    h('div', { class: 'grid2' }, api.field(t('co.memberSince'), 'memberSince', { type: 'date', required: true }),
      h('div', {}, api.field(t('co.voting'), 'voting', { type: 'checkbox', value: true }),
        api.field(t('co.steering'), 'steeringGroup', { type: 'checkbox', value: false }))),
    h('button', { type: 'submit', class: 'primary' }, t('co.addMember')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (await api.submit(form, () => api.post(`/councils/${id}/members`, api.formValues(form)))) await reload();
  });
  return form;
}

async function detail(container, api, id) {
  const { h, t } = api;
  const [council, members, meetings, history, tasks] = await Promise.all([
    api.get(`/councils/${id}`), api.get(`/councils/${id}/members`), api.all(`/councils/${id}/meetings`),
    api.get(`/councils/${id}/history`), api.all(`/councils/${id}/tasks`)]);
  const byId = new Map(members.map(m => [m.id, m]));
  const mayWrite = api.user.lprAdmin || api.user.municipalities.includes(council.municipality);
  const reload = () => { container.replaceChildren(); return detail(container, api, id); };
  container.append(h('p', {}, h('a', { href: '#/m/councils' }, t('co.back'))), h('h1', {}, council.name),
    h('p', {}, t('co.status'), ': ', h('span', { id: 'council-status' }, api.badge(t('co.s.' + council.status), KIND[council.status])),
      ` ${t('co.since')} ${api.format.date(council.statusSince)}`));

  const counts = SECTORS.map(s => ({ label: t('co.x.' + s), value: members.filter(m => m.sector === s && m.voting).length }));
  container.append(h('section', { 'aria-labelledby': 'co-members' }, h('h2', { id: 'co-members' }, t('co.members')),
    api.charts.bar(t('co.bySector'), counts),
    api.table(t('co.members'), [
      { label: t('co.name'), value: m => m.name },
      { label: t('co.organisation'), value: m => m.organisation || '' },
      { label: t('co.function'), value: m => m.function || '' },
      { label: t('co.sector'), value: m => t('co.x.' + m.sector) },
      { label: t('co.voting'), value: m => (m.voting ? t('common.yes') : t('common.no')) }
    ], [...members].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector)), '–'),
    mayWrite ? memberForm(api, id, reload) : null));

  container.append(h('section', { 'aria-labelledby': 'co-meetings' }, h('h2', { id: 'co-meetings' }, t('co.meetings')),
    api.table(t('co.meetings'), [
      { label: t('co.date'), value: m => api.format.date(m.heldOn) },
      { label: t('co.topic'), value: m => m.title },
      { label: t('co.attendance'), value: m => `${m.attendeeIds.length} / ${members.length}`, num: true },
      { label: t('co.decisions'), value: m => m.decisions.map(d => d.text).join('; ') }
    ], meetings, '–'),
    meetings.length ? h('p', { class: 'hint' }, meetings[0].attendeeIds.map(a => byId.get(a)?.name).filter(Boolean).join(', ')) : null,
    mayWrite ? meetingForms(api, id, members, meetings, reload) : null),
  taskSection(api, id, tasks, meetings, reload, mayWrite));

  container.append(api.table(t('co.history'), [
    { label: t('co.date'), value: e => api.format.date(e.on) },
    { label: t('co.status'), value: e => t('co.s.' + e.status) },
    { label: t('co.note'), value: e => e.note || '' }
  ], history, '–'));

  const change = h('form', { class: 'card', id: 'council-status-form', novalidate: true }, h('h2', {}, t('co.change')),
    api.field(t('co.newStatus'), 'status', { type: 'select', choices: NEXT[council.status].map(s => [s, t('co.s.' + s)]) }),
    api.field(t('co.on'), 'on', { type: 'date', required: true, hint: t('co.onHint') }), api.field(t('co.note'), 'note'),
    h('button', { type: 'submit', class: 'primary' }, t('co.change')));
  change.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(change);
    if (await api.submit(change, () => api.post(`/councils/${id}/status`, { ...v, version: council.version }))) await reload();
  });
  container.append(change);
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  return api.route ? detail(container, api, api.route) : list(container, api);
}
