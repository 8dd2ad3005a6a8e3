import { compareItemAnalyses, type ItemAnalysis, type ItemAnalysisSortKey } from '@savoir/domain';
import type { ItemFlag, ItemStatisticsTable_ItemFragment } from '../../generated/graphql';

export const ITEM_SORT_KEYS = ['code', 'attempts', 'difficulty', 'discrimination', 'upperLowerIndex', 'flags'] as const;
export type ItemSortKey = (typeof ITEM_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** An author reviews an item for any flag but TOO_FEW_RESPONSES, which only says the figures are not settled yet. */
export function needsReview(item: { flags: ReadonlyArray<ItemFlag> }): boolean {
  return item.flags.some((flag) => flag !== 'TOO_FEW_RESPONSES');
}

/** The comparator's view of a row: the code stands for the question id, so ties and the code column sort by code. */
function asAnalysis(item: ItemStatisticsTable_ItemFragment): ItemAnalysis {
  return {
    questionId: item.code,
    attempts: item.attempts,
    learners: item.learners,
    difficulty: item.difficulty,
    discrimination: item.discrimination,
    upperLowerIndex: item.upperLowerIndex,
    choiceDistribution: {},
    flags: [...item.flags],
  };
}

/**
 * The rows in the order of one column, with the domain's comparator: null statistics last in both directions,
 * flags by how many, ties by code (then in the order the API sent them: one code's versions stay together).
 */
export function sortItems<T extends ItemStatisticsTable_ItemFragment>(items: ReadonlyArray<T>, key: ItemSortKey, direction: SortDirection): T[] {
  const domainKey: ItemAnalysisSortKey = key === 'code' ? 'questionId' : key;
  const rows = items.map((item) => ({ item, analysis: asAnalysis(item) }));
  return rows.sort((a, b) => compareItemAnalyses(a.analysis, b.analysis, domainKey, direction)).map((row) => row.item);
}
