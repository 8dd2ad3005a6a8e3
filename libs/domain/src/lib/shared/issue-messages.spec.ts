import { issue, issueMessage, ISSUE_CODES, type IssueArgs, type IssueCode } from './validation';

/**
 * Each code with sample parameters and the English its producer wrote before issues carried codes, byte for byte:
 * clients and tests that read `message` see the same sentences. Typed by code, so a new code needs its sample here.
 */
const SAMPLES: { [C in IssueCode]: [...IssueArgs<C>, string] } = {
  REQUIRED: ['is required'],
  TOO_SHORT: [{ min: 12 }, 'must have at least 12 characters'],
  TOO_LONG: [{ max: 120 }, 'must have at most 120 characters'],
  LIST_TOO_LONG: [{ max: 1000 }, 'must list at most 1,000 entries'],
  ONE_OF: [{ allowed: 'en, fr' }, 'must be one of en, fr'],
  BETWEEN: [{ min: 0.75, max: 0.97 }, 'must be between 0.75 and 0.97'],
  NOT_NEGATIVE: ['must not be negative'],
  NOT_A_NUMBER: ['must be a number'],
  ALREADY_USED: ['is already used'],
  INPUT_MALFORMED: ['holds a value not in the expected form (an id, a number or a date)'],
  INPUT_NUL: ['holds a character that cannot be stored (a NUL): was a file read in the wrong encoding?'],
  SHAPE_INVALID: [{ detail: 'Invalid input: expected array, received string' }, 'Invalid input: expected array, received string'],
  EMAIL_INVALID: ['is not a valid email address'],
  TIME_ZONE_INVALID: ['must be an IANA time zone such as Europe/Paris'],
  DATE_INVALID: ['must be a date written YYYY-MM-DD'],
  COUNTRY_INVALID: ['must be a two-letter ISO country code such as FR'],
  ROLE_REQUIRED: ['at least one role is required'],
  ROLE_UNKNOWN: [{ roles: 'OWNER, GUEST' }, 'unknown role OWNER, GUEST'],
  ADVISOR_BOUTIQUE_REQUIRED: ['is required for an advisor'],
  ADVISOR_START_DATE_REQUIRED: ['is required for an advisor (the hire date)'],
  OWN_ADMIN_ROLE: ['you cannot remove your own ADMIN role'],
  SELF_DEACTIVATION: ['you cannot deactivate yourself'],
  BOUTIQUE_UNKNOWN: ['no such boutique'],
  USER_UNKNOWN: [{ id: 'u-1' }, 'no user u-1'],
  NOT_AN_ADVISOR: [{ name: 'Claire Dubois' }, 'Claire Dubois is not an advisor'],
  FILE_EMPTY: ['the file is empty'],
  FILE_TOO_LARGE: [{ megabytes: 2 }, 'the file must be at most 2 MB'],
  FILE_NOT_UTF8: ['the file is not UTF-8 text: save it as "CSV UTF-8" and import it again'],
  CSV_UNREADABLE: [{ detail: 'Quoted field unterminated' }, 'Quoted field unterminated'],
  IMPORT_INTERRUPTED: ['the import could not be completed and created no one: start it again'],
  COLUMN_MISSING: ['column is missing from the header'],
  COLUMN_UNKNOWN: [{ expected: 'email, displayName, roles' }, 'unknown column; expected email, displayName, roles'],
  NO_USER_ROWS: ['the file has no user rows'],
  NO_QUESTION_ROWS: ['the file has no question rows'],
  TOO_MANY_ROWS: [{ max: 5000 }, 'at most 5000 rows per file'],
  DUPLICATE_ROW: [{ row: 3 }, 'duplicates row 3'],
  IMPORT_ROLE_REQUIRED: [{ roles: 'ADVISOR, AUTHOR, HR, ADMIN' }, 'at least one of ADVISOR, AUTHOR, HR, ADMIN is required'],
  BOUTIQUE_NAME_UNKNOWN: [{ name: 'Nowhere' }, 'no boutique named "Nowhere"'],
  COHORT_NAME_UNKNOWN: [{ name: 'Spring' }, 'no cohort named "Spring"'],
  NAME_AMBIGUOUS: [{ name: 'paris', matches: '"Paris", "PARIS"' }, '"paris" matches "Paris", "PARIS": write the name exactly'],
  COHORT_ADVISORS_ONLY: ['only advisors join a cohort'],
  EMAIL_IN_MAISON: ['already belongs to a user of this maison'],
  QUESTION_IN_BANK: ['is already in the question bank'],
  CHOICE_NUMBER_UNKNOWN: [{ number: 4 }, 'there is no choice 4'],
  TRUE_OR_FALSE: ['must be true or false'],
  MATCHING_CELL_FORMAT: ['must read "left => right"'],
  CONTENT_CODE_INVALID: [{ example: 'heritage.founding-story' }, 'must be lower case letters, digits, - or . (e.g. heritage.founding-story)'],
  PACKAGE_CODE_INVALID: [{ code: 'Bad Code' }, '"Bad Code" is not a valid code (lower case, digits, - or .)'],
  CODE_USED_TWICE: [{ code: 'heritage' }, '"heritage" is used twice'],
  CODE_LISTED_TWICE: [{ code: 'heritage' }, '"heritage" is listed twice'],
  SKILL_UNKNOWN: [{ code: 'heritage.x' }, 'unknown skill "heritage.x"'],
  MODULE_UNKNOWN: [{ code: 'intro' }, 'unknown module "intro"'],
  QUESTION_UNKNOWN: [{ code: 'q-1' }, 'unknown question "q-1"'],
  SKILL_ID_UNKNOWN: [{ id: 's-1' }, 'no skill s-1'],
  MODULE_ID_UNKNOWN: [{ id: 'm-1' }, 'no module m-1'],
  MODULE_LISTED_TWICE: ['a module is listed twice'],
  QUESTION_LISTED_TWICE: ['a question is listed twice'],
  NOT_PUBLISHED: [{ code: 'heritage.quiz' }, 'heritage.quiz is not published'],
  LOCALE_REQUIRED_FOR_TEXT: ['is required to change a text'],
  TEXT_MISSING: [{ locale: 'en' }, 'needs text in en'],
  PREREQUISITES_CYCLE: [{ cycle: 'a → b → a' }, 'prerequisites form a cycle: a → b → a'],
  PREREQUISITE_WOULD_CYCLE: [{ cycle: 'a → b → a' }, 'would form a cycle: a → b → a'],
  ONBOARDING_TAKEN: ['another program is the onboarding program'],
  CERTIFICATION_THRESHOLD_INVALID: ['must be above 0 and at most 1, to three decimals (e.g. 0.8 for 80%)'],
  MODULES_REQUIRED: ['needs at least one module'],
  MINUTES_INVALID: ['must be a whole number of minutes from 1 to 60'],
  LESSON_BLOCKS_REQUIRED: ['a lesson needs at least one block'],
  QUESTIONS_REQUIRED: ['needs at least one question'],
  CONTENT_URL_INVALID: ['must be an https URL or a path on this site (such as /content/images/dial.svg)'],
  TIMELINE_DATE_INVALID: ['must be YYYY, YYYY-MM or YYYY-MM-DD'],
  SKILLS_REQUIRED: ['needs at least one skill'],
  DIFFICULTY_INVALID: ['must be a whole number from 1 to 5'],
  CHOICE_TEXT_MISSING: [{ id: 'c3' }, 'no text for "c3"'],
  CHOICE_NOT_IN_KEY: [{ id: 'z' }, '"z" is not used by the key'],
  IMAGE_CHOICE_INCOMPLETE: ['an image choice needs an image URL and alt text'],
  OPTIONS_TOO_FEW: ['needs at least two options'],
  OPTION_IDS_REPEATED: [{ ids: 'a, b' }, 'option ids must be unique (a, b)'],
  ONE_CORRECT_OPTION: [{ marked: 0 }, 'needs exactly one correct option (0 marked)'],
  CORRECT_OPTION_REQUIRED: ['needs at least one correct option'],
  ITEMS_TOO_FEW: ['needs at least two items to order'],
  ITEM_IDS_REPEATED: [{ ids: 'x' }, 'item ids must be unique (x)'],
  PAIRS_TOO_FEW: ['needs at least two pairs'],
  LEFT_ITEMS_REPEATED: [{ ids: 'l1' }, 'each left item must appear once (l1)'],
  RIGHT_ITEMS_REPEATED: [{ ids: 'r1, r2' }, 'each right item must appear once (r1, r2)'],
  TOLERANCE_NEGATIVE: ['must be zero or more'],
  UNIT_REQUIRED: ['is required (e.g. mm, hours, carats)'],
  QUESTION_TYPE_UNKNOWN: [{ type: 'ESSAY' }, 'unknown question type ESSAY'],
  ANSWER_TYPE_MISMATCH: [{ type: 'SINGLE_CHOICE' }, 'expected an answer to a SINGLE_CHOICE question'],
  ANSWER_OPTION_UNKNOWN: [{ ids: 'z, y' }, 'unknown option z, y'],
  ANSWER_OPTION_TWICE: ['an option is chosen twice'],
  ANSWER_ORDER_INCOMPLETE: ['must order every item exactly once'],
  ANSWER_MATCH_INCOMPLETE: ['must match every left item exactly once'],
  ANSWER_RIGHT_UNKNOWN: ['matches an unknown right item'],
  ANSWERED_BEFORE_PUBLISHED: ['is before this version of the question was published'],
  IN_THE_FUTURE: ['cannot be in the future'],
  NOT_AN_INSTANT: ['is not an instant'],
  NOT_IN_MODULE_VERSION: ['is not a question of this module version'],
  ATTEMPT_ID_INVALID: ['must be a UUID generated by the device'],
  QUESTION_ID_INVALID: ['is not a question id'],
  QUESTION_VERSION_ID_INVALID: ['is not a question version id'],
  MODULE_VERSION_ID_INVALID: ['is not a module version id'],
  TIME_TAKEN_INVALID: ['must be between 0 and 24 hours'],
  DEVICE_TIME_ZONE_INVALID: ['must be an IANA time zone, e.g. Europe/Paris'],
  DUE_DATE_INVALID: ['must be a date, YYYY-MM-DD'],
  ENROLMENT_TARGET_REQUIRED: ['name advisors or a cohort'],
  ENROLMENT_ADVISORS_ONLY: ['only advisors of this maison can be enrolled'],
  PACKAGE_FORMAT_INVALID: [{ format: 'savoir.program-package' }, 'must be savoir.program-package'],
  PACKAGE_VERSION_UNSUPPORTED: [{ version: '2', supported: 1 }, 'unsupported version 2; this deployment reads version 1'],
  PACKAGE_NOT_JSON: [{ detail: 'Unexpected end of JSON input' }, 'is not JSON (Unexpected end of JSON input)'],
  CHECKSUM_MISSING: ['is missing: export the package from Savoir'],
  CHECKSUM_MISMATCH: ['does not match the content: the file was changed or cut short after export'],
  SOURCE_LOCALE_MISMATCH: [{ locale: 'fr', maisonLocale: 'en' }, 'is fr, but this maison writes its content in en'],
  VERSION_IN_DRAFT: [{ code: 'heritage.intro', version: 2 }, '"heritage.intro" has version 2 in draft here: finish it before importing'],
  VERSION_IN_REVIEW: [{ code: 'heritage.intro', version: 3 }, '"heritage.intro" has version 3 in in review here: finish it before importing'],
  KIND_MISMATCH: [{ code: 'intro', kind: 'LESSON', incoming: 'QUIZ' }, '"intro" is a LESSON here, not a QUIZ'],
  ONBOARDING_ELSEWHERE: [{ code: 'onboarding' }, 'this maison\'s onboarding program is already "onboarding"'],
  BADGE_NOT_OBJECT: ['must be an object with a code and criteria'],
  BADGE_CODE_INVALID: ['must be a code: lower case letters, digits, - and .'],
  BADGE_FIELD_UNKNOWN: ['is not a field of a badge definition'],
  BADGE_CODE_TAKEN: [{ code: 'streak-7' }, 'streak-7 is already used by another badge'],
  CRITERION_NOT_OBJECT: ['must be a criterion object with a kind'],
  CRITERION_FIELD_UNKNOWN: [{ kind: 'SKILLS_MASTERED' }, 'is not a field of a SKILLS_MASTERED criterion'],
  WHOLE_NUMBER_AT_LEAST_ONE: ['must be a whole number, at least 1'],
  TRUE_WHEN_GIVEN: ['must be true when given'],
  ALL_OR_COUNT: ['must give either all: true or a count, not both'],
  CRITERIA_EMPTY: ['must list at least one criterion'],
  CRITERIA_TOO_DEEP: [{ max: 3 }, 'nests too deep (at most 3 levels of ALL_OF and ANY_OF)'],
};

describe('issue catalogue', () => {
  it.each(ISSUE_CODES)('renders %s in the English it always had', (code) => {
    const sample = SAMPLES[code] as unknown as [...IssueArgs<IssueCode>, string];
    const english = sample[sample.length - 1];
    const params = sample.slice(0, -1) as IssueArgs<IssueCode>;
    expect(issueMessage(code, ...params)).toBe(english);
  });

  it('has a sample for every code and no more', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('writes four-digit lengths as the English did ("2,000"), and other numbers as they are', () => {
    expect(issueMessage('TOO_LONG', { max: 2000 })).toBe('must have at most 2,000 characters');
    expect(issueMessage('TOO_MANY_ROWS', { max: 5000 })).toBe('at most 5000 rows per file');
  });

  it('builds an issue with its code, its params when it has any, and its English', () => {
    expect(issue('displayName', 'TOO_LONG', { max: 120 })).toEqual({ field: 'displayName', code: 'TOO_LONG', params: { max: 120 }, message: 'must have at most 120 characters' });
    expect(issue('email', 'REQUIRED')).toStrictEqual({ field: 'email', code: 'REQUIRED', message: 'is required' });
  });
});
