// German first, English on request. Modules add their own words with addMessages({de: {...}, en: {...}}).
const messages = {
  de: {
    'app.title': 'ASSKomm – Allianz Sichere Sächsische Kommunen',
    'app.skip': 'Zum Inhalt springen',
    'app.nav': 'Hauptnavigation',
    'app.language': 'English',
    'app.languageLabel': 'Switch to English',
    'app.logout': 'Abmelden',
    'app.loggedInAs': 'Angemeldet als {name}',
    'app.loading': 'Wird geladen …',
    'app.moduleGone': 'Das Modul „{title}“ wurde entfernt.',
    'app.moduleNew': 'Neues Modul verfügbar: {title}',
    'app.pageFailed': 'Die Seite des Moduls konnte nicht geladen werden.',
    'nav.overview': 'Übersicht',
    'nav.modules': 'Module',
    'nav.admin': 'Verwaltung',
    'nav.store': 'Module installieren',
    'nav.enablement': 'Freischaltungen',
    'nav.audit': 'Protokoll',
    'nav.users': 'Benutzer und Rollen',
    'nav.accessibility': 'Barrierefreiheit',
    'login.title': 'Anmeldung',
    'login.intro': 'Melden Sie sich mit Ihrem ASSKomm-Benutzerkonto an.',
    'login.user': 'Benutzername',
    'login.password': 'Passwort',
    'login.submit': 'Anmelden',
    'login.failed': 'Benutzername oder Passwort ist falsch.',
    'login.throttled': 'Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte warten Sie kurz und versuchen Sie es erneut.',
    'common.save': 'Speichern',
    'common.cancel': 'Abbrechen',
    'common.back': 'Zurück',
    'common.next': 'Weiter',
    'common.previous': 'Zurück',
    'common.filter': 'Filtern',
    'common.none': 'Keine Einträge.',
    'common.all': 'alle',
    'common.yes': 'ja',
    'common.no': 'nein',
    'common.saved': 'Gespeichert.',
    'common.page': 'Einträge {from}–{to} von {total}',
    'error.400': 'Bitte prüfen Sie Ihre Eingaben.',
    'error.401': 'Bitte melden Sie sich an.',
    'error.403': 'Dafür fehlt Ihnen die Berechtigung.',
    'error.404': 'Nicht gefunden.',
    'error.409': 'Das geht im aktuellen Zustand nicht.',
    'error.500': 'Fehler auf dem Server.',
    'error.network': 'Der Server ist nicht erreichbar.',
    'error.field': 'Feld „{field}“: {message}',
    'overview.title': 'Übersicht',
    'overview.map': 'Sachsens Gemeinden nach ASSKomm-Stand',
    'overview.mapNote': 'Schematische Karte: jedes Feld ist eine Gemeinde, angeordnet nach Landkreisen in ungefährer Lage. Die Plattform enthält keine Gemeindegrenzen.',
    'overview.status.none': 'noch kein Kontakt',
    'overview.status.advised': 'beraten',
    'overview.status.signed': 'Vereinbarung unterzeichnet',
    'overview.status.council': 'Präventionsrat konstituiert',
    'overview.advised': 'Beratene Gemeinden',
    'overview.signed': 'Gemeinden mit unterzeichneter Vereinbarung',
    'overview.byDistrict': 'Unterzeichnete Vereinbarungen je Landkreis',
    'overview.noAgreements': 'Das Modul Kooperationsvereinbarungen ist nicht installiert; der Stand der Gemeinden ist daher unbekannt.',
    'overview.legend': 'Legende',
    'store.title': 'Module',
    'store.intro': 'Installieren und entfernen Sie Module zur Laufzeit. Daten eines entfernten Moduls bleiben erhalten.',
    'store.installed': 'installiert',
    'store.notInstalled': 'nicht installiert',
    'store.version': 'Version {version}',
    'store.enabledFor': 'freigeschaltet für {count} Gemeinden',
    'store.install': '{title} installieren',
    'store.remove': '{title} entfernen',
    'store.state.QUEUED': 'in Warteschlange',
    'store.state.INSTALLING': 'wird installiert …',
    'store.state.STARTED': 'installiert und gestartet',
    'store.state.UNINSTALLING': 'wird entfernt …',
    'store.state.UNINSTALLED': 'entfernt',
    'store.state.FAILED': 'fehlgeschlagen',
    'store.mine': 'Für Ihre Gemeinde {name}',
    'store.enableMine': 'für meine Gemeinde freischalten',
    'enablement.title': 'Freischaltungen',
    'enablement.intro': 'Welche Module jede Gemeinde nutzt. Ein Häkchen schaltet das Modul für die Gemeinde frei.',
    'enablement.district': 'Landkreis',
    'enablement.search': 'Gemeinde suchen',
    'enablement.municipality': 'Gemeinde',
    'enablement.toggle': '{module} für {municipality}',
    'enablement.lockIntro': 'Der LPR kann ein Modul für eine Gemeinde eingeschaltet oder ausgeschaltet sperren: Dann kann die Gemeinde es nicht umschalten, bis der LPR die Sperre aufhebt.',
    'enablement.lock': 'Sperre: {module} für {municipality}',
    'enablement.unlocked': 'nicht gesperrt',
    'enablement.lockedOn': 'eingeschaltet gesperrt',
    'enablement.lockedOff': 'ausgeschaltet gesperrt',
    'audit.title': 'Protokoll',
    'audit.intro': 'Jede Änderung auf der Plattform: wer, wann, was.',
    'audit.module': 'Modul',
    'audit.user': 'Benutzer',
    'audit.municipality': 'Gemeinde (AGS)',
    'audit.action': 'Aktion',
    'audit.from': 'von',
    'audit.to': 'bis',
    'audit.at': 'Zeitpunkt',
    'audit.entity': 'Objekt',
    'a11y.title': 'Erklärung zur Barrierefreiheit',
    'users.title': 'Benutzer und Rollen',
    'users.intro': 'Die Benutzer des JAAS-Realms der Plattform mit ihren Rollen. Passwörter werden nie angezeigt.',
    'users.howto': 'Benutzer und Rollen ändern Sie dort, wo der Realm sie hält: in etc/users.properties (oder mit den Karaf-Befehlen jaas:*), bei LDAP im Verzeichnis.',
    'users.name': 'Benutzer', 'users.roles': 'Rollen', 'users.groups': 'Gruppen',
    'users.role.lpr-admin': 'LPR-Verwaltung', 'users.role.police': 'Polizei', 'users.role.viewer': 'nur lesen',
    'users.search': 'Benutzer oder Rolle suchen'
  },
  en: {
    'app.title': 'ASSKomm – Alliance of Safe Saxon Municipalities',
    'app.skip': 'Skip to content',
    'app.nav': 'Main navigation',
    'app.language': 'Deutsch',
    'app.languageLabel': 'Auf Deutsch umschalten',
    'app.logout': 'Log out',
    'app.loggedInAs': 'Logged in as {name}',
    'app.loading': 'Loading …',
    'app.moduleGone': 'The module “{title}” was removed.',
    'app.moduleNew': 'New module available: {title}',
    'app.pageFailed': 'The module page could not be loaded.',
    'nav.overview': 'Overview',
    'nav.modules': 'Modules',
    'nav.admin': 'Administration',
    'nav.store': 'Install modules',
    'nav.enablement': 'Enablement',
    'nav.audit': 'Audit log',
    'nav.users': 'Users and roles',
    'nav.accessibility': 'Accessibility',
    'login.title': 'Log in',
    'login.intro': 'Log in with your ASSKomm account.',
    'login.user': 'User name',
    'login.password': 'Password',
    'login.submit': 'Log in',
    'login.failed': 'User name or password is wrong.',
    'login.throttled': 'Too many failed logins from this address. Please wait a moment and try again.',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.back': 'Back',
    'common.next': 'Next',
    'common.previous': 'Previous',
    'common.filter': 'Filter',
    'common.none': 'Nothing here.',
    'common.all': 'all',
    'common.yes': 'yes',
    'common.no': 'no',
    'common.saved': 'Saved.',
    'common.page': 'Entries {from}–{to} of {total}',
    'error.400': 'Please check your input.',
    'error.401': 'Please log in.',
    'error.403': 'You are not allowed to do this.',
    'error.404': 'Not found.',
    'error.409': 'Not possible in the current state.',
    'error.500': 'Server error.',
    'error.network': 'The server cannot be reached.',
    'error.field': 'Field “{field}”: {message}',
    'overview.title': 'Overview',
    'overview.map': 'Saxony’s municipalities by ASSKomm status',
    'overview.mapNote': 'Schematic map: each tile is one municipality, grouped by district in approximate position. The platform ships no municipal boundaries.',
    'overview.status.none': 'no contact yet',
    'overview.status.advised': 'advised',
    'overview.status.signed': 'agreement signed',
    'overview.status.council': 'council constituted',
    'overview.advised': 'Municipalities advised',
    'overview.signed': 'Municipalities with a signed agreement',
    'overview.byDistrict': 'Signed agreements by district',
    'overview.noAgreements': 'The agreements module is not installed, so the municipalities’ status is unknown.',
    'overview.legend': 'Legend',
    'store.title': 'Modules',
    'store.intro': 'Install and remove modules at run time. A removed module’s data is kept.',
    'store.installed': 'installed',
    'store.notInstalled': 'not installed',
    'store.version': 'Version {version}',
    'store.enabledFor': 'enabled for {count} municipalities',
    'store.install': 'Install {title}',
    'store.remove': 'Remove {title}',
    'store.state.QUEUED': 'queued',
    'store.state.INSTALLING': 'installing …',
    'store.state.STARTED': 'installed and started',
    'store.state.UNINSTALLING': 'removing …',
    'store.state.UNINSTALLED': 'removed',
    'store.state.FAILED': 'failed',
    'store.mine': 'For your municipality {name}',
    'store.enableMine': 'enable for my municipality',
    'enablement.title': 'Enablement',
    'enablement.intro': 'Which modules each municipality uses. A tick enables the module for the municipality.',
    'enablement.district': 'District',
    'enablement.search': 'Find municipality',
    'enablement.municipality': 'Municipality',
    'enablement.toggle': '{module} for {municipality}',
    'enablement.lockIntro': 'The LPR can lock a module on or off for a municipality: the municipality then cannot switch it until the LPR lifts the lock.',
    'enablement.lock': 'Lock: {module} for {municipality}',
    'enablement.unlocked': 'not locked',
    'enablement.lockedOn': 'locked on',
    'enablement.lockedOff': 'locked off',
    'audit.title': 'Audit log',
    'audit.intro': 'Every change on the platform: who, when, what.',
    'audit.module': 'Module',
    'audit.user': 'User',
    'audit.municipality': 'Municipality (AGS)',
    'audit.action': 'Action',
    'audit.from': 'from',
    'audit.to': 'to',
    'audit.at': 'Time',
    'audit.entity': 'Object',
    'a11y.title': 'Accessibility statement',
    'users.title': 'Users and roles',
    'users.intro': 'The users of the platform’s JAAS realm with their roles. Passwords are never shown.',
    'users.howto': 'Change users and roles where the realm keeps them: in etc/users.properties (or with Karaf’s jaas:* commands), for LDAP in the directory.',
    'users.name': 'User', 'users.roles': 'Roles', 'users.groups': 'Groups',
    'users.role.lpr-admin': 'LPR administration', 'users.role.police': 'police', 'users.role.viewer': 'read only',
    'users.search': 'Find user or role'
  }
};

let lang = localStorage.getItem('asskomm.lang') === 'en' ? 'en' : 'de';

export function getLang() {
  return lang;
}

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'de';
  localStorage.setItem('asskomm.lang', lang);
  document.documentElement.lang = lang;
}

export function addMessages(more) {
  for (const [l, entries] of Object.entries(more)) {
    messages[l] = Object.assign(messages[l] || {}, entries);
  }
}

/** The text for key in the current language (falls back to German, then the key), with {placeholders} filled. */
export function t(key, vars = {}) {
  const text = (messages[lang] && messages[lang][key]) ?? messages.de[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (vars[name] ?? m));
}

/**
 * A message from the API. The console sends its language as Accept-Language, so the server's texts (by message key,
 * in German or English) arrive in it already; kept for module pages that call it.
 */
export function serverMessage(message) {
  return message;
}

export function formatDate(value) {
  if (!value) return '';
  const d = new Date(value.length === 10 ? value + 'T00:00:00' : value);
  return d.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB');
}

export function formatDateTime(value) {
  if (!value) return '';
  return new Date(value).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
}

export function formatMoney(value) {
  if (value === null || value === undefined || value === '') return '';
  return Number(value).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR' });
}

export function formatNumber(value, digits = 0) {
  return Number(value).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB',
    { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
