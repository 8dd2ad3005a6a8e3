import { graphql } from '../../../generated';

/** Per boutique, region or cohort, of one region or all: how many active advisors have a gap on each onboarding skill (counts only). */
export const InsightsSkillGapsDocument = graphql(`
  query InsightsSkillGaps($scope: GapScope!, $locale: String!, $regionId: ID) {
    skillGaps(scope: $scope, locale: $locale, regionId: $regionId) {
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

/** The maison's regions, to read a region's boutiques and cohorts at a time. */
export const InsightsRegionsDocument = graphql(`
  query InsightsRegions {
    regions {
      id
      name
    }
  }
`);
