const SPACES = '[ \\u00a0\\u202f]+';
/** Before ; ? ! and », and after «: a thin space that never breaks (`!` of a Markdown image `![…]` excepted). */
const BEFORE_THIN = new RegExp(`${SPACES}(;|\\?|»|!(?!\\[))`, 'g');
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACES}`, 'g');
const BEFORE_COLON = new RegExp(`${SPACES}:`, 'g');

/**
 * A typewriter apostrophe between two letters ("l'heure", "maker's"): an apostrophe, not a foot or a quote. (No
 * lookbehind: the web app runs this too, and Safari before 16.4 cannot parse one.)
 */
const APOSTROPHE = /(\p{L})'(?=\p{L})/gu;

/**
 * A language's typography, set in place of what an author typed. In every language, a typewriter apostrophe between
 * two letters becomes the typographic one (’), as the interface writes it. French spaces ; : ! ? and « » from the
 * words they belong to; with an ordinary space the sign can start the next line on a phone ("en boutique" / "; en
 * cas de doute"). So in French the space before ; ! ? » and after « becomes a narrow no-break space, the one before
 * : a no-break space. Only spaces that are there are replaced, none is added: "10:30" and "https://" stay as they
 * are.
 */
export function typeset(text: string, locale: string): string {
  const apostrophes = text.replace(APOSTROPHE, '$1’');
  if (!/^fr(?:-|$)/i.test(locale)) return apostrophes;
  return apostrophes.replace(BEFORE_THIN, '\u202f$1').replace(AFTER_OPENING_GUILLEMET, '«\u202f').replace(BEFORE_COLON, '\u00a0:');
}
