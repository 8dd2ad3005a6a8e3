import type { GapScope, InsightsSkillGapsQuery } from '../generated/graphql';
import { InsightsSkillGapsDocument } from '../modules/insights/graphql/skill-gaps.graphql';

type GroupSkillGap = InsightsSkillGapsQuery['skillGaps'][number];

/** One figure of `skillGaps`: `withGap` of a group's `advisors` have a gap on the skill. */
export function aGroupSkillGap(groupId: string, groupName: string, code: string, name: string, withGap: number, advisors: number): GroupSkillGap {
  return { __typename: 'GroupSkillGap', groupId, groupName, skill: { __typename: 'SkillRef', code, name }, advisors, withGap, share: withGap / advisors };
}

/** Insights' gap figures for one scope and locale. */
export function skillGapsMock(scope: GapScope, skillGaps: GroupSkillGap[], locale = 'en') {
  return { request: { query: InsightsSkillGapsDocument, variables: { scope, locale } }, result: { data: { skillGaps } } };
}
