// The accessibility statement (Erklärung zur Barrierefreiheit), short form; docs/accessibility.md has it all.
const TEXT = {
  de: [
    ['p', 'Der Landespräventionsrat Sachsen ist bemüht, die ASSKomm-Konsole im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und damit WCAG 2.1 Stufe AA barrierefrei zugänglich zu machen.'],
    ['h2', 'Stand der Vereinbarkeit'],
    ['p', 'Die Konsole ist teilweise mit BITV 2.0 vereinbar. Jede Seite wird bei jedem Build in einem echten Browser automatisch mit axe-core geprüft; Seiten mit schwerwiegenden oder kritischen Befunden lassen den Build scheitern. Eine manuelle Prüfung durch eine Prüfstelle steht noch aus.'],
    ['h2', 'Nicht barrierefreie Inhalte'],
    ['ul', ['Die Karte der Gemeinden ist eine schematische Grafik; ihre Aussage steht zusätzlich als Text (Anzahl je Status) und in den Tabellen der Module zur Verfügung.',
      'Diagramme haben eine Textalternative; sie ersetzen keine Datentabelle.',
      'Fehlermeldungen der Plattform sind für häufige Fälle übersetzt; seltene Meldungen erscheinen auf Englisch.']],
    ['h2', 'Feedback und Kontakt'],
    ['p', 'Barrieren melden Sie bitte an die Geschäftsstelle des Landespräventionsrates Sachsen. Bleibt Ihre Meldung ohne befriedigende Antwort, können Sie sich an die Durchsetzungsstelle nach § 15 BfWebG bzw. die zuständige Stelle des Freistaates Sachsen wenden.']
  ],
  en: [
    ['p', 'The state prevention council of Saxony aims to make the ASSKomm console accessible in line with BITV 2.0, i.e. WCAG 2.1 level AA.'],
    ['h2', 'Compliance status'],
    ['p', 'The console is partially compliant. Every page is checked automatically with axe-core in a real browser on every build; serious or critical findings fail the build. A manual audit by a test body is still outstanding.'],
    ['h2', 'Content that is not accessible'],
    ['ul', ['The municipality map is a schematic graphic; its message is also given as text (counts per status) and in the modules’ tables.',
      'Charts have a text alternative; they do not replace a data table.',
      'Error messages of the platform are translated for common cases; rare messages appear in English.']],
    ['h2', 'Feedback and contact'],
    ['p', 'Please report barriers to the office of the state prevention council of Saxony.']
  ]
};

export function render(container, api) {
  const { h, t } = api;
  container.append(h('h1', {}, t('a11y.title')));
  for (const [tag, content] of TEXT[api.lang()] || TEXT.de) {
    container.append(tag === 'ul' ? h('ul', {}, content.map(c => h('li', {}, c))) : h(tag, {}, content));
  }
}
