// Users and roles for LPR admins, read from the JAAS realm (GET /api/v1/users). Read-only: the realm is the
// place to change them (etc/users.properties, jaas:* commands or LDAP), so the console does not pretend otherwise.
export async function render(container, api) {
  const { h, t } = api;
  const [users, municipalities] = await Promise.all([api.all('/users'), api.all('/municipalities')]);
  const names = new Map(municipalities.map(m => [m.ags, m.name]));
  const roleText = role => {
    const ags = role.startsWith('municipality-') ? role.substring('municipality-'.length) : null;
    if (ags) return `${names.get(ags) || ags} (${ags})`;
    const key = `users.role.${role}`;
    return t(key) === key ? role : `${role} – ${t(key)}`;
  };
  const result = h('div', { id: 'users-result' });
  const filter = h('form', { class: 'filters', role: 'search', novalidate: true }, api.field(t('users.search'), 'q'));
  const draw = () => {
    const q = filter.q.value.trim().toLowerCase();
    const shown = users.filter(u => !q || u.name.toLowerCase().includes(q) || u.roles.some(r => roleText(r).toLowerCase().includes(q)));
    result.replaceChildren(api.table(t('users.title'), [
      { label: t('users.name'), value: u => u.name },
      { label: t('users.roles'), value: u => h('ul', { class: 'plain' }, u.roles.map(r => h('li', { 'data-role': r }, roleText(r)))) },
      { label: t('users.groups'), value: u => u.groups.join(', ') }
    ], shown, t('common.none')));
  };
  filter.addEventListener('submit', e => { e.preventDefault(); draw(); });
  filter.q.addEventListener('input', draw);
  container.append(h('h1', {}, t('users.title')), h('p', {}, t('users.intro')), h('p', { class: 'hint' }, t('users.howto')), filter, result);
  draw();
}
