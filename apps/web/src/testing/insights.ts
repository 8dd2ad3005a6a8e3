import type { InsightsSkillGapsQuery } from '../generated/graphql';

/** One figure of `skillGaps`: `withGap` of a group's `advisors` have a gap on the skill. */
export function aGroupSkillGap(groupId: string, groupName: string, code: string, name: string, withGap: number, advisors: number): InsightsSkillGapsQuery['skillGaps'][number] {
  return { __typename: 'GroupSkillGap', groupId, groupName, skill: { __typename: 'SkillRef', code, name }, advisors, withGap, share: withGap / advisors };
}
