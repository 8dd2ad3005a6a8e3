/**
 * The fewest active advisors a group (boutique, region, cohort) must have for its figures to be reported: below it,
 * a share of "advisors with a gap" would all but name the people behind it, so the group is left out of the report
 * (and out of its "all groups" total, which is summed from the groups shown). Analytics on advisors' learning
 * records are employees' personal data; this is the floor every aggregate report keeps to.
 */
export const MIN_REPORTED_GROUP = 5;

/** Whether a group of `advisors` people may be reported. */
export const isReportableGroup = (advisors: number): boolean => advisors >= MIN_REPORTED_GROUP;
