import { DESIRED_RETENTION_RANGE } from '@savoir/domain';
import { DEFAULT_BENCH_OPTIONS, runBench, type BenchOptions } from './simulate';

/**
 * `npm run bench:adaptive [-- --seed 42 --learners 1000 --retention 0.9]`: progress on the way, then the report as ONE JSON
 * object on the last line of output (what CI and the README read).
 */
function parseArgs(argv: readonly string[]): BenchOptions {
  const { min, max } = DESIRED_RETENTION_RANGE;
  const usage = `use --seed N, --learners N, --cohort N, --retention R (${min} to ${max})`;
  const options = { ...DEFAULT_BENCH_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!['--seed', '--learners', '--cohort', '--retention'].includes(flag)) throw new Error(`unknown option ${flag} (${usage})`);
    const value = inline ?? argv[++i];
    const number = Number(value);
    if (flag === '--retention') {
      // A retention a maison may choose (setDesiredRetention).
      if (!(number >= min && number <= max)) throw new Error(`--retention needs a share from ${min} to ${max}, got ${value}`);
      options.desiredRetention = number;
      continue;
    }
    if (!Number.isInteger(number) || number < 0) throw new Error(`${flag} needs a whole number, got ${value}`);
    if (flag === '--seed') options.seed = number;
    else if (flag === '--learners' && number > 0) options.learners = number;
    else if (flag === '--cohort' && number > 0) options.cohort = number;
    else throw new Error(`unknown or invalid option ${argv[i]} (${usage})`);
  }
  return options;
}

let options: BenchOptions;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
console.log(`Adaptive engine bench: ${options.learners} simulated advisors (families A and B), seed ${options.seed}; policies linear, savoir, oracle`);
const report = runBench(options, (progress) => {
  const show = (value: number | null) => (value === null ? '-' : value.toFixed(1));
  console.log(`  ${String(progress.done).padStart(5)}/${progress.total} advisors · mean items to mastery: linear ${show(progress.meanItems.linear)}, savoir ${show(progress.meanItems.savoir)}, oracle ${show(progress.meanItems.oracle)}`);
});
const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);
console.log(`Items to mastery: linear ${report.itemsToMastery.linear}, savoir ${report.itemsToMastery.savoir} (placement ${report.placementItems}), oracle ${report.itemsToMastery.oracle}`);
console.log(`Savoir vs linear ${report.ratioVsLinear}, vs oracle ${report.ratioVsOracle}; gaps precision ${percent(report.gapPrecision)}, recall ${percent(report.gapRecall)}; false mastery ${percent(report.falseMasteryRate)}`);
const informed = report.informedObserver;
console.log(`Family A, informed observer (knows each advisor's make-up, not their state): ${informed.itemsToMastery.informed} items to mastery, ${informed.itemsToMastery.informedWithHeritageItem} with a heritage item per challenge (oracle ${informed.itemsToMastery.oracle}, savoir ${informed.itemsToMastery.savoir}); on savoir's answers, gaps precision ${percent(informed.gapPrecision)}, recall ${percent(informed.gapRecall)} (savoir ${percent(report.families.A.gapPrecision)}, ${percent(report.families.A.gapRecall)})`);
console.log(`Mastery AUC ${report.masteryAuc}, log loss ${report.masteryLogLoss}; 30-day retention ${percent(report.retention30d.observed)} (desired ${percent(report.retention30d.desired)})`);
console.log(`Next answer: learner model AUC ${report.modelComparison.savoir.auc} / log loss ${report.modelComparison.savoir.logLoss}; BKT AUC ${report.modelComparison.bkt.auc} / log loss ${report.modelComparison.bkt.logLoss}`);
for (const [name, target] of Object.entries(report.targets)) console.log(`  ${target.met ? 'met    ' : 'NOT MET'} ${name} ${target.target}: ${target.reached}`);
console.log(`Done in ${(report.elapsedMs / 1000).toFixed(1)} s`);
console.log(JSON.stringify(report));
