import { createContext, useContext } from 'react';
import type { TranslationStatus } from '../../../generated/graphql';

/** A saved text of the version, as `ModuleVersion.texts` lists it. */
export interface SavedText {
  sourceLocale: string;
  translations: ReadonlyArray<{ locale: string; status: TranslationStatus; text: string | null }>;
}

export interface ModuleEditorContextValue {
  /** The locale being edited. */
  locale: string;
  /** The maison's default locale, from which the others are translated. */
  sourceLocale: string;
  /** The saved text at a path of the saved version (`blocks[2].story`), if any. */
  savedText: (path: string) => SavedText | undefined;
  /** The issue placed on a field path by the last save or review. */
  issue: (path: string) => string | undefined;
}

export const ModuleEditorContext = createContext<ModuleEditorContextValue | null>(null);

export function useModuleEditorContext(): ModuleEditorContextValue {
  const value = useContext(ModuleEditorContext);
  if (!value) throw new Error('useModuleEditorContext must be used inside ModuleEditorContext');
  return value;
}
