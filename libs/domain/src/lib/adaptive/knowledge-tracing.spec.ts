import fc from 'fast-check';
import { DEFAULT_TRACING_PARAMS, tracingPredict, tracingUpdate, type TracingParams } from './knowledge-tracing';

const params: TracingParams = { known: 0.3, learn: 0.15, slip: 0.1, guess: 0.2 };

// Slip and guess small enough for an answer to carry information (1 − slip > guess), as in any sane fit.
const paramsArb = fc.record({
  known: fc.double({ min: 0, max: 1, noNaN: true }),
  learn: fc.double({ min: 0, max: 0.5, noNaN: true }),
  slip: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
  guess: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
});
const probabilityArb = fc.double({ min: 0, max: 1, noNaN: true });

describe('knowledge tracing: golden values', () => {
  it('predicts a right answer through slip and guess', () => {
    // 0.3 × (1 − 0.1) + 0.7 × 0.2 = 0.27 + 0.14 = 0.41
    expect(tracingPredict(0.3, params)).toBeCloseTo(0.41, 12);
  });

  it('a right answer: posterior 0.27 / 0.41, then learning', () => {
    // Posterior = 0.3 × 0.9 / (0.3 × 0.9 + 0.7 × 0.2) = 0.27 / 0.41 = 0.658537
    // Learning: 0.658537 + (1 − 0.658537) × 0.15 = 0.658537 + 0.051220 = 0.709756
    expect(tracingUpdate(0.3, true, params)).toBeCloseTo(0.709756, 6);
  });

  it('a wrong answer: posterior 0.03 / 0.59, then learning', () => {
    // Posterior = 0.3 × 0.1 / (0.3 × 0.1 + 0.7 × 0.8) = 0.03 / 0.59 = 0.050847
    // Learning: 0.050847 + (1 − 0.050847) × 0.15 = 0.050847 + 0.142373 = 0.193220
    expect(tracingUpdate(0.3, false, params)).toBeCloseTo(0.19322, 6);
  });

  it('the defaults keep their shape: informative answers, some learning', () => {
    expect(1 - DEFAULT_TRACING_PARAMS.slip).toBeGreaterThan(DEFAULT_TRACING_PARAMS.guess);
    expect(DEFAULT_TRACING_PARAMS.learn).toBeGreaterThan(0);
    expect(DEFAULT_TRACING_PARAMS.known).toBeGreaterThan(0);
    expect(DEFAULT_TRACING_PARAMS.known).toBeLessThan(1);
  });
});

describe('knowledge tracing: monotonicity', () => {
  it('a right answer never lowers the probability of knowing, and counts more than a wrong one', () => {
    fc.assert(
      fc.property(paramsArb, probabilityArb, (p, known) => {
        const right = tracingUpdate(known, true, p);
        const wrong = tracingUpdate(known, false, p);
        expect(right).toBeGreaterThanOrEqual(known - 1e-12);
        expect(right).toBeGreaterThanOrEqual(wrong);
      }),
    );
  });

  it('without learning, a wrong answer never raises it', () => {
    fc.assert(fc.property(paramsArb, probabilityArb, (p, known) => expect(tracingUpdate(known, false, { ...p, learn: 0 })).toBeLessThanOrEqual(known + 1e-12)));
  });

  it('the update and the prediction rise with what was known before', () => {
    fc.assert(
      fc.property(paramsArb, probabilityArb, probabilityArb, fc.boolean(), (p, a, b, correct) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        expect(tracingUpdate(high, correct, p)).toBeGreaterThanOrEqual(tracingUpdate(low, correct, p) - 1e-12);
        expect(tracingPredict(high, p)).toBeGreaterThanOrEqual(tracingPredict(low, p) - 1e-12);
      }),
    );
  });

  it('stays a probability, at least the learning rate after any answer', () => {
    fc.assert(
      fc.property(paramsArb, probabilityArb, fc.boolean(), (p, known, correct) => {
        const next = tracingUpdate(known, correct, p);
        expect(next).toBeGreaterThanOrEqual(p.learn - 1e-12);
        expect(next).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('a run of right answers converges towards knowing', () => {
    let known = params.known;
    for (let i = 0; i < 10; i++) known = tracingUpdate(known, true, params);
    expect(known).toBeGreaterThan(0.99);
  });
});
