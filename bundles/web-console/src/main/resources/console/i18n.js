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
    'login.failedTitle': 'Anmeldung fehlgeschlagen',
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
    'overview.advised.one': 'Beratene Gemeinde',
    'overview.signed.one': 'Gemeinde mit unterzeichneter Vereinbarung',
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
    'store.introMunicipal': 'Schalten Sie die installierten Module für Ihre Gemeinde ein oder aus. Module installieren und entfernen kann nur der Landespräventionsrat.',
    'store.enabledFor.one': 'freigeschaltet für 1 Gemeinde',
    'store.protected': 'Teil der Plattform: kann in der Konsole nicht entfernt werden.',
    'store.removeQuestion': '{title} für alle Gemeinden entfernen? Seine Seite verschwindet aus der Konsole und seine Schnittstelle antwortet nicht mehr, bis es wieder installiert wird. Die Daten bleiben erhalten.',
    'store.removeConfirm': 'Ja, {title} entfernen',
    'store.disableQuestion': '{title} für {name} ausschalten? Ihre Mitarbeitenden sehen die Seite {title} dann nicht mehr und können dort nichts mehr erfassen. Die Daten bleiben erhalten; Sie können das Modul jederzeit wieder einschalten.',
    'store.disableConfirm': 'Ja, {title} ausschalten',
    'store.switchedOn': '{title} ist für Ihre Gemeinde eingeschaltet.',
    'store.switchedOff': '{title} ist für Ihre Gemeinde ausgeschaltet.',
    'store.feature.asskomm-agreements.title': 'Vereinbarungen',
    'store.feature.asskomm-agreements.description': 'Kooperationsvereinbarungen, Zweckvereinbarungen und die Beratungen durch den Landespräventionsrat',
    'store.feature.asskomm-training.title': 'Aus- und Fortbildung',
    'store.feature.asskomm-training.description': 'Lehrgänge, die Studiengänge Präventionsmanagement, Anmeldung mit Warteliste und Zertifikate',
    'store.feature.asskomm-patrol.title': 'Interkommunaler Gemeindlicher Vollzugsdienst',
    'store.feature.asskomm-patrol.description': 'Vollzugsdienstverbünde von Gemeinden: gemeinsame Kosten, Streifenplanung, Streifenprotokoll und Abdeckung',
    'store.feature.asskomm-councils.title': 'Präventionsräte',
    'store.feature.asskomm-councils.description': 'Koordinierungsstellen und kommunale Präventionsräte: Aufbau, Mitglieder, Sitzungen, Aufgaben',
    'store.feature.asskomm-funding.title': 'Förderprogramm',
    'store.feature.asskomm-funding.description': 'Jährliches Förderprogramm Prävention: Anträge, Bescheide, Auszahlungen, Verwendungsnachweise, Buchungen',
    'store.feature.asskomm-analysis.title': 'Sicherheitsanalyse',
    'store.feature.asskomm-analysis.description': 'Lagebild aus der Polizeilichen Kriminalstatistik, Bürgerbefragung, Schwerpunkte',
    'store.feature.asskomm-web.title': 'Webkonsole',
    'store.feature.asskomm-web.description': 'Die Konsole unter /console: Anmeldung, die Seiten der installierten Module, Verwaltung',
    'store.feature.asskomm-all.title': 'Alle Module',
    'store.feature.asskomm-all.description': 'Die Plattform mit allen ASSKomm-Modulen',
    'enablement.title': 'Freischaltungen',
    'enablement.intro': 'Welche Module jede Gemeinde nutzt. Ein Häkchen schaltet das Modul für die Gemeinde frei.',
    'enablement.district': 'Landkreis',
    'enablement.search': 'Gemeinde suchen',
    'enablement.municipality': 'Gemeinde',
    'enablement.toggle': '{module} für {municipality}',
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
    'login.failedTitle': 'Login failed',
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
    'overview.advised.one': 'Municipality advised',
    'overview.signed.one': 'Municipality with a signed agreement',
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
    'store.introMunicipal': 'Switch the installed modules on or off for your municipality. Only the LPR installs and removes modules.',
    'store.enabledFor.one': 'enabled for 1 municipality',
    'store.protected': 'Part of the platform: cannot be removed from the console.',
    'store.removeQuestion': 'Remove {title} for all municipalities? Its page leaves the console and its API stops answering until it is installed again. Its data is kept.',
    'store.removeConfirm': 'Yes, remove {title}',
    'store.disableQuestion': 'Switch {title} off for {name}? Your staff will no longer see the {title} page and cannot record anything there. The data is kept; you can switch the module on again at any time.',
    'store.disableConfirm': 'Yes, switch {title} off',
    'store.switchedOn': '{title} is switched on for your municipality.',
    'store.switchedOff': '{title} is switched off for your municipality.',
    'store.feature.asskomm-agreements.title': 'Agreements',
    'store.feature.asskomm-agreements.description': 'Cooperation agreements, purpose agreements and the LPR’s consultations',
    'store.feature.asskomm-training.title': 'Training',
    'store.feature.asskomm-training.description': 'Courses, the prevention management study programmes, enrolment with waitlists, certificates',
    'store.feature.asskomm-patrol.title': 'Inter-municipal enforcement service',
    'store.feature.asskomm-patrol.description': 'Enforcement compounds of municipalities: shared costs, patrol planning, patrol log and coverage',
    'store.feature.asskomm-councils.title': 'Prevention councils',
    'store.feature.asskomm-councils.description': 'Coordination offices and municipal prevention councils: set-up, members, meetings, tasks',
    'store.feature.asskomm-funding.title': 'Funding programme',
    'store.feature.asskomm-funding.description': 'Annual prevention funding programme: applications, decisions, payouts, proof of use, ledger',
    'store.feature.asskomm-analysis.title': 'Safety analysis',
    'store.feature.asskomm-analysis.description': 'Area profile from the police crime statistics, citizen survey, priorities',
    'store.feature.asskomm-web.title': 'Web console',
    'store.feature.asskomm-web.description': 'The console at /console: login, the installed modules’ pages, administration',
    'store.feature.asskomm-all.title': 'All modules',
    'store.feature.asskomm-all.description': 'The platform with every ASSKomm module',
    'enablement.title': 'Enablement',
    'enablement.intro': 'Which modules each municipality uses. A tick enables the module for the municipality.',
    'enablement.district': 'District',
    'enablement.search': 'Find municipality',
    'enablement.municipality': 'Municipality',
    'enablement.toggle': '{module} for {municipality}',
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

/**
 * The text for key in the current language (falls back to German, then the key), with {placeholders} filled.
 * With vars.count === 1 the singular `key.one` is used where it exists ("1 Gemeinde", not "1 Gemeinden").
 */
export function t(key, vars = {}) {
  const lookup = k => (messages[lang] && messages[lang][k]) ?? messages.de[k];
  const text = (Number(vars.count) === 1 ? lookup(key + '.one') : undefined) ?? lookup(key) ?? key;
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
