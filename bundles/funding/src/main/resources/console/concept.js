// The funding page's step-by-step work: the project concept wizard (Beccaria standards, seven steps with guidance,
// logic model, checks, PDF) and the proof of use (numerical statement against the plan, factual report, review).
const STEPS = ['PROBLEM', 'CAUSES', 'GOALS', 'MEASURES', 'IMPLEMENTATION', 'EVALUATION', 'DOCUMENTATION'];
const MODEL_ROWS = 3;
const MESSAGES = {
  de: {
    'fc.concept': 'Projektkonzept', 'fc.edit': 'Projektkonzept bearbeiten', 'fc.step': 'Schritt {n} von 7: {label}',
    'fc.guidance': 'Was dieser Schritt verlangt', 'fc.text': 'Text des Schritts', 'fc.next': 'Speichern und weiter',
    'fc.save': 'Speichern', 'fc.back': 'Zurück', 'fc.toApplication': 'Zum Antrag', 'fc.overview': 'Übersicht des Konzepts',
    'fc.revision': 'Fassung {n}', 'fc.noRevision': 'noch nicht gespeichert', 'fc.complete': 'vollständig',
    'fc.incomplete': 'unvollständig', 'fc.checks': 'Prüfung der Schritte', 'fc.pdf': 'Als PDF herunterladen',
    'fc.fromAnalysis': 'Mit den Handlungsfeldern der Sicherheitsanalyse beginnen', 'fc.model': 'Wirkungsmodell',
    'fc.modelRow': 'Ziel {n}', 'fc.goal': 'Ziel', 'fc.indicator': 'Indikator', 'fc.unit': 'Einheit', 'fc.target': 'Zielwert',
    'fc.minLength': 'Mindestens {n} Zeichen.', 'fc.allComplete': 'Alle sieben Schritte sind vollständig.',
    'fc.someIncomplete': 'Noch unvollständig: {count} Schritte.', 'fc.someIncomplete.one': 'Noch unvollständig: 1 Schritt.',
    'fp.proof': 'Verwendungsnachweis', 'fp.actual': 'Tatsächliche Kosten {category} (EUR)', 'fp.report': 'Sachbericht',
    'fp.submit': 'Verwendungsnachweis einreichen', 'fp.statement': 'Zahlenmäßiger Nachweis', 'fp.category': 'Kostenart',
    'fp.planned': 'geplant', 'fp.actualCol': 'tatsächlich', 'fp.deviation': 'Abweichung', 'fp.flagged': 'über 20 %',
    'fp.ok': 'im Rahmen', 'fp.assessment': 'Bewertung', 'fp.review': 'Nachweis prüfen', 'fp.recognized': 'Anerkannte Kosten (EUR)', 'fp.note': 'Vermerk',
    'fp.reviewSubmit': 'Prüfung abschließen', 'fp.outcome': 'Ergebnis der Prüfung', 'fp.finalGrant': 'endgültige Förderung',
    'fp.reclaimed': 'zurückgefordert', 'fp.interest': 'Zinsen je Tag auf die Rückzahlung', 'fp.due': 'Nachweis fällig am {date}',
    'fp.o.ACCEPTED': 'anerkannt', 'fp.o.PARTIAL_RECLAIM': 'teilweise Rückforderung', 'fp.o.FULL_RECLAIM': 'vollständige Rückforderung'
  },
  en: {
    'fc.concept': 'Project concept', 'fc.edit': 'Edit the project concept', 'fc.step': 'Step {n} of 7: {label}',
    'fc.guidance': 'What this step asks for', 'fc.text': 'Text of the step', 'fc.next': 'Save and continue',
    'fc.save': 'Save', 'fc.back': 'Back', 'fc.toApplication': 'To the application', 'fc.overview': 'Overview of the concept',
    'fc.revision': 'Revision {n}', 'fc.noRevision': 'not saved yet', 'fc.complete': 'complete',
    'fc.incomplete': 'incomplete', 'fc.checks': 'Check of the steps', 'fc.pdf': 'Download as PDF',
    'fc.fromAnalysis': 'Start from the action fields of the safety analysis', 'fc.model': 'Logic model',
    'fc.modelRow': 'Goal {n}', 'fc.goal': 'Goal', 'fc.indicator': 'Indicator', 'fc.unit': 'Unit', 'fc.target': 'Target value',
    'fc.minLength': 'At least {n} characters.', 'fc.allComplete': 'All seven steps are complete.',
    'fc.someIncomplete': 'Still incomplete: {count} steps.', 'fc.someIncomplete.one': 'Still incomplete: 1 step.',
    'fp.proof': 'Proof of use', 'fp.actual': 'Actual costs {category} (EUR)', 'fp.report': 'Factual report',
    'fp.submit': 'Submit the proof of use', 'fp.statement': 'Numerical statement', 'fp.category': 'Category',
    'fp.planned': 'planned', 'fp.actualCol': 'actual', 'fp.deviation': 'Deviation', 'fp.flagged': 'over 20 %',
    'fp.ok': 'within limits', 'fp.assessment': 'Assessment', 'fp.review': 'Review the proof', 'fp.recognized': 'Recognised costs (EUR)', 'fp.note': 'Note',
    'fp.reviewSubmit': 'Finish the review', 'fp.outcome': 'Outcome of the review', 'fp.finalGrant': 'final grant',
    'fp.reclaimed': 'reclaimed', 'fp.interest': 'Interest per day on the repayment', 'fp.due': 'Proof due on {date}',
    'fp.o.ACCEPTED': 'accepted', 'fp.o.PARTIAL_RECLAIM': 'partial reclaim', 'fp.o.FULL_RECLAIM': 'full reclaim'
  }
};
const stepKey = step => step.toLowerCase();

/** The concept's checks as a list: each step with its label and what is still missing. */
function checkList(api, concept) {
  const { h, t } = api;
  const open = concept.checks.filter(c => !c.complete).length;
  return h('section', { 'aria-labelledby': 'fc-checks', id: 'concept-checks' }, h('h2', { id: 'fc-checks' }, t('fc.checks')),
    h('p', { id: 'concept-state' }, open === 0 ? t('fc.allComplete') : t('fc.someIncomplete', { count: open })),
    h('ol', {}, concept.checks.map(c => h('li', {}, h('a', { href: `#/m/funding/concept/${concept.applicationId}/${STEPS.indexOf(c.step) + 1}` }, c.label),
      ' ', api.badge(c.complete ? t('fc.complete') : t('fc.incomplete'), c.complete ? 'ok' : 'warn'), c.missing ? ` – ${c.missing}` : ''))));
}

/** The wizard: step n (1 to 7) with its guidance, or the overview (n = 0) with checks and the PDF. */
export async function conceptWizard(container, api, id, n) {
  const { h, t } = api;
  api.addMessages(MESSAGES);
  const [a, concept, guidance] = await Promise.all([api.get(`/funding/applications/${id}`),
    api.get(`/funding/applications/${id}/concept`), api.get('/funding/concept-guidance')]);
  const reload = number => { container.replaceChildren(); return conceptWizard(container, api, id, number); };
  container.append(h('p', {}, h('a', { href: `#/m/funding/${id}` }, t('fc.toApplication'))),
    h('h1', {}, `${t('fc.concept')}: ${a.title}`),
    h('p', { class: 'hint' }, concept.revision ? t('fc.revision', { n: concept.revision }) : t('fc.noRevision')));
  const editable = a.status === 'DRAFT';
  if (!n) {
    container.append(checkList(api, concept));
    const actions = h('div', { class: 'actions' });
    if (editable) actions.append(h('a', { class: 'button', href: `#/m/funding/concept/${id}/1`, id: 'concept-start' }, t('fc.edit')));
    if (concept.revision) {
      const pdf = h('button', { type: 'button', class: 'secondary', id: 'concept-pdf' }, t('fc.pdf'));
      pdf.addEventListener('click', () => api.download(`/funding/applications/${id}/concept/pdf`, `projektkonzept-${id}.pdf`));
      actions.append(pdf);
    }
    container.append(actions);
    if (editable && !concept.revision) {
      const start = h('form', { class: 'card', novalidate: true, id: 'concept-from-analysis' },
        h('button', { type: 'submit', class: 'secondary' }, t('fc.fromAnalysis')));
      start.addEventListener('submit', async event => {
        event.preventDefault();
        if (await api.submit(start, () => api.post(`/funding/applications/${id}/concept/from-analysis`, { version: a.version }))) await reload(1);
      });
      container.append(start);
    }
    return;
  }
  const step = STEPS[n - 1];
  const guide = guidance.find(g => g.step === step);
  const check = concept.checks[n - 1];
  const fields = [api.field(t('fc.text'), `steps.${stepKey(step)}`, { type: 'textarea', rows: 8, value: concept.steps[stepKey(step)] || '',
    hint: t('fc.minLength', { n: guide.minLength }), disabled: !editable })];
  if (step === 'GOALS') {
    const rows = [...Array(MODEL_ROWS).keys()].map(i => {
      const k = concept.indicators[i] || {};
      return h('fieldset', {}, h('legend', {}, t('fc.modelRow', { n: i + 1 })), h('div', { class: 'grid2' },
        api.field(t('fc.goal'), `indicators[${i}].goal`, { value: k.goal || '' }),
        api.field(t('fc.indicator'), `indicators[${i}].name`, { value: k.name || '' }),
        api.field(t('fc.unit'), `indicators[${i}].unit`, { value: k.unit || '' }),
        api.field(t('fc.target'), `indicators[${i}].target`, { type: 'number', step: '0.01', value: k.target ?? '' })));
    });
    fields.push(h('fieldset', {}, h('legend', {}, t('fc.model')), rows));
  }
  const form = h('form', { id: 'concept-form', novalidate: true, 'data-step': step },
    h('h2', {}, t('fc.step', { n, label: guide.label })),
    h('section', { class: 'notice', 'aria-label': t('fc.guidance') }, h('p', {}, guide.guidance)),
    check.complete ? null : h('p', { class: 'hint', id: 'step-missing' }, check.missing),
    fields,
    h('div', { class: 'actions' },
      n > 1 ? h('a', { class: 'button', href: `#/m/funding/concept/${id}/${n - 1}` }, t('fc.back')) : null,
      editable ? h('button', { type: 'submit', class: 'primary' }, n < 7 ? t('fc.next') : t('fc.save')) : null));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(form);
    const steps = { ...concept.steps, [stepKey(step)]: v[`steps.${stepKey(step)}`] };
    let indicators = concept.indicators;
    if (step === 'GOALS') {
      indicators = [...Array(MODEL_ROWS).keys()].filter(i => v[`indicators[${i}].goal`] || v[`indicators[${i}].name`])
        .map(i => ({ goal: v[`indicators[${i}].goal`], name: v[`indicators[${i}].name`], unit: v[`indicators[${i}].unit`],
          target: v[`indicators[${i}].target`] }));
    }
    const saved = await api.submit(form, () => api.put(`/funding/applications/${id}/concept`, { steps, indicators, version: a.version }));
    if (saved) await reload(n < 7 ? n + 1 : 0);
  });
  container.append(form, checkList(api, concept));
}

/** The numerical statement: each category planned against actual, deviations over 20 % flagged. */
function statement(api, proof, label) {
  const { t } = api;
  return api.table(t('fp.statement'), [
    { label: t('fp.category'), value: d => label(d.category) },
    { label: t('fp.planned'), value: d => api.format.money(d.planned), num: true },
    { label: t('fp.actualCol'), value: d => api.format.money(d.actual), num: true },
    { label: t('fp.deviation'), value: d => (d.percent === null ? '–' : `${api.format.number(Number(d.percent), 1)} %`), num: true },
    { label: t('fp.assessment'), value: d => api.badge(d.flagged ? t('fp.flagged') : t('fp.ok'), d.flagged ? 'warn' : 'ok') }
  ], proof.deviations);
}

/** Proof of use on the application page: the form while approved, then the statement, the review and its outcome. */
export function proofSection(api, a, reload, label) {
  const { h, t } = api;
  api.addMessages(MESSAGES);
  const section = h('section', { 'aria-labelledby': 'fp-proof', id: 'proof-of-use' }, h('h2', { id: 'fp-proof' }, t('fp.proof')),
    a.proofDue ? h('p', {}, t('fp.due', { date: api.format.date(a.proofDue) })) : null);
  if (a.status === 'APPROVED' && (api.user.lprAdmin || (api.user.municipalities || []).includes(a.municipality))) {
    const categories = [...new Set(a.costPlan.map(c => c.category))];
    const form = h('form', { id: 'proof-form', novalidate: true },
      h('div', { class: 'grid2' }, categories.map(c => api.field(t('fp.actual', { category: label(c) }), `actual.${c}`,
        { type: 'number', step: '0.01', min: '0', required: true }))),
      api.field(t('fp.report'), 'report', { type: 'textarea', rows: 4, required: true }),
      h('button', { type: 'submit', class: 'primary' }, t('fp.submit')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const v = api.formValues(form);
      const actualCosts = categories.map(c => ({ category: c, amount: v[`actual.${c}`] }));
      if (await api.submit(form, () => api.post(`/funding/applications/${a.id}/proof`, { actualCosts, report: v.report, version: a.version }))) await reload();
    });
    section.append(form);
  }
  const p = a.proof;
  if (p) {
    section.append(h('p', {}, p.report), statement(api, p, label));
    if (a.status === 'PROOF_SUBMITTED' && api.user.lprAdmin) {
      const review = h('form', { class: 'card', id: 'proof-review-form', novalidate: true }, h('h3', {}, t('fp.review')),
        api.field(t('fp.recognized'), 'recognizedCosts', { type: 'number', step: '0.01', value: p.actualTotal }),
        api.field(t('fp.note'), 'note'), h('button', { type: 'submit', class: 'primary' }, t('fp.reviewSubmit')));
      review.addEventListener('submit', async event => {
        event.preventDefault();
        const v = api.formValues(review);
        if (await api.submit(review, () => api.post(`/funding/applications/${a.id}/proof/review`, { ...v, version: a.version }))) await reload();
      });
      section.append(review);
    }
    if (p.outcome) {
      section.append(h('dl', { class: 'facts', id: 'proof-outcome' },
        h('dt', {}, t('fp.outcome')), h('dd', {}, t('fp.o.' + p.outcome)),
        h('dt', {}, t('fp.finalGrant')), h('dd', {}, api.format.money(p.finalGrant)),
        h('dt', {}, t('fp.reclaimed')), h('dd', {}, api.format.money(p.reclaimedByReview)),
        p.interestPerDay ? [h('dt', {}, t('fp.interest')), h('dd', {}, api.format.money(p.interestPerDay))] : null));
    }
  }
  return section;
}
