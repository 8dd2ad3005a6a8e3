import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * What a lesson's rich text may become: paragraphs, emphasis, lists, quotes, small headings and links. No script,
 * no style, no event handler, no iframe, and links only to http(s) and mailto (never javascript: or data:).
 */
const LESSON_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'a', 'code', 'hr'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A lesson sits under the page's own headings.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // Links go to absolute http(s)/mailto addresses or to the maison's own paths; anything else loses its href.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const safe = href !== undefined && /^(https?:|mailto:|\/(?!\/))/i.test(href);
      return { tagName, attribs: { ...(safe ? { href } : {}), ...rest, rel: 'noopener noreferrer', target: '_blank' } };
    },
  },
};

/**
 * Authors write Markdown; learners receive this HTML. Rendering then sanitising on the server means whatever an
 * author (or an imported package) wrote, no browser ever receives markup beyond the list above.
 */
export function renderLessonMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, LESSON_HTML).trim();
}
