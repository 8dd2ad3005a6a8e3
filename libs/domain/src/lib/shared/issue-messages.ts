/** 2000 → "2,000", as the English messages write numbers of four digits and more. */
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Every problem the API reports about input, by a stable code, with the English sentence it renders from its
 * parameters. Clients show the code in their user's language (the web app has one translation per code, with the
 * same parameters) and fall back to the English `message` for a code they do not know yet. A new problem is a new
 * entry here, and `issue()` builds it: the code and its English are written once, never side by side at call sites.
 *
 * Messages read after the field they are about ("email is not a valid email address"). Parameters are plain
 * strings and numbers; a list is passed joined, as the English shows it. Where a library words the problem
 * (a CSV parser, a JSON parser, a shape check) its words are the `detail` parameter, for lack of a code of ours.
 */
export const ISSUE_MESSAGES = {
  // Any field
  REQUIRED: () => 'is required',
  TOO_SHORT: ({ min }: { min: number }) => `must have at least ${min} characters`,
  TOO_LONG: ({ max }: { max: number }) => `must have at most ${grouped(max)} characters`,
  LIST_TOO_LONG: ({ max }: { max: number }) => `must list at most ${grouped(max)} entries`,
  ONE_OF: ({ allowed }: { allowed: string }) => `must be one of ${allowed}`,
  BETWEEN: ({ min, max }: { min: number; max: number }) => `must be between ${min} and ${max}`,
  NOT_NEGATIVE: () => 'must not be negative',
  NOT_A_NUMBER: () => 'must be a number',
  ALREADY_USED: () => 'is already used',
  INPUT_MALFORMED: () => 'holds a value not in the expected form (an id, a number or a date)',
  INPUT_NUL: () => 'holds a character that cannot be stored (a NUL): was a file read in the wrong encoding?',
  SHAPE_INVALID: ({ detail }: { detail: string }) => detail,

  // Users and the organisation
  EMAIL_INVALID: () => 'is not a valid email address',
  TIME_ZONE_INVALID: () => 'must be an IANA time zone such as Europe/Paris',
  DATE_INVALID: () => 'must be a date written YYYY-MM-DD',
  COUNTRY_INVALID: () => 'must be a two-letter ISO country code such as FR',
  ROLE_REQUIRED: () => 'at least one role is required',
  ROLE_UNKNOWN: ({ roles }: { roles: string }) => `unknown role ${roles}`,
  ADVISOR_BOUTIQUE_REQUIRED: () => 'is required for an advisor',
  ADVISOR_START_DATE_REQUIRED: () => 'is required for an advisor (the hire date)',
  OWN_ADMIN_ROLE: () => 'you cannot remove your own ADMIN role',
  SELF_DEACTIVATION: () => 'you cannot deactivate yourself',
  BOUTIQUE_UNKNOWN: () => 'no such boutique',
  USER_UNKNOWN: ({ id }: { id: string }) => `no user ${id}`,
  NOT_AN_ADVISOR: ({ name }: { name: string }) => `${name} is not an advisor`,

  // Files and their rows (user CSV, question CSV)
  FILE_EMPTY: () => 'the file is empty',
  FILE_TOO_LARGE: ({ megabytes }: { megabytes: number }) => `the file must be at most ${megabytes} MB`,
  FILE_NOT_UTF8: () => 'the file is not UTF-8 text: save it as "CSV UTF-8" and import it again',
  CSV_UNREADABLE: ({ detail }: { detail: string }) => detail,
  IMPORT_INTERRUPTED: () => 'the import could not be completed and created no one: start it again',
  COLUMN_MISSING: () => 'column is missing from the header',
  COLUMN_UNKNOWN: ({ expected }: { expected: string }) => `unknown column; expected ${expected}`,
  NO_USER_ROWS: () => 'the file has no user rows',
  NO_QUESTION_ROWS: () => 'the file has no question rows',
  TOO_MANY_ROWS: ({ max }: { max: number }) => `at most ${max} rows per file`,
  DUPLICATE_ROW: ({ row }: { row: number }) => `duplicates row ${row}`,
  IMPORT_ROLE_REQUIRED: ({ roles }: { roles: string }) => `at least one of ${roles} is required`,
  BOUTIQUE_NAME_UNKNOWN: ({ name }: { name: string }) => `no boutique named "${name}"`,
  COHORT_NAME_UNKNOWN: ({ name }: { name: string }) => `no cohort named "${name}"`,
  NAME_AMBIGUOUS: ({ name, matches }: { name: string; matches: string }) => `"${name}" matches ${matches}: write the name exactly`,
  COHORT_ADVISORS_ONLY: () => 'only advisors join a cohort',
  EMAIL_IN_MAISON: () => 'already belongs to a user of this maison',
  QUESTION_IN_BANK: () => 'is already in the question bank',
  CHOICE_NUMBER_UNKNOWN: ({ number }: { number: number }) => `there is no choice ${number}`,
  TRUE_OR_FALSE: () => 'must be true or false',
  MATCHING_CELL_FORMAT: () => 'must read "left => right"',

  // Content: codes, references, texts
  CONTENT_CODE_INVALID: ({ example }: { example: string }) => `must be lower case letters, digits, - or . (e.g. ${example})`,
  PACKAGE_CODE_INVALID: ({ code }: { code: string }) => `"${code}" is not a valid code (lower case, digits, - or .)`,
  CODE_USED_TWICE: ({ code }: { code: string }) => `"${code}" is used twice`,
  CODE_LISTED_TWICE: ({ code }: { code: string }) => `"${code}" is listed twice`,
  SKILL_UNKNOWN: ({ code }: { code: string }) => `unknown skill "${code}"`,
  MODULE_UNKNOWN: ({ code }: { code: string }) => `unknown module "${code}"`,
  QUESTION_UNKNOWN: ({ code }: { code: string }) => `unknown question "${code}"`,
  SKILL_ID_UNKNOWN: ({ id }: { id: string }) => `no skill ${id}`,
  MODULE_ID_UNKNOWN: ({ id }: { id: string }) => `no module ${id}`,
  MODULE_LISTED_TWICE: () => 'a module is listed twice',
  QUESTION_LISTED_TWICE: () => 'a question is listed twice',
  NOT_PUBLISHED: ({ code }: { code: string }) => `${code} is not published`,
  LOCALE_REQUIRED_FOR_TEXT: () => 'is required to change a text',
  TEXT_MISSING: ({ locale }: { locale: string }) => `needs text in ${locale}`,
  PREREQUISITES_CYCLE: ({ cycle }: { cycle: string }) => `prerequisites form a cycle: ${cycle}`,
  PREREQUISITE_WOULD_CYCLE: ({ cycle }: { cycle: string }) => `would form a cycle: ${cycle}`,
  ONBOARDING_TAKEN: () => 'another program is the onboarding program',
  CERTIFICATION_THRESHOLD_INVALID: () => 'must be above 0 and at most 1, to three decimals (e.g. 0.8 for 80%)',
  MODULES_REQUIRED: () => 'needs at least one module',
  MINUTES_INVALID: () => 'must be a whole number of minutes from 1 to 60',
  LESSON_BLOCKS_REQUIRED: () => 'a lesson needs at least one block',
  QUESTIONS_REQUIRED: () => 'needs at least one question',
  CONTENT_URL_INVALID: () => 'must be an https URL or a path on this site (such as /content/images/dial.svg)',
  TIMELINE_DATE_INVALID: () => 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  SKILLS_REQUIRED: () => 'needs at least one skill',
  DIFFICULTY_INVALID: () => 'must be a whole number from 1 to 5',
  CHOICE_TEXT_MISSING: ({ id }: { id: string }) => `no text for "${id}"`,
  CHOICE_NOT_IN_KEY: ({ id }: { id: string }) => `"${id}" is not used by the key`,
  IMAGE_CHOICE_INCOMPLETE: () => 'an image choice needs an image URL and alt text',

  // Question keys
  OPTIONS_TOO_FEW: () => 'needs at least two options',
  OPTION_IDS_REPEATED: ({ ids }: { ids: string }) => `option ids must be unique (${ids})`,
  ONE_CORRECT_OPTION: ({ marked }: { marked: number }) => `needs exactly one correct option (${marked} marked)`,
  CORRECT_OPTION_REQUIRED: () => 'needs at least one correct option',
  ITEMS_TOO_FEW: () => 'needs at least two items to order',
  ITEM_IDS_REPEATED: ({ ids }: { ids: string }) => `item ids must be unique (${ids})`,
  PAIRS_TOO_FEW: () => 'needs at least two pairs',
  LEFT_ITEMS_REPEATED: ({ ids }: { ids: string }) => `each left item must appear once (${ids})`,
  RIGHT_ITEMS_REPEATED: ({ ids }: { ids: string }) => `each right item must appear once (${ids})`,
  TOLERANCE_NEGATIVE: () => 'must be zero or more',
  UNIT_REQUIRED: () => 'is required (e.g. mm, hours, carats)',
  QUESTION_TYPE_UNKNOWN: ({ type }: { type: string }) => `unknown question type ${type}`,

  // Answers
  ANSWER_TYPE_MISMATCH: ({ type }: { type: string }) => `expected an answer to a ${type} question`,
  ANSWER_OPTION_UNKNOWN: ({ ids }: { ids: string }) => `unknown option ${ids}`,
  ANSWER_OPTION_TWICE: () => 'an option is chosen twice',
  ANSWER_ORDER_INCOMPLETE: () => 'must order every item exactly once',
  ANSWER_MATCH_INCOMPLETE: () => 'must match every left item exactly once',
  ANSWER_RIGHT_UNKNOWN: () => 'matches an unknown right item',
  ANSWERED_BEFORE_PUBLISHED: () => 'is before this version of the question was published',
  IN_THE_FUTURE: () => 'cannot be in the future',
  NOT_AN_INSTANT: () => 'is not an instant',
  NOT_IN_MODULE_VERSION: () => 'is not a question of this module version',
  ATTEMPT_ID_INVALID: () => 'must be a UUID generated by the device',
  QUESTION_ID_INVALID: () => 'is not a question id',
  QUESTION_VERSION_ID_INVALID: () => 'is not a question version id',
  MODULE_VERSION_ID_INVALID: () => 'is not a module version id',
  TIME_TAKEN_INVALID: () => 'must be between 0 and 24 hours',
  DEVICE_TIME_ZONE_INVALID: () => 'must be an IANA time zone, e.g. Europe/Paris',

  // Enrolments
  DUE_DATE_INVALID: () => 'must be a date, YYYY-MM-DD',
  ENROLMENT_TARGET_REQUIRED: () => 'name advisors or a cohort',
  ENROLMENT_ADVISORS_ONLY: () => 'only advisors of this maison can be enrolled',

  // Program packages
  PACKAGE_FORMAT_INVALID: ({ format }: { format: string }) => `must be ${format}`,
  PACKAGE_VERSION_UNSUPPORTED: ({ version, supported }: { version: string; supported: number }) => `unsupported version ${version}; this deployment reads version ${supported}`,
  PACKAGE_NOT_JSON: ({ detail }: { detail: string }) => `is not JSON (${detail})`,
  CHECKSUM_MISSING: () => 'is missing: export the package from Savoir',
  CHECKSUM_MISMATCH: () => 'does not match the content: the file was changed or cut short after export',
  SOURCE_LOCALE_MISMATCH: ({ locale, maisonLocale }: { locale: string; maisonLocale: string }) => `is ${locale}, but this maison writes its content in ${maisonLocale}`,
  VERSION_IN_DRAFT: ({ code, version }: { code: string; version: number }) => `"${code}" has version ${version} in draft here: finish it before importing`,
  // "in in review": the English has always read so, and stays byte for byte what it was.
  VERSION_IN_REVIEW: ({ code, version }: { code: string; version: number }) => `"${code}" has version ${version} in in review here: finish it before importing`,
  KIND_MISMATCH: ({ code, kind, incoming }: { code: string; kind: string; incoming: string }) => `"${code}" is a ${kind} here, not a ${incoming}`,
  ONBOARDING_ELSEWHERE: ({ code }: { code: string }) => `this maison's onboarding program is already "${code}"`,

  // Badge definitions
  BADGE_NOT_OBJECT: () => 'must be an object with a code and criteria',
  BADGE_CODE_INVALID: () => 'must be a code: lower case letters, digits, - and .',
  BADGE_FIELD_UNKNOWN: () => 'is not a field of a badge definition',
  BADGE_CODE_TAKEN: ({ code }: { code: string }) => `${code} is already used by another badge`,
  CRITERION_NOT_OBJECT: () => 'must be a criterion object with a kind',
  CRITERION_FIELD_UNKNOWN: ({ kind }: { kind: string }) => `is not a field of a ${kind} criterion`,
  WHOLE_NUMBER_AT_LEAST_ONE: () => 'must be a whole number, at least 1',
  TRUE_WHEN_GIVEN: () => 'must be true when given',
  ALL_OR_COUNT: () => 'must give either all: true or a count, not both',
  CRITERIA_EMPTY: () => 'must list at least one criterion',
  CRITERIA_TOO_DEEP: ({ max }: { max: number }) => `nests too deep (at most ${max} levels of ALL_OF and ANY_OF)`,
} satisfies Record<string, (params: never) => string>;
