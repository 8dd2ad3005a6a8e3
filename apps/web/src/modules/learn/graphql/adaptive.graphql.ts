import { graphql } from '../../../generated';

/** Today's challenge as its card shows it: how many items, each one's reason and skill, what is answered. */
export const ChallengeCardFragment = graphql(`
  fragment ChallengeCard_challenge on Challenge {
    id
    kind
    completed
    expiresAt
    items {
      reason
      answered
      skill {
        code
        name
      }
    }
  }
`);

/** Read by Today (the card) and the challenge player (the questions too, so it opens offline once Today was seen). */
export const TodayChallengeDocument = graphql(`
  query TodayChallenge($locale: String!) {
    todayChallenge(locale: $locale) {
      ...ChallengeCard_challenge
      items {
        correct
        question {
          ...LearnerQuestion_question
        }
      }
    }
  }
`);

/** "Your path": the program as the engine plans it for the advisor, each step with its reason. */
export const PersonalPathFragment = graphql(`
  fragment PersonalPathSteps_path on PersonalPath {
    programId
    programTitle
    skipped
    steps {
      moduleId
      title
      kind
      estimatedMinutes
      status
      reason
      skills {
        code
        name
      }
    }
  }
`);

export const MyPathDocument = graphql(`
  query MyPath($locale: String!) {
    myPath(locale: $locale) {
      ...PersonalPathSteps_path
    }
  }
`);

/** A knowledge gap with what its explanation is built from. */
export const GapFragment = graphql(`
  fragment GapList_gap on KnowledgeGap {
    skill {
      code
      name
    }
    masteryProbability
    ready
    underlying {
      code
      name
    }
    wrong
    recent
  }
`);

export const MyGapsDocument = graphql(`
  query MyGaps($locale: String!) {
    myGaps(locale: $locale) {
      ...GapList_gap
    }
  }
`);

/** A skill as "What you know" shows it: mastered or not, and when its next review falls. */
export const KnownSkillFragment = graphql(`
  fragment KnownSkills_skill on SkillMastery {
    skill {
      code
      name
    }
    mastered
    reviewDueAt
  }
`);

export const MySkillsDocument = graphql(`
  query MySkills($locale: String!) {
    mySkills(locale: $locale) {
      ...KnownSkills_skill
    }
  }
`);

/** Where the placement stands: the question to answer now, or, once done, the skills it showed as known. */
export const PlacementFragment = graphql(`
  fragment PlacementPlayer_placement on Placement {
    status
    asked
    maxItems
    question {
      ...LearnerQuestion_question
    }
    masteredSkills {
      code
      name
    }
  }
`);

export const MyPlacementDocument = graphql(`
  query MyPlacement($locale: String!) {
    myPlacement(locale: $locale) {
      ...PlacementPlayer_placement
    }
  }
`);

export const NextPlacementQuestionDocument = graphql(`
  mutation NextPlacementQuestion($locale: String!) {
    nextPlacementQuestion(locale: $locale) {
      ...PlacementPlayer_placement
    }
  }
`);
