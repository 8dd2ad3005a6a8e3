const SPACES = '[ \\u00a0\\u202f]+';
/** Before ; ? ! and », and after «: a thin space that never breaks (`!` of a Markdown image `![…]` excepted). */
const BEFORE_THIN = new RegExp(`${SPACES}(;|\\?|»|!(?!\\[))`, 'g');
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACES}`, 'g');
const BEFORE_COLON = new RegExp(`${SPACES}:`, 'g');

/**
 * The spaces a language's typography asks for around punctuation, set in place of the ones an author typed. French
 * spaces ; : ! ? and « » from the words they belong to; with an ordinary space the sign can start the next line on a
 * phone ("en boutique" / "; en cas de doute"). So in French the space before ; ! ? » and after « becomes a narrow
 * no-break space, the one before : a no-break space. Only spaces that are there are replaced, none is added: "10:30"
 * and "https://" stay as they are. Other languages are returned unchanged.
 */
export function typeset(text: string, locale: string): string {
  if (!/^fr(?:-|$)/i.test(locale)) return text;
  return text.replace(BEFORE_THIN, '\u202f$1').replace(AFTER_OPENING_GUILLEMET, '«\u202f').replace(BEFORE_COLON, '\u00a0:');
}
