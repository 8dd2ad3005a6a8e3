import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { PreviewLessonMarkdownDocument } from '../graphql/modules.graphql';

export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The sanitised HTML the API makes of a lesson's Markdown, asked for once typing pauses. The previous preview stays
 * while the next one loads, so the panel does not flicker.
 */
export function useMarkdownPreview(markdown: string) {
  const [debounced] = useDebouncedValue(markdown, PREVIEW_DEBOUNCE_MS);
  const empty = !debounced.trim();
  const { data, previousData, loading, error } = useQuery(PreviewLessonMarkdownDocument, { variables: { markdown: debounced }, skip: empty });
  const html = empty ? '' : (data ?? previousData)?.previewLessonMarkdown ?? null;
  return { html, loading: loading || debounced !== markdown, error: Boolean(error) };
}
