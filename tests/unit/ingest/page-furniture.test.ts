// Line-level page furniture beyond menus: reader appeals, photo credits, publication stamps,
// widgets, teaser labels and agency signatures — and the article sentences that resemble them.
import { describe, expect, it } from 'vitest';
import { classifyLine, isCookieNotice } from '../../../src/lib/ingest/boilerplate.ts';
import { ingestSeed } from '../../../src/lib/ingest/index.ts';
import { isCommentHead, isTrailerHead } from '../../../src/lib/ingest/trailing.ts';

const reasonOf = (line: string): string | null => classifyLine(line)?.reason ?? null;
/** A scraped page: one line per block, blank lines between. */
const scrapedPage = (name: string, lines: string[]) => ingestSeed(name, new TextEncoder().encode(lines.join('\n\n')));

describe('page furniture lines', () => {
  it('removes the outlet appealing to its readers: apps, sign-ups, support, print edition, channels', () => {
    for (const line of [
      'For breaking news on the go, download the Harbour Gazette app for iOS and Android.',
      'Want updates on our campaigns? Sign up here',
      'Unterstütze Stadtblatt bereits mit 3 Euro im Monat!',
      'Die neue Ausgabe jetzt am Bahnhofskiosk, im Abo oder als E-Paper.',
      '¡Visita nuestro canal de YouTube!',
      'Tú también puedes apoyar el periodismo local. Cancela cuando quieras.',
      'Lust auf mehr? Lass dir unsere besten Texte jede Woche in deinen Posteingang schicken, melde dich hier für unseren Newsletter an!',
    ])
      expect(reasonOf(line), line).toBe('banner');
  });

  it('removes a cookie dialog\'s paragraphs, however long, in several languages', () => {
    for (const line of [
      'Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren Dienste und Funktionen zur Verfügung zu stellen. Da diese Cookies für die Dienste unbedingt erforderlich sind, hat die Ablehnung Auswirkungen auf die Funktionsweise unserer Webseite, und Sie können sie in Ihrem Browser jederzeit blockieren oder löschen, wobei Sie dann erneut um Zustimmung gebeten werden.',
      'En cliquant sur « Tout accepter », vous acceptez que le site et ses partenaires utilisent des cookies et autres traceurs pour mesurer l’audience et personnaliser les contenus.',
      'Ces cookies permettent d’établir des statistiques de fréquentation du site.',
      'We and our partners use cookies to store and access information on your device, to measure audiences and to show you relevant ads across the sites you visit.',
      'Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.',
    ])
      expect(isCookieNotice(line), line).toBe(true);
  });

  it('keeps article sentences about cookies', () => {
    for (const line of [
      'The regulator fined the retailer after finding that its website set advertising cookies before visitors had agreed to them.',
      'Websites must ask before they store cookies on your device, the data protection authority said on Tuesday.',
      'Die Bäckerei verkauft seit Jahren Cookies nach einem Rezept aus Vermont.',
      'These cookies keep for a week if you store them in a tin, and you can freeze the dough for up to three months.',
      'Unsere Cookies werden mit brauner Butter gebacken, damit ihr sie außen knusprig und innen weich bekommt.',
    ])
      expect(isCookieNotice(line), line).toBe(false);
  });

  it('drops a scraped cookie dialog above an article, and keeps an article about cookies', () => {
    const dialog = [
      'Wir verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und darauf zuzugreifen, um das Surfen auf unserer Webseite zu verbessern und Ihnen personalisierte Inhalte zu zeigen. Wenn Sie nicht zustimmen, können bestimmte Merkmale und Funktionen unserer Webseite beeinträchtigt werden, und Sie können Ihre Einstellungen jederzeit im Browser ändern.',
      'Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren Dienste und Funktionen zur Verfügung zu stellen, und sie können in unseren Systemen nicht abgeschaltet werden, ohne dass die Webseite ihren Dienst einstellt.',
      'Diese Cookies sammeln Informationen darüber, wie Sie unsere Webseite nutzen, welche Seiten Sie am häufigsten besuchen und ob Sie Fehlermeldungen erhalten, damit wir die Leistung der Webseite messen und verbessern können.',
    ];
    const story = [
      'Die Gemeinde Marschende hat am Dienstag beschlossen, den alten Fähranleger zu schließen, nachdem Gutachter morsche Pfähle gefunden hatten.',
      'Bis Juni soll zweihundert Meter flussaufwärts ein provisorischer Ponton entstehen, und der Fährbetrieb bleibt nach Auskunft des Betreibers unverändert.',
    ];
    const page = ['Startseite', 'Einstellungen', ...dialog, 'Alle akzeptieren', 'Fähranleger in Marschende wird geschlossen', ...story].join('\n\n');
    const article = ingestSeed('faehre.txt', new TextEncoder().encode(page));
    expect(article.body).toContain('morsche Pfähle');
    expect(article.body).not.toContain('unbedingt erforderlich');
    const aboutCookies = [
      'Fähranleger? Nein: Cookie-Banner auf Webseiten',
      'Wer eine Webseite besucht, muss heute fast immer erst entscheiden, welche Cookies der Browser speichern darf, und die meisten Menschen klicken einfach auf alles akzeptieren.',
      'Verbraucherschützer kritisieren, dass viele Webseiten ihre Besucher mit bunten Schaltflächen zur Zustimmung drängen, während die Ablehnung der Cookies hinter mehreren Menüs versteckt ist.',
    ].join('\n\n');
    expect(ingestSeed('cookies.txt', new TextEncoder().encode(aboutCookies)).body).toContain('Verbraucherschützer kritisieren');
  });

  it('keeps article sentences about apps, support and newsletters', () => {
    for (const line of [
      'The council said residents could download the new parking app from next week.',
      '"Download the app and check the timetable," the transport minister told reporters.',
      'Die Stadt fordert den Bund auf, die Gemeinden stärker zu unterstützen, und unterstützen Sie unsere Forderung nach mehr Geld.',
      'Werden Sie Teil der Gemeinschaft und unterstützen Sie uns dabei, die Bibliothek zu erhalten.',
    ])
      expect(reasonOf(line), line).toBeNull();
  });

  it('removes photo credits, publication stamps, widgets and agency signatures', () => {
    expect(reasonOf('(© Verband/Jana Roth)')).toBe('photo-caption');
    expect(reasonOf('Die Fähre am Morgen / (C) Tom Weber')).toBe('photo-caption');
    expect(reasonOf('Nora Pérez | Agencia Sur')).toBe('photo-caption');
    expect(reasonOf('Publiziert: 03.04.2021, 12:35')).toBe('page-date');
    expect(reasonOf('12.03.2021 09:15 Kategorie: Verkehr')).toBe('page-date');
    expect(reasonOf('(Noch keine Bewertungen) Loading...')).toBe('navigation');
    expect(reasonOf('Ihr Warenkorb ist leer')).toBe('navigation');
    expect(reasonOf('Klicken Sie auf den Button, um den Inhalt von www.kartenportal.de zu laden.')).toBe('banner');
    expect(reasonOf('abc/PAP')).toBe('wire-note');
    expect(reasonOf('Startseite>Region>Verkehr>Neue Fähre für Marsh End')).toBe('navigation');
    expect(reasonOf('Themen')).toBe('navigation');
  });

  it('removes teaser labels and recommendation heads in several languages', () => {
    for (const line of ['Lesen Sie hier: Neue Fähre fährt ab Juni', 'PUEDES VER: ¿Qué cambia con la nueva ley?', '>> Stadtrat stoppt Brückenbau <<', 'Temas relacionados', 'Ähnliche Themen', 'Mehr zum Thema auf stadtblatt.de'])
      expect(reasonOf(line), line).toBe('recommendations');
    // German quotation marks around a question are the article's.
    expect(reasonOf('»Wie bringe ich Studierende dazu, Fragen zu stellen?«')).toBeNull();
  });

  it('ends the article at contact and filing heads and at comment log-in prompts', () => {
    for (const head of ['Kontakt:', 'Ansprechpartnerin zum Thema:', 'Weitere Informationen:', 'Abgelegt unter: Archiv, Verkehr']) expect(isTrailerHead(head), head).toBe(true);
    expect(isCommentHead('Um den Beitrag "Neue Fähre" kommentieren zu können, müssen Sie eingeloggt sein.')).toBe(true);
  });

  it('removes credit labels, licence notes, foreign ad labels, back links, post footers and more appeals', () => {
    expect(reasonOf('Die neue Anlegestelle im Bau. Foto: Stadtblatt/Tom Weber')).toBe('photo-caption');
    expect(reasonOf('Der Steg am Abend. (Quelle: Hafenamt/Unsplash)')).toBe('photo-caption');
    expect(reasonOf('Dieser Text steht unter der Lizenz CC-BY-SA-4.0.')).toBe('copyright');
    expect(reasonOf('Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.')).toBe('copyright');
    expect(
      reasonOf('© Talbote Verlag AG «Talbote» | Talbote Verlag AG | Marktgasse 12 | Postfach | 5400 Baden | Telefon 056 123 45 67 | Fax 056 123 45 68 Öffnungszeiten: 08.00 - 12.00 Uhr | 13.30 - 17.00 Uhr'),
    ).toBe('copyright');
    expect(reasonOf('Anzeige: Mehr lesen mit dem Plus-Abo')).toBe('advertisement');
    expect(reasonOf('Zurück zum Lexikon')).toBe('navigation');
    expect(reasonOf('Meist gelesen')).toBe('recommendations');
    expect(reasonOf('Eingestellt von Michel um 21:11')).toBe('page-date');
    expect(reasonOf('Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials')).toBe('page-date');
    for (const line of [
      'Möchten Sie unseren Newsletter erhalten?',
      'Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.',
      'Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.',
      'We rely on your support to make local news available to all',
      'Informujemy, że korzystamy z cookies.',
    ])
      expect(reasonOf(line), line).toBe('banner');
    // A sentence that mentions a photo, a licence or going back is the article's.
    expect(reasonOf('Der Fotograf sagte, er werde zum Hafen zurückkehren, sobald die Fähre wieder fährt.')).toBeNull();
    expect(reasonOf('Back to school: the council has promised new buses for the autumn term, officials said.')).toBeNull();
  });

  it('reads date lines in German, Spanish, French, Italian, Portuguese, Dutch and Polish', () => {
    const cases: Array<[string, string]> = [
      ['Samstag, 5. Oktober 2013', '2013-10-05'],
      ['Sa, 19. Okt 2019', '2019-10-19'],
      ['Miércoles 04 mayo de 2022', '2022-05-04'],
      ['Viernes, 22 de abril de 2022', '2022-04-22'],
      ['mardi 5 juin 2018', '2018-06-05'],
      ['Le 3 décembre 2021', '2021-12-03'],
      ['12 settembre 2020', '2020-09-12'],
      ['5 de outubro de 2013', '2013-10-05'],
      ['donderdag 7 maart 2024', '2024-03-07'],
      ['28 kwietnia 2021', '2021-04-28'],
      ['| 05. November 2021', '2021-11-05'],
    ];
    for (const [line, iso] of cases) expect(classifyLine(line), line).toEqual({ reason: 'dateline', date: iso });
    // A sentence that holds a date is no date line.
    expect(classifyLine('Am 5. Oktober 2013 eröffnete die Stadt die neue Brücke über den Fluss.')).toBeNull();
  });

  it('removes skip links, breadcrumb heads, reading times and rows of social networks', () => {
    for (const line of [
      'Jump to navigation Skip navigation',
      'Skip to search - Accesskey = s',
      'Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen',
      'Jump to Recipe Pin Recipe',
      'Sie sind hier:',
      'Sie befinden sich hier >',
      'You are here:',
      'Search for:',
      'Estimated reading time: 6 minutes',
      'Lesezeit: 3 Minuten',
      'Instagram Facebook Pinterest YouTube Twitter',
    ])
      expect(reasonOf(line), line).toBe('navigation');
    expect(reasonOf('Jump to the river and swim to the other side, the coach told them.')).toBeNull();
  });

  it('takes a German date line under the headline of a scraped page as its publication date, not as its title', () => {
    const article = scrapedPage('brücke.txt', [
      'Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen',
      'Samstag, 5. Oktober 2013',
      'Neue Brücke über die Aller eröffnet',
      'Nach zwei Jahren Bauzeit hat die Stadt am Samstag die neue Fußgängerbrücke über die Aller eröffnet, die den Bahnhof mit der Altstadt verbindet.',
      'Die Brücke kostete nach Angaben der Stadtverwaltung rund 4,2 Millionen Euro, etwas mehr als ursprünglich geplant.',
      'Bürgermeisterin Anna Berger sprach von einem guten Tag für alle, die zu Fuß oder mit dem Rad in die Innenstadt kommen.',
    ]);
    expect(article.title).toBe('Neue Brücke über die Aller eröffnet');
    expect(article.published).toBe('2013-10-05');
  });

  it('takes the headline above the byline for the title, past a row of author links', () => {
    const article = scrapedPage('myers.txt', [
      'Skip to main content', 'Sections', 'Page Six', 'Style', 'Video', 'Photos', 'Podcasts', 'Columns', 'Sightings',
      'We Hear', 'Just Asking', 'NY Post', 'Decider', 'Sign in', 'Tips', 'Sign Up', 'Share this:', 'Facebook', 'Twitter',
      'Flipboard', 'WhatsApp', 'Click to email this to a friend (Opens in new window)', 'Click to copy URL',
      'Former press secretary exits studio role',
      'By Ian Mohr',
      'View author archive', 'email the author', 'follow on twitter', 'Get author RSS feed',
      'Name(required)', 'Email(required)', 'Submit',
      'February 24, 2020 | 9:25pm',
      'Enlarge Image',
      'A former White House press secretary is leaving her role as communications head at a film studio after five years.',
      'She told a trade paper that she would take some time to figure out what comes next and had no set plans yet.',
      'Her last day is April 1, and the studio has not named a replacement for the role.',
    ]);
    expect(article.title).toBe('Former press secretary exits studio role');
    expect(article.body).toContain('Her last day is April 1');
  });

  it('takes the headline the lead repeats for the title, not a teaser or a search prompt above it', () => {
    const article = scrapedPage('harbour.txt', [
      'Home News Sport Business Culture',
      'Please enter a non-empty search term',
      'Five things to watch at this week’s council meeting',
      'Harbour bridge closes for repairs after cracks are found',
      'Updated 14 March 2024',
      'The harbour bridge closed to traffic on Wednesday after engineers found cracks in two of its steel supports during a routine inspection.',
      'Repairs to the bridge are expected to take at least six weeks, the city’s transport department said, and buses will be diverted over the ring road.',
      'Shop owners near the harbour said the closure would hurt trade in the busiest weeks of spring.',
    ]);
    expect(article.title).toBe('Harbour bridge closes for repairs after cracks are found');
    const reasons = new Map(article.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get('Five things to watch at this week’s council meeting')).toBe('outside-article');
    expect(article.body).toContain('The harbour bridge closed to traffic on Wednesday');
    expect(article.body).not.toContain('Five things to watch');
  });

  it('finds the headline a lead repeats even when many short lines of chrome stand between them', () => {
    const article = scrapedPage('water.txt', [
      'Travel: the A4 is closed between junctions 3 and 5 until Friday, with diversions signed.',
      'Mark Lowe resigns as chair of the regional water board',
      'Share', 'Tweet', 'Email', 'Print', 'Comments (4)', 'Photo: Jan Weller', 'Listen', 'Advertisement', 'Most read', 'Close',
      'Mark Lowe has resigned as chair of the regional water board after a report criticised its handling of last summer’s drought.',
      'Lowe, who led the board for six years, said in a statement that he was stepping down so that the board could make a fresh start.',
      'The board’s deputy chair will lead it until a successor is appointed early next year, a spokeswoman said.',
    ]);
    expect(article.title).toBe('Mark Lowe resigns as chair of the regional water board');
    expect(article.body).toContain('Mark Lowe has resigned as chair');
  });

  it('takes the headline over the prose for the title, not a blog tagline far above it', () => {
    const article = scrapedPage('allotment.txt', [
      'Notes from a small allotment and a slow kitchen',
      'Home', 'Recipes', 'Garden', 'About', 'Contact', 'Archive', 'Shop', 'Events', 'Links',
      'A hard April on plot 14',
      'Three nights of hard frost in April killed most of the early potatoes, and the broad beans only just survived under fleece.',
      'The neighbours lost their apricot blossom too, which means no fruit this year for the first time since the tree went in.',
      'Next year everything tender goes in two weeks later, whatever the seed packets say.',
    ]);
    expect(article.title).toBe('A hard April on plot 14');
    expect(article.body).toContain('Three nights of hard frost');
  });

  it('takes a three-word headline the lead repeats for the title, not a menu line above it', () => {
    const article = scrapedPage('brennholz.txt', [
      'Startseite', 'Politik', 'Kultur', 'Reisen', 'Leserbriefe',
      'Ärger ums Brennholz',
      'Der Ärger ums Brennholz hat den Landkreis erreicht: Seit dem Sommer streiten zwei Dörfer am Rand des Nationalparks um das Holz aus dem Uferwald, das beide seit Generationen sammeln.',
      'Die Parkverwaltung hat das Sammeln im Kerngebiet verboten, doch Kochgas ist für viele Familien zu teuer geworden.',
      'Ein Runder Tisch soll bis zum Winter eine Lösung finden, sagte der Bürgermeister von Ostfeld.',
    ]);
    expect(article.title).toBe('Ärger ums Brennholz');
    expect(article.body).toContain('Der Ärger ums Brennholz hat den Landkreis erreicht');
  });

  it('removes a consent manager’s panel (category rows and stock storage notices), and keeps prose about storage', () => {
    for (const line of [
      'Funktional Funktional Immer aktiv',
      'Statistics Statistics Always active',
      'Die technische Speicherung oder der Zugriff, die ausschließlich zu anonymen statistischen Zwecken verwendet wird.',
      'The technical storage or access that is used exclusively for statistical purposes.',
      'Manage consent',
    ])
      expect(reasonOf(line), line).toBe('banner');
    expect(reasonOf('The council said technical storage of the archive would move to a new building next year.')).toBeNull();
  });

  it('reads a post line (who and when, in any language) as a byline with its date, not as a headline', () => {
    expect(classifyLine('von mkraus · 12. März 2024')).toEqual({ reason: 'byline', date: '2024-03-12' });
    expect(classifyLine('Veröffentlicht: 07.02.2021 | Autor: Lena Hof | Abgelegt unter: Gartenarbeit')).toEqual({ reason: 'byline', date: '2021-02-07' });
    expect(classifyLine('Anna Weber | 3. Mai 202311. Mai 2023')).toEqual({ reason: 'byline', date: '2023-05-03' });
    expect(classifyLine('4. Juni 20219. Juli 2021')).toEqual({ reason: 'dateline', date: '2021-06-04' });
    expect(classifyLine('21 марта 2019, 10:15')).toEqual({ reason: 'dateline', date: '2019-03-21' });
    expect(classifyLine('Politics Published On March 3, 2023 09:40 AM')).toEqual({ reason: 'byline', date: '2023-03-03' });
    for (const line of ['Landtagswahl am 13. Oktober 2024 in Bayern', 'Landtagswahl: 13. Oktober 2024', 'Die Ticketpreise steigen ab 1. Januar 2024 um drei Prozent'])
      expect(reasonOf(line), line).toBeNull();
  });

  it('removes an office contact box, and keeps a sentence that gives one number', () => {
    expect(reasonOf('Pressestelle Leiterin: Jana Roth Telefon: 040 1234-290 Fax: 040 1234-359 E-Mail: roth@stadtblatt.example')).toBe('banner');
    expect(reasonOf('Anyone with information is asked to call the police on 0800 555 0199.')).toBeNull();
  });
});
