import { graphql } from '../../../generated';

/** Per boutique, region or cohort: how many active advisors have a gap on each onboarding skill (counts only). */
export const InsightsSkillGapsDocument = graphql(`
  query InsightsSkillGaps($scope: GapScope!, $locale: String!) {
    skillGaps(scope: $scope, locale: $locale) {
      groupId
      groupName
      skill {
        code
        name
      }
      advisors
      withGap
      share
    }
  }
`);
