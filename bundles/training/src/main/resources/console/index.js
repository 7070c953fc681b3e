// Training page of the ASSKomm console: the course catalogue, applying for a place (admitted or waitlisted),
// the waitlist and a municipality's enrolments with their next steps; attendance, completion and certificates
// for LPR staff; verifying a certificate code.
const MESSAGES = {
  de: {
    'tr.title': 'Aus- und Fortbildung', 'tr.catalogue': 'Kurskatalog', 'tr.course': 'Kurs', 'tr.format': 'Form',
    'tr.starts': 'Beginn', 'tr.seats': 'Plätze', 'tr.taken': 'belegt', 'tr.waiting': 'Warteliste', 'tr.status': 'Status',
    'tr.apply': 'Anmelden', 'tr.applyHead': 'Person zu einem Kurs anmelden', 'tr.person': 'Person',
    'tr.newPerson': 'Person erfassen', 'tr.firstName': 'Vorname', 'tr.lastName': 'Nachname', 'tr.email': 'E-Mail',
    'tr.organisation': 'Dienststelle', 'tr.sector': 'Bereich', 'tr.municipality': 'Gemeinde', 'tr.savePerson': 'Person speichern',
    'tr.enrolments': 'Anmeldungen', 'tr.waitlistPos': 'Wartelistenplatz', 'tr.confirm': 'Platz bestätigen', 'tr.withdraw': 'Zurückziehen',
    'tr.result.ADMITTED': '{person} ist zugelassen.', 'tr.result.WAITLISTED': '{person} steht auf der Warteliste (Platz {pos}).',
    'tr.e.ADMITTED': 'zugelassen', 'tr.e.WAITLISTED': 'Warteliste', 'tr.e.ENROLLED': 'eingeschrieben', 'tr.e.COMPLETED': 'abgeschlossen',
    'tr.e.WITHDRAWN': 'zurückgezogen', 'tr.e.REJECTED': 'abgelehnt', 'tr.o.OPEN': 'offen', 'tr.o.CANCELLED': 'abgesagt',
    'tr.f.IN_PERSON': 'Präsenz', 'tr.f.ONLINE': 'online', 'tr.f.BLENDED': 'gemischt', 'tr.actions': 'Aktionen', 'tr.none': 'Keine Einträge.',
    'tr.certificate': 'Zertifikat', 'tr.pdf': 'Zertifikat (PDF)', 'tr.verifyLink': 'Prüflink', 'tr.participation': 'Teilnahme und Zertifikate',
    'tr.participationIntro': 'Haken Sie die besuchten Termine ab; wer alle Termine besucht hat, kann abschließen und erhält ein Zertifikat.',
    'tr.attendedLabel': '{person} hat „{session}“ besucht', 'tr.complete': 'Teilnahme abschließen', 'tr.issue': 'Zertifikat ausstellen',
    'tr.next': 'Nächster Schritt', 'tr.noParticipants': 'Noch keine eingeschriebenen Teilnehmenden.', 'tr.verify': 'Zertifikat prüfen',
    'tr.code': 'Prüfcode', 'tr.valid': 'Gültig: {initials}, „{title}“, abgeschlossen am {date}.', 'tr.invalid': 'Kein gültiges Zertifikat.',
    'tr.x.ADMINISTRATION': 'Verwaltung', 'tr.x.POLICE': 'Polizei', 'tr.x.EDUCATION': 'Bildung', 'tr.x.YOUTH_WORK': 'Jugendarbeit',
    'tr.x.SENIOR_WORK': 'Seniorenarbeit', 'tr.x.ASSOCIATIONS': 'Vereine', 'tr.x.CHURCHES': 'Kirchen', 'tr.x.VOLUNTEER': 'Ehrenamt',
    'tr.x.OTHER': 'Sonstige', 'tr.unknownPerson': 'unbekannte Person'
  },
  en: {
    'tr.title': 'Training', 'tr.catalogue': 'Course catalogue', 'tr.course': 'Course', 'tr.format': 'Format',
    'tr.starts': 'Starts', 'tr.seats': 'Seats', 'tr.taken': 'taken', 'tr.waiting': 'Waitlist', 'tr.status': 'Status',
    'tr.apply': 'Apply', 'tr.applyHead': 'Apply for a course', 'tr.person': 'Person',
    'tr.newPerson': 'Register a person', 'tr.firstName': 'First name', 'tr.lastName': 'Last name', 'tr.email': 'E-mail',
    'tr.organisation': 'Organisation', 'tr.sector': 'Sector', 'tr.municipality': 'Municipality', 'tr.savePerson': 'Save person',
    'tr.enrolments': 'Enrolments', 'tr.waitlistPos': 'Waitlist ticket', 'tr.confirm': 'Confirm place', 'tr.withdraw': 'Withdraw',
    'tr.result.ADMITTED': '{person} is admitted.', 'tr.result.WAITLISTED': '{person} is on the waitlist (ticket {pos}).',
    'tr.e.ADMITTED': 'admitted', 'tr.e.WAITLISTED': 'waitlisted', 'tr.e.ENROLLED': 'enrolled', 'tr.e.COMPLETED': 'completed',
    'tr.e.WITHDRAWN': 'withdrawn', 'tr.e.REJECTED': 'rejected', 'tr.o.OPEN': 'open', 'tr.o.CANCELLED': 'cancelled',
    'tr.f.IN_PERSON': 'in person', 'tr.f.ONLINE': 'online', 'tr.f.BLENDED': 'blended', 'tr.actions': 'Actions', 'tr.none': 'Nothing here.',
    'tr.certificate': 'Certificate', 'tr.pdf': 'Certificate (PDF)', 'tr.verifyLink': 'Verification link', 'tr.participation': 'Attendance and certificates',
    'tr.participationIntro': 'Tick the sessions attended; whoever attended all sessions can complete and receives a certificate.',
    'tr.attendedLabel': '{person} attended “{session}”', 'tr.complete': 'Complete participation', 'tr.issue': 'Issue certificate',
    'tr.next': 'Next step', 'tr.noParticipants': 'No enrolled participants yet.', 'tr.verify': 'Verify a certificate',
    'tr.code': 'Verification code', 'tr.valid': 'Valid: {initials}, “{title}”, completed on {date}.', 'tr.invalid': 'Not a valid certificate.',
    'tr.x.ADMINISTRATION': 'Administration', 'tr.x.POLICE': 'Police', 'tr.x.EDUCATION': 'Education', 'tr.x.YOUTH_WORK': 'Youth work',
    'tr.x.SENIOR_WORK': 'Senior work', 'tr.x.ASSOCIATIONS': 'Associations', 'tr.x.CHURCHES': 'Churches', 'tr.x.VOLUNTEER': 'Volunteers',
    'tr.x.OTHER': 'Other', 'tr.unknownPerson': 'unknown person'
  }
};
const SECTORS = ['ADMINISTRATION', 'POLICE', 'EDUCATION', 'YOUTH_WORK', 'SENIOR_WORK', 'ASSOCIATIONS', 'CHURCHES', 'VOLUNTEER', 'OTHER'];

export async function render(container, api) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  const mayWrite = api.user.lprAdmin || api.user.municipalities.length > 0;
  const courses = await api.all('/training/courses');
  const courseTitle = new Map(courses.map(c => [c.id, c.title]));
  container.append(h('h1', {}, t('tr.title')),
    api.table(t('tr.catalogue'), [
      { label: t('tr.course'), value: c => c.title },
      { label: t('tr.format'), value: c => t('tr.f.' + c.format) },
      { label: t('tr.starts'), value: c => api.format.date(c.startsOn) },
      { label: t('tr.seats'), value: c => String(c.capacity), num: true },
      { label: t('tr.taken'), value: c => String(c.admitted), num: true },
      { label: t('tr.waiting'), value: c => String(c.waitlisted), num: true },
      { label: t('tr.status'), value: c => t('tr.o.' + c.status) }
    ], courses, t('tr.none')));
  if (!mayWrite) {
    container.append(verifyForm(api));
    return;
  }

  const people = await api.all('/training/people');
  const personName = new Map(people.map(p => [p.id, `${p.firstName} ${p.lastName}`]));
  const result = h('div', { role: 'status', id: 'enrol-result', class: 'progress' });
  const apply = h('form', { class: 'card', id: 'enrol-form', novalidate: true }, h('h2', {}, t('tr.applyHead')),
    api.field(t('tr.person'), 'personId', { type: 'select', required: true, choices: [['', '–'], ...people.map(p => [p.id, personName.get(p.id)])] }),
    api.field(t('tr.course'), 'courseId', { type: 'select', required: true, choices: [['', '–'], ...courses.filter(c => c.status === 'OPEN').map(c => [c.id, c.title])] }),
    h('button', { type: 'submit', class: 'primary' }, t('tr.apply')), result);
  apply.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(apply);
    const e = await api.submit(apply, () => api.post('/training/enrolments', { personId: v.personId, courseId: v.courseId, documents: [] }));
    if (!e) return;
    result.textContent = t('tr.result.' + e.status, { person: personName.get(e.personId), pos: e.waitlistPosition });
    result.setAttribute('data-status', e.status);
    await drawEnrolments();
  });

  const own = api.user.municipalities;
  const person = h('form', { class: 'card', id: 'person-form', novalidate: true }, h('h2', {}, t('tr.newPerson')),
    api.field(t('tr.municipality'), 'municipality', { type: 'select', required: true, value: own[0] || '',
      choices: [['', '–'], ...(await api.municipalityChoices(api.user.lprAdmin ? undefined : own))] }),
    api.field(t('tr.firstName'), 'firstName', { required: true }), api.field(t('tr.lastName'), 'lastName', { required: true }),
    api.field(t('tr.email'), 'email', { type: 'email' }), api.field(t('tr.organisation'), 'organisation'),
    api.field(t('tr.sector'), 'sector', { type: 'select', choices: SECTORS.map(x => [x, t('tr.x.' + x)]) }),
    h('button', { type: 'submit', class: 'secondary' }, t('tr.savePerson')));
  person.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(person);
    const p = await api.submit(person, () => api.post('/training/people', { ...v, qualifications: [] }));
    if (!p) return;
    personName.set(p.id, `${p.firstName} ${p.lastName}`);
    apply.personId.append(h('option', { value: p.id, selected: true }, personName.get(p.id)));
    person.reset();
  });

  const enrolments = h('div', { id: 'enrolments' });
  async function drawEnrolments() {
    const items = (await api.all('/training/enrolments')).filter(e => e.courseId)
      .sort((a, b) => (courseTitle.get(a.courseId) || '').localeCompare(courseTitle.get(b.courseId) || '') || (a.waitlistPosition || 0) - (b.waitlistPosition || 0));
    enrolments.replaceChildren(api.table(t('tr.enrolments'), [
      { label: t('tr.person'), value: e => personName.get(e.personId) || t('tr.unknownPerson') },
      { label: t('tr.course'), value: e => courseTitle.get(e.courseId) || '' },
      { label: t('tr.status'), value: e => api.badge(t('tr.e.' + e.status), e.status === 'WAITLISTED' ? 'warn' : 'ok') },
      { label: t('tr.waitlistPos'), value: e => e.waitlistPosition ? String(e.waitlistPosition) : '', num: true },
      { label: t('tr.actions'), value: e => action(e) },
      { label: t('tr.certificate'), value: e => certificateCell(api, e, personName.get(e.personId) || '', enrolments) }
    ], items, t('tr.none')));
  }
  function action(e) {
    const buttons = [];
    const run = async (path, label) => {
      try {
        await api.post(`/training/enrolments/${e.id}/${path}`);
        await drawEnrolments();
      } catch (err) {
        enrolments.prepend(api.errorBox(err));
      }
    };
    const who = personName.get(e.personId) || '';
    if (e.status === 'ADMITTED') buttons.push(h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('tr.confirm')}: ${who}`, onclick: () => run('enrol') }, t('tr.confirm')));
    if (['ADMITTED', 'WAITLISTED', 'ENROLLED'].includes(e.status)) buttons.push(h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('tr.withdraw')}: ${who}`, onclick: () => run('withdraw') }, t('tr.withdraw')));
    return h('div', { class: 'actions' }, buttons);
  }
  container.append(h('div', { class: 'grid2' }, apply, person), enrolments);
  await drawEnrolments();
  if (api.user.lprAdmin) container.append(await participation(api, courses, personName, drawEnrolments));
  container.append(verifyForm(api));
}

// A certificate: its code, the PDF (fetched with the user's credentials) and the public verification link.
function certificateCell(api, e, who, holder) {
  const { h, t } = api;
  if (!e.certificateCode) return '';
  const verify = `/api/v1/training/certificates/${encodeURIComponent(e.certificateCode)}`;
  return h('div', { class: 'actions' }, h('code', { 'data-certificate': e.certificateCode }, e.certificateCode),
    h('button', { type: 'button', class: 'link-button', 'aria-label': `${t('tr.pdf')}: ${who}`,
      onclick: () => api.download(`/training/enrolments/${e.id}/certificate/pdf`, `Zertifikat-${e.certificateCode}.pdf`).catch(err => holder.prepend(api.errorBox(err))) },
    t('tr.pdf')),
    h('a', { href: verify, 'aria-label': `${t('tr.verifyLink')}: ${who}` }, t('tr.verifyLink')));
}

// LPR staff: attendance per session, completing a participation and issuing its certificate, per course.
async function participation(api, courses, personName, redraw) {
  const { h, t } = api;
  const body = h('div', { id: 'participation' });
  const chooser = h('form', { class: 'filters', id: 'participation-course' },
    api.field(t('tr.course'), 'courseId', { type: 'select', choices: courses.map(c => [c.id, c.title]) }));
  const section = h('section', { 'aria-labelledby': 'tr-participation' },
    h('h2', { id: 'tr-participation' }, t('tr.participation')), h('p', {}, t('tr.participationIntro')), chooser, body);
  const draw = async () => {
    const course = courses.find(c => c.id === chooser.courseId.value);
    if (!course) return;
    const items = (await api.all(`/training/enrolments?course=${course.id}`)).filter(e => ['ENROLLED', 'COMPLETED'].includes(e.status));
    const run = async (promise) => {
      try { await promise; await draw(); await redraw(); } catch (err) { body.prepend(api.errorBox(err)); }
    };
    const sessionBox = (e, session) => {
      const who = personName.get(e.personId) || '';
      const attended = e.attendance.some(a => a.sessionId === session.id && a.attended);
      return h('input', { type: 'checkbox', checked: attended, disabled: e.status !== 'ENROLLED', 'data-session': session.id,
        'aria-label': t('tr.attendedLabel', { person: who, session: session.title }),
        onchange: ev => run(api.put(`/training/enrolments/${e.id}/attendance`, { sessionId: session.id, attended: ev.target.checked })) });
    };
    const next = e => {
      const who = personName.get(e.personId) || '';
      if (e.status === 'ENROLLED') return h('button', { type: 'button', class: 'secondary', 'data-complete': e.id, 'aria-label': `${t('tr.complete')}: ${who}`,
        onclick: () => run(api.post(`/training/enrolments/${e.id}/complete`)) }, t('tr.complete'));
      if (!e.certificateCode) return h('button', { type: 'button', class: 'primary', 'data-issue': e.id, 'aria-label': `${t('tr.issue')}: ${who}`,
        onclick: () => run(api.post(`/training/enrolments/${e.id}/certificate`)) }, t('tr.issue'));
      return certificateCell(api, e, who, body);
    };
    body.replaceChildren(api.table(`${t('tr.participation')}: ${course.title}`, [
      { label: t('tr.person'), value: e => personName.get(e.personId) || t('tr.unknownPerson') },
      { label: t('tr.status'), value: e => t('tr.e.' + e.status) },
      ...course.sessions.map(session => ({ label: `${session.title} (${api.format.date(session.startsOn)})`, value: e => sessionBox(e, session) })),
      { label: t('tr.next'), value: next }
    ], items, t('tr.noParticipants')));
  };
  chooser.courseId.addEventListener('change', draw);
  await draw();
  return section;
}

// Anyone holding a certificate code can check it (the API's verification is public).
function verifyForm(api) {
  const { h, t } = api;
  const result = h('div', { role: 'status', id: 'verify-result' });
  const form = h('form', { class: 'card', id: 'verify-form', novalidate: true }, h('h2', {}, t('tr.verify')),
    api.field(t('tr.code'), 'code', { required: true }), h('button', { type: 'submit', class: 'secondary' }, t('tr.verify')), result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const code = form.code.value.trim();
    const v = await api.submit(form, () => {
      if (!code) throw new api.ApiError(400, { errors: [{ field: 'code', message: 'is required' }] });
      return api.get(`/training/certificates/${encodeURIComponent(code)}`);
    });
    if (!v) return;
    result.setAttribute('data-valid', String(v.valid));
    result.textContent = v.valid ? t('tr.valid', { initials: v.initials, title: v.title, date: api.format.date(v.completedOn) }) : t('tr.invalid');
  });
  return form;
}
