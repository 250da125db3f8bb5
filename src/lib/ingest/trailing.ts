// Where an article ends and the page's trailing chrome begins: a comment section ("Leave a
// reply", "12 Kommentare"), an author box or its head ("About the author"), a tag line ("Themen: …"),
// a "Most read" list or teaser cards after the article's prose. Line tests plus one cut rule.
import { words } from './lines.ts';
import { isHeadlineLike, isProse } from './meta.ts';

// Words that head a comment section on their own ("Kommentare (12)").
const COMMENT_NOUNS =
  '(?:comments|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|komentáře|kommentarer|yorumlar|комментарии|коментарі)';
// Words that head one only with a count ("11 Antworten zu „…“", "One response to …").
const COUNTED_WORDS =
  '(?:comments?|responses?|replies|thoughts?|kommentare?|antworten|gedanken|reaktionen|commentaires?|réactions|comentarios?|comentários?|respuestas|commenti|risposte|reacties|komentarz[ey]?|odpowiedzi|komentáře|kommentarer|yorumlar?|комментари[ийя]|коментарі)';

// A comment section's head: "Comments", "12 Kommentare", "One response to “…”", "Leave a Reply".
const COMMENT_HEAD = new RegExp(
  [
    `^${COMMENT_NOUNS}(?:\\s*\\(\\d+\\))?\\s*:?$`,
    `^(?:\\d+|one|eine?|un[ae]?|uno)\\s+${COUNTED_WORDS}(?:\\s+(?:on|to|zu|zum|zur|sur|à|a|para|en|su|op|do)\\b.*|\\s*(?:…|\\.{3})\\s*(?:read|lesen|lire|leer)\\b.*)?\\s*:?$`,
    '^(?:leave|post|add|write|submit) (?:a|your|new) (?:reply|comment|response)\\b.*$',
    '^(?:join|start) the (?:discussion|conversation)\\b.*$',
    '^(?:schreiben?|verfassen) sie einen kommentar\\b.*$',
    '^(?:schreibe|hinterlasse) einen kommentar\\b.*$',
    '^kommentar (?:schreiben|verfassen|hinzufügen|abgeben)\\b.*$',
    '^(?:du musst|sie müssen) (?:angemeldet|eingeloggt) sein\\b.*$',
    '^you must be (?:logged in|a registered user)\\b.*$',
    '^(?:comments|kommentare|commentaires) (?:are|sind|sont) (?:closed|geschlossen|fermés)\\.?$',
    '^(?:laisser|laissez|ajouter|écrire) un commentaire\\b.*$',
    '^(?:deja|dejar|escribe|añade) (?:un|tu) comentario\\b.*$',
    '^(?:deixe|deixar|escreva) (?:um|seu|o seu) comentário\\b.*$',
    '^(?:lascia|scrivi|aggiungi) un commento\\b.*$',
    '^(?:dodaj|napisz) komentarz\\b.*$',
    '^(?:plaats|schrijf) een reactie\\b.*$',
    '^(?:ihre meinung(?: zu diesem thema)?|was meinen sie|was denken sie|what do you think|your opinion)\\s*[?:!]?$',
    '^verraten sie (?:uns )?(?:gerne )?in den kommentaren\\b.*$',
  ].join('|'),
  'iu',
);

// Furniture that follows an article: an author box's head, a tag or category line, a reading list.
const TRAILER_HEAD =
  /^(?:about the author|about the authors|about me|author info|autoreninfo|autorinfo|über mich|über (?:den|die) autor(?:in|en)?|zur person|zum autor|zur autorin|die autorin|der autor|à propos de l['’]auteur|sobre (?:el|la|o|a) autor[ae]?|o autorze|sull['’]autore|over de auteur|(?:tags|tagi|schlagwörter|schlagworte|stichwörter|themen|thema|filed under|posted in|categories|category|kategorien?|kategorie|rubriken?|etiquetas|mots-clés|étiquettes|argomenti|trefwoorden)\s*:.*|meist(?:gelesen| gelesen)(?:e artikel)?|beliebte (?:beiträge|artikel)(?:\s+zum thema)?\s*:?|most (?:read|popular|viewed|commented)(?: (?:stories|articles|posts))?|(?:relevantes|mehr) aus dem [\p{L}\d.-]+[- ]archiv\s*:?|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|was this (?:article|post) (?:helpful|useful)\??|dieser (?:artikel|beitrag) gefällt ihnen\??|share this(?: article| post| story)?\s*:?|(?:about|über|à propos de|sobre|o) \p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}|mehr lesen über\s*:?|lust auf mehr\??|bleiben sie auf dem laufenden\.?|if you enjoyed (?:reading )?this (?:post|article)\b.*|while you(?:'re|’re| are) here\W*|(?:kontakt|pressekontakt|medienkontakt|contact|press contact|media contact|ansprechpartner(?:in)?(?: zum thema)?|weitere informationen|further information|more information)\s*:|abgelegt unter\s*:.*)$/iu;

// A comment form's or policy's fixed sentences: "Your email address will not be published."
const COMMENT_FORM =
  /\b(?:your email address will not be published|comments (?:are|will be|may be) (?:moderated|reviewed before|republished)|ihre e-mail-adresse wird nicht veröffentlicht|deine e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie|email) ne sera pas publiée|tu (?:dirección de )?correo electrónico no será publicad[oa]|para comentar (?:debes|tienes que) (?:registrarte|iniciar sesión)|o seu endereço de e-mail não será publicado|il tuo indirizzo email non sarà pubblicato|je e-mailadres wordt niet gepubliceerd|twój adres e-mail nie zostanie opublikowany|(?:kommentieren|bewerten) zu können, müssen sie (?:eingeloggt|angemeldet) sein|you must be logged in to (?:post|leave|write) a comment|przed dodaniem komentarza)\b/iu;

export function isCommentHead(text: string): boolean {
  const n = words(text).length;
  return (n <= 14 && COMMENT_HEAD.test(unbracketed(text))) || (n <= 80 && COMMENT_FORM.test(text));
}

/** "{ 38 comments… read them below }" → "38 comments… read them below": themes box the head. */
function unbracketed(text: string): string {
  return text.trim().replace(/^[{[(]\s*(.*?)\s*[}\])]$/u, '$1');
}

/**
 * A head only a comment section has: a counted one ("2 Gedanken zu „…“"), a reply prompt or the
 * form's policy line. A bare "Comments" may be a button above the article, so it is not one.
 */
export function isSectionCommentHead(text: string): boolean {
  return isCommentHead(text) && !new RegExp(`^${COMMENT_NOUNS}(?:\\s*\\(\\d+\\))?\\s*:?$`, 'iu').test(unbracketed(text));
}

export function isTrailerHead(text: string): boolean {
  // Plain "Read more" heads are left to the headline-list rules: prose may follow them.
  return words(text).length <= 20 && TRAILER_HEAD.test(text.trim());
}

/**
 * The index where trailing chrome starts in `texts` (texts.length when none): the first comment
 * head with a good share of the prose above it (comments are prose too, so below may be more), or the
 * first trailer head, author box or teaser-card kicker with at least twice as much prose above it as
 * below it. `following` is the page after `texts`, where a teaser card's repeated kicker may be.
 */
export function trailingChromeStart(texts: readonly string[], following: readonly string[] = []): number {
  // A teaser card's second kicker may lie in what the tail scan already cut off.
  const page = following.length > 0 ? [...texts, ...following] : texts;
  const prose = texts.map((t) => (isProse(t) ? words(t).length : 0));
  const proseIn = (from: number, to: number): number => prose.slice(from, to).reduce((a, b) => a + b, 0);
  // First the comment section; then reading lists and author boxes in what is left above it.
  let end = texts.length;
  const total = proseIn(0, end);
  let before = 0;
  for (let i = 0; i < texts.length; i++) {
    // A "Comments" button in a share bar above the article is not the end of it.
    if (before >= 60 && before >= 0.3 * total && isCommentHead(texts[i] ?? '')) {
      end = i;
      break;
    }
    before += prose[i] ?? 0;
  }
  const article = proseIn(0, end);
  before = 0;
  for (let i = 0; i < end; i++) {
    const text = texts[i] ?? '';
    if (before >= 60 && before >= 2 * (article - before) && (isTrailerHead(text) || isAuthorBox(text) || opensTeaserCards(page, i))) return i;
    before += prose[i] ?? 0;
  }
  return end;
}

const CARD_WINDOW = 8;

/**
 * Teaser cards for other stories: a section kicker ("Politics", "Wildtiere") over a headline, and
 * the same kicker over another headline a few lines on. An article's own subheadings do not repeat.
 */
export function opensTeaserCards(texts: readonly string[], i: number): boolean {
  const kicker = texts[i] ?? '';
  if (!isKicker(kicker) || !isHeadlineLike(texts[i + 1] ?? '')) return false;
  for (let j = i + 2; j < Math.min(texts.length, i + 2 + CARD_WINDOW); j++) {
    if (texts[j] === kicker && isHeadlineLike(texts[j + 1] ?? '')) return true;
  }
  return false;
}

function isKicker(text: string): boolean {
  const n = words(text).length;
  return n >= 1 && n <= 3 && text.length <= 30 && !/[.!?:,;…]$/.test(text);
}

// "Sarah Lindqvist is the health correspondent for the Eastern Herald." closing an article.
const AUTHOR_BOX = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}(?:correspondent|reporter|writer|editor|journalist|columnist|contributor|producer|professor|lecturer|researcher|fellow|founder|co-founder|consultant|expert|analyst|author|blogger|scholar|director)\b[^!?]{0,160}\.$/u;

// "Hallo, ich bin Foodbloggerin …", "Als Content-Managerin betreue ich den Blog …": a first-person author box.
const FIRST_PERSON_BOX = /^(?:(?:hallo|hi|hey|hello|servus|moin)[,!]?\s+(?:ich bin|i['’]m|i am|wir sind|we are)\b|als\s+[^.!?]{3,60}\s+(?:betreue|schreibe|blogge|leite|verantworte)\s+ich\b|ich bin\s+[^.!?]{3,80},?\s+(?:blogger|bloggerin|autor|autorin|redakteur|redakteurin|journalist|journalistin)\b)/iu;

// "Jane Doe is the Founder & Principal Consultant at Ignite! …": a role and an employer, then more about them.
const AUTHOR_BOX_LONG = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}&-]+\s+){0,4}(?:founder|co-founder|ceo|consultant|correspondent|reporter|writer|editor|journalist|columnist|contributor|blogger|author)\b.{0,300}$/u;

export function isAuthorBox(text: string): boolean {
  const n = words(text).length;
  return (n <= 40 && AUTHOR_BOX.test(text)) || (n <= 80 && (FIRST_PERSON_BOX.test(text) || AUTHOR_BOX_LONG.test(text)));
}
