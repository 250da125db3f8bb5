// Context-free recognisers for lines that are page furniture, not article text.
// Each works on one cleaned line; position-dependent rules live in structure.ts.
import type { RemovalReason } from '../types.ts';
import { parseDateLine } from './dates.ts';
import { postLine } from './post-line.ts';
import { endsSentence, words } from './lines.ts';
import { isCopyrightLine } from './outlet.ts';

export interface LineClass {
  reason: RemovalReason;
  /** For datelines: the ISO date (null when the date could not be read). */
  date?: string | null;
}

const LANGUAGE_NAMES = new Set([
  'english', 'español', 'français', 'deutsch', 'italiano', 'português', 'русский', 'українська', 'polski',
  'nederlands', 'türkçe', 'العربية', '中文', '日本語', '한국어', 'فارسی', 'עברית', 'română', 'magyar', 'čeština',
]);

// Whole-line UI labels: menus, share bars, reading aids.
const UI_LABELS = new Set([
  'home', 'menu', 'search', 'skip to content', 'skip to main content', 'skip navigation', 'sign in', 'log in',
  'login', 'log out', 'register', 'my account', 'back to top', 'share', 'share this', 'share this article',
  'share this story', 'share article', 'tweet', 'print', 'print this article', 'print this page', 'email',
  'copy link', 'link copied', 'comments', 'show comments', 'leave a comment', 'read more', 'continue reading',
  'listen to this article', 'listen', 'save', 'save article', 'bookmark', 'follow us', 'follow', 'close',
  'toggle navigation', 'main menu', 'open menu', 'previous article', 'next article', 'top stories', 'tags',
  'topics', 'themen', 'temas', 'thèmes', 'tematy', 'argomenti', 'schlagwörter', 'more', 'load more', 'see all', 'view all', 'back', 'next', 'previous', 'font size', 'text size',
  'search for', 'you are here', 'sie sind hier', 'sie befinden sich hier', 'vous êtes ici', 'usted está aquí', 'estás aquí', 'jesteś tutaj', 'u bent hier',
]);
// Skip links and recipe-page jump buttons, often run together on one line ("Jump to navigation Skip navigation").
const SKIP_LINK =
  /(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|recipe|menu|footer|sidebar)(?: sitemap)?|skip navigation|pin recipe|print recipe|(?:zum|zur) (?:inhalt|hauptinhalt|hauptnavigation|navigation|suche|menü|fußzeile) springen|accesskey\s*=\s*\w/giu;
// "5 min read", "Estimated reading time: 6 minutes", "Lesezeit: 3 Minuten", "Lesedauer ca. 4 Min.".
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?)\s*read$|^(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|tiempo de lectura|temps de lecture)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute[ns]?|s|\.)?|minutos)\.?$/iu;
// Cookie-consent buttons left behind as lines of their own.
const COOKIE_LABELS = new Set([
  'accept', 'accept all', 'accept cookies', 'accept all cookies', 'reject all', 'reject', 'manage cookies',
  'cookie settings', 'manage preferences', 'i agree', 'agree', 'got it', 'ok, got it', 'allow all', 'allow cookies',
]);
const SOCIAL = /^(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|instagram|youtube|tiktok|xing|flickr|tumblr|rss|email|e-mail|print|copy link|messenger|viber|vk|threads|bluesky|mastodon|share|tweet)$/i;

/** Classifies a cleaned, non-empty line; null means "could be article text". */
export function classifyLine(text: string): LineClass | null {
  if (isMarkup(text)) return { reason: 'markup' };
  if (isLanguageSwitcher(text)) return { reason: 'language-switcher' };
  if (isPageDate(text)) return { reason: 'page-date' };
  const date = parseDateLine(text);
  if (date !== undefined) return { reason: 'dateline', date };
  // Before menus: "Posted: <date> | Author: … | Filed under: …" is set like one.
  const post = postLine(text);
  if (post) return post;
  if (isBareUrl(text)) return { reason: 'bare-url' };
  if (isShareBar(text)) return { reason: 'share-bar' };
  if (isNavigation(text)) return { reason: 'navigation' };
  if (isAdvertisement(text)) return { reason: 'advertisement' };
  if (isRecommendation(text)) return { reason: 'recommendations' };
  if (isWireNote(text)) return { reason: 'wire-note' };
  if (isCopyrightLine(text) || isLicenceLine(text)) return { reason: 'copyright' };
  if (isAuthorLine(text)) return { reason: 'byline' };
  if (isWidget(text)) return { reason: 'navigation' };
  if (COOKIE_LABELS.has(text.toLowerCase().replace(/[.!]$/, ''))) return { reason: 'banner' };
  if (isPhotoCaption(text)) return { reason: 'photo-caption' };
  if (isNewsletter(text)) return { reason: 'newsletter' };
  if (isBanner(text) || isAppeal(text) || isEmbedPlaceholder(text) || isContactBlock(text)) return { reason: 'banner' };
  const byline = bylineDate(text);
  if (byline !== undefined) return { reason: 'byline', date: byline };
  return null;
}

// "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND", "Materiał chroniony prawem autorskim".
export function isLicenceLine(text: string): boolean {
  if (words(text).length > 40) return false;
  return /\b(?:licen[cs]e|lizenz|licencia|licence|licenza)\b.{0,40}\bCC[- ]BY\b|\bcreative commons[- ](?:lizenz|license|licence|licencia)\b|\b(?:all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim|urheberrechtlich geschützt)\b/iu.test(text);
}

export function isMarkup(text: string): boolean {
  return /^(?:[-*_=~]\s*){3,}$/.test(text) || /^<!--.*-->$/.test(text);
}

/** `ua en ru`, `EN | FR | DE`, `English · Español`. */
export function isLanguageSwitcher(text: string): boolean {
  const tokens = text.split(/[\s|/·•,]+/).filter(Boolean);
  if (tokens.length < 2) return false;
  return tokens.every((t) => /^[a-z]{2}$/.test(t) || /^[A-Z]{2}$/.test(t) || LANGUAGE_NAMES.has(t.toLowerCase()));
}

export function isNavigation(text: string): boolean {
  const label = text.toLowerCase().replace(/[\s:›»>→←‹«<|•·]+$/u, '').replace(/^[\s‹«<←|•·]+/u, '').trim();
  if (UI_LABELS.has(label)) return true;
  if (/^(?:zurück|back|volver|retour|wróć) (?:zum|zur|zu|to|al|a la|à la|au|do) [\p{L}\d .-]{2,30}$/iu.test(text)) return true;
  // "Startseite>People>Real Life>Headline": a breadcrumb trail printed without spaces.
  if (/^(?:home|startseite|start|inicio|portada|accueil|strona główna|homepage)\s*[>›»/]\s*\S/iu.test(text) && words(text).length <= 25) return true;
  if (READING_TIME.test(label)) return true;
  const unlinked = text.replace(SKIP_LINK, '');
  if (unlinked !== text && unlinked.replace(/[\s\-–|·•]+/g, '') === '') return true;
  const tokens = text.split(/\s+/);
  if (tokens.length >= 2 && tokens.every((t) => SOCIAL.test(t))) return true;
  // Menus and breadcrumbs: several short items joined by separators.
  const parts = text.split(/\s*[|•·›»]\s*|\s+[>/]\s+/).filter((p) => p.trim() !== '');
  const separators = text.length - text.replace(/[|•·›»]|\s[>/]\s/g, '').length;
  if (separators === 0 || parts.length < 2) return false;
  const short = parts.every((p) => words(p).length <= 4 && !endsSentence(p));
  return short && (parts.length >= 3 || /[›»>]/.test(text));
}

const CREDIT_AGENCIES = '(?:Reuters|AP|AFP|EPA|EPA-EFE|Getty Images|Getty|Shutterstock|Bloomberg|Xinhua|dpa|PA|ANP|Anadolu|TASS|Sputnik|UPI|Alamy)';
const CAPTION_PATTERNS = [
  /\((?:photos?|images?|pictures?|photograph|credit|illustration|video|source|foto)\b[^)]*\)\s*$/i,
  new RegExp(`\\(${CREDIT_AGENCIES}(?:\\s*/\\s*[^)]*)?\\)\\s*$`),
  /^(?:photo|image|picture|photograph|illustration|pictured|credit|image credit|photo credit|caption)\b\s*[:/-]/i,
  /^\(?(?:bild|fotos?|titelbild|symbolbild|abbildung|quelle|crédits? photos?|crédito|créditos|fuente|zdjęcie|źródło|fot\.|fonte|foto di|beeld)\s*[:/]/iu,
  /^(?:©\s*)?(?:istock(?:photo)?(?:\.com)?|getty images|shutterstock(?:\.com)?|adobe ?stock|picture alliance|imago(?: images)?|unsplash)(?:\s*[/|,].{0,60})?$/i,
  /^image credit\b/i,
  /\b(?:AP|AFP|Reuters) Photo\//,
  /\b(?:photo(?:graph)?|image|credit)\s*:\s*\S/i,
  new RegExp(`(?:/|\\|)\\s*(?:[\\w .-]+ via )?${CREDIT_AGENCIES}\\s*$`),
  // "Puerto de Montevideo. Foto: Archivo El País.", "… (Quelle: Fleischmann/Unsplash)": a credit label closing the line.
  /\b(?:foto|fotos|bild|quelle|fuente|crédito|créditos|zdjęcie|fot\.)\s*:\s*[^.!?:]{2,80}[.)]?$/iu,
  // "(© FEI/Jane Doe)", "… / (C) Kab Niang", "Headline© Rike/pixelio.de": a credit closing the line.
  /(?:©|\(c\))\s*[\p{L}\d .,&'’/_-]{2,60}\)?$/iu,
  /^[\p{L}\d .,&'’/-]{0,40}\b(?:istock(?:photo)?|shutterstock|getty images|pixelio|adobe ?stock|unsplash|pixabay|imago)(?:\.com|\.de)?\)?$/iu,
  // "Hector Andrade | Agencia UNO": a photographer and an agency.
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[|/]\s*(?:agencia|agency|agentur|agence|foto|photo|press|pressefoto)\b[\p{L} .-]{0,30}$/iu,
];

export function isPhotoCaption(text: string): boolean {
  if (words(text).length > 45) return false;
  return CAPTION_PATTERNS.some((re) => re.test(text));
}

const NEWSLETTER = /\b(?:newsletters?|mailing list|sign up for|subscribe|subscription|in your inbox|email updates|e-mail updates)\b/i;
const DONATION = /\b(?:donat(?:e|ion|ions)|support us|support our (?:journalism|work|reporting)|become a (?:member|supporter|patron|subscriber)|make a (?:\w+ )?(?:donation|contribution)|chip in|advertisement|advertising|sponsored content|paid content)\b/i;
const COOKIES = /\bcookies?\b/i;
const IMPERATIVE = /^(?:join|subscribe|sign up|support|donate|make a|become|follow|get|click|read|watch|listen|download|register|chip in|give)\b/i;

/** Short promo lines: either imperative or without a full stop (real sentences end in one). */
function promo(text: string, re: RegExp): boolean {
  const n = words(text).length;
  if (n === 0 || n > 16 || !re.test(text)) return false;
  // Quotes or an attribution ("…, officials said.") mean reported speech, not a widget.
  if (/["“”«»]/.test(text) || /,\s+(?:\p{L}+\s+){0,3}(?:said|says|told|added|asked|joked|urged|wrote|noted|argued)\b/u.test(text)) return false;
  return IMPERATIVE.test(text) || !/[.?]["'”’]?$/.test(text) || n <= 3;
}

export function isNewsletter(text: string): boolean {
  if (/^[A-Z]{4,}$/.test(text) && NEWSLETTER.test(text)) return true;
  return promo(text, NEWSLETTER);
}

// Reader appeals: get the app, sign up here, support us, the print edition, our channel.
const APPEALS = [
  /\b(?:download|get|install|holen sie sich|hol dir|lade dir|laden sie|descarga|descargue|baixe|pobierz|téléchargez)\b[^.!?]{0,60}\bapps?\b[^.!?]{0,30}\b(?:ios|android|iphone|app store|google play)\b/i,
  /^(?:get|download|hol dir|holen sie sich|lade dir|descarga|baixe|pobierz|téléchargez)\b[^.!?]{0,80}\bapps?\b/i,
  /\b(?:sign up|subscribe|register|registrieren|anmelden|melde dich|abonniere|abonnieren sie|suscríbete|regístrate|inscríbete|zapisz się|inscrivez-vous|abonnez-vous)\b[^.!?]{0,80}\b(?:here|hier|now|jetzt|aquí|ici|tutaj)\b/i,
  /\b(?:wesprzyj nas|apóyanos|hazte (?:miembro|socio)|become a (?:member|supporter|patron|subscriber)|support (?:us|our (?:journalism|work|reporting))|spenden sie|donate)\b/i,
  /(?:^|\s)(?:[Uu]nterstütze (?:uns|\p{Lu}\p{L}+)|[Uu]nterstützen [Ss]ie (?:uns|\p{Lu}\p{L}+) (?:mit|jetzt|bereits|ab))\s/u,
  /\b(?:paywall|bezahlschranke|bahnhofskiosk|einzelheft|e-paper|cancel anytime|cancela cuando quieras|jederzeit kündbar)\b/i,
  /\b(?:youtube|telegram|whatsapp|instagram)[- ]?(?:kanal|channel)\b|\bcanal de (?:youtube|telegram|whatsapp)\b|\b(?:follow us on|folge uns auf|folgen sie uns auf|síguenos en|suivez-nous sur)\b/i,
  /\b(?:click here|hier klicken|klicken sie hier|haz clic aquí|cliquez ici|kliknij tutaj)\b/i,
  /\bnewsletters?\b[^.!?]{0,80}\b(?:abonnier|anmelden|an!|sign up|subscribe|suscr[ií]b|inbox|posteingang)/i,
  /\b(?:inbox|posteingang)\b[^.!?]{0,60}\bnewsletter\b|\b(?:unseren?|our|nuestro|notre)\s+(?:kostenlosen\s+|free\s+|weekly\s+|daily\s+|wöchentlichen\s+)?newsletter\b/i,
  /\b(?:e-mail-adresse eingeben|enter your email address|introduce tu (?:correo|email))\b/i,
  /\b(?:wenn ihnen (?:unser|dieser) (?:artikel|beitrag|text) gefallen hat|if you (?:liked|enjoyed) (?:this|our) (?:article|story|post)|(?:rely|depend) on (?:your support|readers like you|the support of (?:our )?readers))\b/i,
  /\b(?:\d+|drei|zwei|vier) ausgaben (?:gratis|kostenlos)\b|\bjetzt (?:gratis|kostenlos) (?:testen|lesen)\b|\b(?:free|kostenlos(?:es)?) (?:trial|probeabo)\b/i,
  /^(?:get|receive|erhalte|erhalten sie)\b[^.!?]{0,80}\b(?:by email|per e-mail|in (?:your|deinen|ihren) (?:inbox|posteingang))\b/i,
];

/** A promo for the outlet itself, up to a short paragraph long; reported speech is never one. */
export function isAppeal(text: string): boolean {
  if (words(text).length > 60 || /["“”«»„]/.test(text)) return false;
  if (/,\s+(?:\p{L}+\s+){0,3}(?:said|says|told|sagte|sagt|dijo|a déclaré)\b/u.test(text)) return false;
  return APPEALS.some((re) => re.test(text));
}

// "Leiterin: Maryam Doe Telefon: 089 1234-290 Fax: 089 1234-359 E-Mail: doe@example.de": an office's contact box.
export function isContactBlock(text: string): boolean {
  if (words(text).length > 40) return false;
  const labels = text.match(/\b(?:tel(?:efon|éfono|éphone)?|phone|fax|e-?mail|mobil|handy)\s*[.:]/gi) ?? [];
  return labels.length >= 2 && /\d{3}/.test(text);
}

// "Click the button below to load the content from www.komoot.de.": an embed waiting for consent.
export function isEmbedPlaceholder(text: string): boolean {
  return words(text).length <= 40 && /\b(?:um den inhalt von .{2,60} zu laden|inhalt(?:e)? (?:von .{2,40} )?(?:laden|entsperren|anzeigen)$|to load (?:the )?content from|externe[rn]? inhalte? (?:laden|anzeigen|aktivieren)|cargar (?:el )?contenido de)\b/i.test(text);
}

// The site speaking to its reader: "we use", "our website", "ces cookies", "Ihre Einstellungen".
const SITE_SPEAK_DE = /(?:^|[^\p{L}])(?:Ihnen|Ihre[mnrs]?)(?=$|[^\p{L}])/u; // formal "you", capitalised (lower case "ihre" is "their")
const SITE_SPEAK =
  /(?:^|[^\p{L}])(?:we|our|us|you|your|wir|uns|unsere[mnrs]?|nous|notre|nos|vous|vos|votre|usamos|utilizamos|nuestr[oa]s?|su navegador|this (?:site|website)|diese (?:website|webseite|seite)|(?:stimmst|nutzt|findest|akzeptierst) du|ce site|le site|du site|(?:diese|these|ces|estas|estos) cookies)(?=$|[^\p{L}])/iu;
// What web cookies are about, so that a recipe's "these cookies keep for a week" is not one.
const COOKIE_PRIVACY =
  /(?:website|webseite|web ?site|site web|sitio web|\bsites?\b|browser|navigateur|navegador|tracking|traceurs?|trackers?|consent|zustimmung|einwilligung|consentement|consentimiento|privacy|datenschutz|données personnelles|datos personales|analytics|statisti|cookie-?(?:einstellungen|settings|policy|richtlinie|banner)|politique (?:de|des) cookies|política de cookies)/iu;

/**
 * A cookie-consent dialog's paragraph, however long ("Diese Cookies sind unbedingt erforderlich, um
 * Ihnen die auf unserer Webseite …"): a scrape keeps the whole dialog, and it reads as prose.
 * Reported speech is an article about cookies, not a dialog (whose quotes name its buttons).
 */
export function isCookieNotice(text: string): boolean {
  if (words(text).length > 150 || !COOKIES.test(text) || !(SITE_SPEAK.test(text) || SITE_SPEAK_DE.test(text)) || !COOKIE_PRIVACY.test(text)) return false;
  return !/\b(?:said|says|told|according to|sagte|sagt|erklärte|dijo|afirmó|a déclaré|a affirmé)\b/iu.test(text);
}

// Badges a page pins above or inside a story.
const BADGES = /^(?:live|live updates|new|breaking|breaking news|exclusive|updated?|watch|video|sponsored|ad|advert|advertisement|promoted|premium|featured|trending|photos|gallery)[!:]?$/i;

// A consent manager's panel, as common WordPress plugins print it in every language they ship: its
// category rows ("Functional Functional Always active") and its stock explanations of storage and access.
const CONSENT_PANEL = [
  /^(?:[\p{L}-]+\s+){1,3}(?:immer aktiv|always active|toujours activ[ée]s?|siempre activ[oa]s?|sempre attiv[oi])$/iu,
  /\b(?:the technical storage or access|die technische Speicherung oder (?:der )?Zugriff|le stockage ou l[’']accès technique|el almacenamiento o acceso técnico)\b/iu,
  /^(?:cookie-zustimmung verwalten|zustimmung verwalten|einwilligung verwalten|manage (?:cookie )?consent|gérer le consentement|gestionar (?:el )?consentimiento)$/iu,
];

export function isBanner(text: string): boolean {
  if (CONSENT_PANEL.some((re) => re.test(text))) return true;
  // A lone all-caps word ("ADVERTISEMENT", "EXCLUSIVE") is a widget label, not prose.
  if (/^\p{Lu}{5,}!?$/u.test(text) || BADGES.test(text)) return true;
  if (COOKIES.test(text) && words(text).length <= 40 && /\b(?:korzystamy|używamy|verwenden|nutzen|utilizamos|usamos|utilisons|utilizziamo)\b/i.test(text)) return true;
  if (COOKIES.test(text) && /\b(?:accept|consent|use|uses|policy|settings|preferences)\b/i.test(text) && words(text).length <= 40) {
    return /\b(?:we|this (?:site|website)|our (?:site|website)|you)\b/i.test(text);
  }
  return promo(text, DONATION);
}

/**
 * `By Jane Doe`, `By Jane Doe and John Roe | Aug. 9, 2025`. Returns the date in it (or null),
 * or undefined when the line is not a byline. "By Friday, the troops…" is not one: names come first.
 */
export function bylineDate(text: string): string | null | undefined {
  const m = /^(?:by|written by|words by|reporting by|author:?)\s+(.+)$/i.exec(text);
  if (!m || words(text).length > 16) return undefined;
  const rest = m[1] ?? '';
  const [names = '', ...tail] = rest.split(/\s*[|•·,;–—]\s*|\s+-\s+/);
  const nameWords = names.split(/\s+|\s+and\s+/).filter((w) => w !== 'and' && w !== '&');
  if (nameWords.length === 0 || nameWords.length > 6) return undefined;
  if (!nameWords.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w))) return undefined;
  for (const part of tail) {
    const date = parseDateLine(part);
    if (date !== undefined) return date;
  }
  return null;
}

// "Last updated: 9 Aug 2025", "Updated 14:02", "4 hours ago", "Just now": when the page was
// rendered or touched, not when the article was published.
const PAGE_DATE = [
  /^(?:last\s+)?(?:updated|modified|edited)\b\s*(?:on|at)?\s*:?\s*[\p{L}\p{N},.:\s/+-]{0,60}$/iu,
  /^(?:(?:updated|posted|published)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$/i,
  /^(?:just now|yesterday|today)$/i,
  /^(?:last modified|aktualisiert|zuletzt aktualisiert|actualizado|mis à jour|zaktualizowano|release date|veröffentlichung)\s*:?\s*[\p{L}\p{N},.:\s/+-]{0,40}$/iu,
  // "Publiziert: 03.04.2020, 12:35", "opublikowano: 2021-04-29 17:13", "24.01.2022 11:38 Kategorie: News".
  /^(?:publiziert|veröffentlicht|erstellt|geschrieben|publicado|publicada|publié|pubblicato|opublikowano|gepubliceerd|data publikacji)(?:\s+(?:am|on|le|el|il|op))?\s*:?\s*\d[\p{L}\p{N},.:\s/+-]{0,50}$/iu,
  /^\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*uhr)?\s*(?:[|•·-]\s*)?(?:kategorie|rubrik|category|ressort)\s*:\s*[\p{L}\s&-]{1,30}$/iu,
];

// A blog post's footer: "Eingestellt von Michel um 21:11", "Erstellt am 6. Mai 2014 um 23:30 und abgelegt unter Linux, …".
const POST_FOOTER = /^(?:erstellt|geschrieben|eingestellt) (?:am|on|von|by) .{0,60}?(?:\d{4}|\d{1,2}:\d{2})\b[^.]{0,20}(?:$|\b(?:und )?(?:abgelegt unter|filed under|posted in)\b.*)/iu;

export function isPageDate(text: string): boolean {
  if (words(text).length <= 40 && POST_FOOTER.test(text)) return true;
  if (text.length > 80) return false;
  if (!PAGE_DATE.some((re) => re.test(text))) return false;
  // "Updated guidance followed…" is prose: the updated form needs a date, time or nothing after it.
  return !/^(?:last\s+)?(?:updated|modified|edited)\b/i.test(text) || /\d|^(?:last\s+)?(?:updated|modified|edited)\s*:?$/i.test(text);
}

export function isBareUrl(text: string): boolean {
  return /^(?:<)?(?:https?:\/\/|www\.)[^\s<>]+(?:>)?$/i.test(text);
}

// "Share on Facebook Share on X", "Share via Email".
export function isShareBar(text: string): boolean {
  if (words(text).length <= 9 && /\b(?:share|teilen|compartir|compartilhe|partager|udostępnij|condividi|delen)\b/iu.test(text) && /\b(?:artikel|article|beitrag|story|this|post|artículo|noticia|diesen|den|z innymi|mit)\b|[?!]$/iu.test(text)) return true;
  return /^(?:(?:share|post|send|pin)\s+(?:on|via|to|by)\s+[\p{L}+-]+\s*(?:[|•·,]\s*)?)+$/iu.test(text) || /^share\s*:\s*(?:\S+\s*){0,6}$/i.test(text);
}

// "Sponsor: QWIKET", "Sponsored by Acme", "Advertisement – scroll to continue", "Promoted content".
export function isAdvertisement(text: string): boolean {
  if (isAffiliateDisclosure(text)) return true;
  if (words(text).length > 14) return false;
  return /^(?:sponsor(?:ed)?(?:\s+(?:by|content|links?|stories|post))?|advertisement|advertising|ad|ads by \S+|promoted(?:\s+(?:by|content|stories|links))?|paid (?:post|content|partner(?:ship)?)|presented by|partner content)\b\s*(?:[:|–—-]\s*.*|$)/i.test(text)
    || /^(?:advertisement|ad)\s*[-–—]\s*(?:scroll|continue|story continues)/i.test(text)
    || /^(?:anzeige|werbung|reklama|publicidad|publicité|pubblicità)\s*(?::\s*.*|$)/i.test(text)
    || (/^(?:sponsored by|presented by|promoted by|brought to you by|in partnership with)\s+\p{Lu}/iu.test(text) && !endsSentence(text));
}

// "When you buy through links on our site, we may earn…", "This post contains affiliate links".
const AFFILIATE = /\b(?:(?:buy|purchase|shop) (?:something )?(?:through|via|using) (?:the )?(?:links?|retail links)|affiliate (?:links?|commission|partner)|(?:is|are) supported by (?:its|our) (?:audience|readers)|may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation|portion of sales)|contains? (?:affiliate links|references to products)|provisions?-?links|affiliate-links?|werbelinks?|enthält werbung)\b/i;

export function isAffiliateDisclosure(text: string): boolean {
  return words(text).length <= 60 && AFFILIATE.test(text);
}

// Headings of recommendation widgets, and single-line teasers ("NextImg:…", "READ MORE: …").
const RECOMMENDATION_HEADS = /^(?:recommended(?:\s+(?:stories|for you|reading|articles|videos?))?|related(?:\s+(?:stories|articles|news|content|coverage|posts|reading|topics|links))?|more\s+(?:stories|news|videos?|headlines|on this (?:story|topic)|from\s+[\p{L}\s.]{2,30})|you (?:may|might) (?:also )?(?:like|be interested in)|what to read next|read (?:next|also)|also read|trending(?:\s+(?:now|stories|news))?|most (?:read|popular|viewed|shared)|popular (?:stories|now|posts)|don['’]t miss|editor['’]?s['’]? picks|latest (?:news|stories|headlines)|top stories|in other news|around the web|more to explore|mehr zum thema|mehr zu[mr]?\s+[\p{L}\s&-]{2,40}|lesen sie (?:auch|mehr)(?:\s+die folgenden beiträge)?|schon gelesen|auch interessant|das könnte sie (?:auch )?interessieren|zum weiterlesen|weiterlesen|weiterführende links|weitere (?:beiträge|artikel|themen|nachrichten)(?:\s+[\p{L}\s]{2,30})?|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen)|noch mehr [\p{L}\s]{2,30}|veja também|leia também|leia mais|lea también|te puede interesar|más noticias|noticias relacionadas|artículos relacionados|à lire aussi|lire aussi|sur le même sujet|voir aussi|czytaj (?:także|też|również)|zobacz (?:też|także|również)|polecamy|vea también|mira también|informate más|neueste (?:artikel|beiträge)|empfehlungen aus der redaktion|czytaj więcej(?:\s+\p{L}+)?|über den autor|über die autorin|keine kommentare|externer inhalt|leggi anche|potrebbe interessarti|lees ook|ähnliche themen|meist gelesen|meistgelesen|meistgelesene artikel|najczęściej czytane|lo más leído|les plus lus|ähnliche beiträge|temas relacionados|notas relacionadas|lo más visto|más visto|visto ahora|mehr zum thema(?: auf [\p{L}\d .-]{2,30})?|empfehlungen aus (?:dem|der) [\p{L}\d .&-]{2,40}|heute empfehlen wir|wir empfehlen|unsere empfehlungen?|mehr aus der sendung|weitere (?:tourentipps|tipps|rezepte|informationen) (?:zu[mr]?|in|aus|für) [\p{L}\d .&-]{2,40}|(?:new and exciting |more )?similar (?:recipes|dishes|articles|posts)(?: for you(?: to try(?: out)?)?)?)\s*[:?!]?$/iu;
const TEASER = /^(?:next(?:img)?|prev(?:ious)?(?:img)?|read more|read also|also read|see also|related|watch|recommended|more|mire|vea también|lea también|leia também|lesen sie auch|lesen sie hier|lesen sie mehr|siehe auch|mehr|lire aussi|czytaj (?:także|też)|zobacz|puedes ver|mira también|te puede interesar|ver también|leggi anche)\s*:\s*\S/iu;

export function isRecommendationHead(text: string): boolean {
  return RECOMMENDATION_HEADS.test(text);
}

export function isRecommendation(text: string): boolean {
  if (isRecommendationHead(text)) return true;
  // A teaser is a bare headline after the label: no full stop at its end.
  // ">> Headline of another story <<": a teaser set between arrows.
  if (/^>>\s*\S.{0,200}\S\s*<<$/u.test(text)) return true;
  return TEASER.test(text) && words(text).length <= 22 && !/\.["'”’]?$/.test(text);
}

// Notes a wire service sends to editors, not readers.
const WIRE_NOTES = [
  /\b(?:photos|layouts|graphics|illustrations|photographs)\b[^.]{0,120}\bare (?:for sale|available)\b/i,
  /\bspot news budgets?\b/i,
  /\bbudgets? (?:move|moves|will move)\b/i,
  /^(?:eds|editors|note to editors|advance for|release at|embargoed)\s*:/i,
  /^(?:end|endit|end optional trim|optional trim|more|\(?end\)?)$/i,
  /^(?:story filed by|distributed by)\b.{0,80}(?:news service|wire|syndicate)\b/i,
  // "aja/PAP", "dpa/lno", "(kna)": the initials an agency signs a story with.
  /^\(?(?:\p{L}{2,5}\/)+(?:PAP|dpa|AFP|AP|Reuters|KNA|kna|epd|APA|EFE|ANSA|IAR|sda|SDA|lno|lsw|lby|lnw)\)?$/u,
  /^\((?:dpa|afp|apa|kna|epd|sda|ap|reuters|efe|ansa)\)$/i,
  /\bfor (?:editorial )?use by\b.{0,60}\b(?:clients|subscribers)\b/i,
];

export function isWireNote(text: string): boolean {
  if (words(text).length > 60) return false;
  return WIRE_NOTES.some((re) => re.test(text));
}

// "Jane Doe, Staff Writer", "Jane Doe | Reuters", "About the author".
const AUTHOR_ROLE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[,|–—-]\s*(?:(?:senior|chief|staff|special|political|foreign|contributing|associate|managing|deputy)\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|analyst)(?:\s+(?:at|for)\s+.{1,40})?$/iu;

export function isAuthorLine(text: string): boolean {
  return AUTHOR_ROLE.test(text) || /^(?:about the authors?|author bio|more from (?:this|the) author)$/i.test(text);
}

// Widgets of pages in other languages: print, show image, ratings, comment prompts, reading time.
const WIDGET = [
  /^(?:zurück zur übersicht|sharing is caring|reklama|pinnen|ausgabe kaufen|inhalt|rezept drucken|drucken|drukuj|imprimir|imprimer|stampa|bild anzeigen|quellen (?:aus|ein)blenden|\(?noch keine bewertungen\)?|war (?:der|dieser) artikel (?:nützlich|hilfreich)\??|kommentare?|komentarze?|comentarios|commentaires|alle angaben ohne gewähr)$/i,
  /^(?:lesezeit:?\s*)?\d+\s*(?:min(?:ute[ns]?|uten|ut|utos)?\.?)\s*(?:read|lesezeit|czytania|de lectura|lecture|lettura|leestijd)?$/i,
  /^.{0,60}\b(?:kommentar(?:e|en)?|comments?|komentarz[ey]?|comentarios?)\b.{0,40}[:!]$/i,
  /\b(?:e-mail-adresse wird nicht veröffentlicht|email address will not be published|adresse e-mail ne sera pas publiée)\b/i,
  // Rating widgets still loading, shop carts and result counters.
  /\b(?:loading|wird geladen|cargando|chargement)\s*(?:\.\.\.|…)$/i,
  /^(?:ihr|dein|your|su|votre|twój) (?:warenkorb|einkaufswagen|cart|shopping cart|basket|carrito|panier|koszyk) (?:ist|is|está|est|jest) (?:leer|empty|vacío|vide|pusty)\.?$/i,
  /^(?:es werden (?:die )?[\p{L}]+ )?\d+\s*(?:bis|-|–|to)\s*\d+\s*(?:von|of|de)\s*(?:insgesamt\s*)?\d+\b.{0,40}$/iu,
];

export function isWidget(text: string): boolean {
  return words(text).length <= 12 && WIDGET.some((re) => re.test(text));
}
