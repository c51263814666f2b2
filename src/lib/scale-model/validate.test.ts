import { messages } from '../messages';
import { scaleModelMessages } from './messages';
import { scaleModelInputsSchema } from './schema';
import { plan, role } from './test-fixtures';
import { validateField, validateScaleModelInputs } from './validate';
import type { ScaleModelRawInputs, ScaleRoleRaw } from './validate';
import { ROLE_RULES } from './rules';

// A form as people fill it: text in every cell.
const formRole = (overrides: Partial<ScaleRoleRaw> = {}): ScaleRoleRaw => ({
  id: 'ae',
  name: 'Account Executive',
  startingHeadcount: '2',
  hiresPerMonth: ['1', '0', '0.5', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
  rampMonths: '3',
  rampCurve: 'linear',
  fullOutputPerMonth: '$25k',
  outputUnit: 'new ARR ($)',
  attainmentPct: '80%',
  annualAttritionPct: '15',
  loadedMonthlyCostUsd: '12,500',
  recruitingLeadMonths: '3',
  countsTowardTarget: true,
  outputIsNetNewArr: true,
  ...overrides,
});
const form = (overrides: Partial<ScaleModelRawInputs> = {}, roles = [formRole()]): ScaleModelRawInputs => ({
  roles,
  spanOfControl: '7',
  monthlyOutputTarget: '100k',
  winRatePct: '',
  coverageMultiple: '3',
  startingCashUsd: '3.9m',
  otherMonthlyCostUsd: '120000',
  startingArrUsd: '1,000,000',
  grossMarginPct: '75',
  salesMarketingCostPct: '35',
  ...overrides,
});

describe('validateScaleModelInputs', () => {
  it('turns a filled-in form into typed inputs the storage schema accepts', () => {
    const result = validateScaleModelInputs(form());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inputs.roles[0]).toMatchObject({ fullOutputPerMonth: 25_000, attainmentPct: 80, loadedMonthlyCostUsd: 12_500, hiresPerMonth: [1, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(result.inputs).toMatchObject({ monthlyOutputTarget: 100_000, startingCashUsd: 3_900_000, winRatePct: null, coverageMultiple: 3 });
    expect(scaleModelInputsSchema.safeParse(result.inputs).success).toBe(true);
  });

  it('accepts typed inputs as they are', () => {
    const inputs = plan([role({ rampMonths: 2.5, hiresPerMonth: [0.5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3] })]);
    const result = validateScaleModelInputs(inputs);
    expect(result).toMatchObject({ ok: true, inputs });
  });

  it('gives one message per bad field, keyed by its path', () => {
    const hiresPerMonth = ['1', '-2', '', null, 'lots', '0', '0', '0', '0', '0', '0', '0'];
    const result = validateScaleModelInputs(
      form({ spanOfControl: '0.5', winRatePct: '0' }, [formRole({ hiresPerMonth, rampMonths: '120', annualAttritionPct: '100' })]),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toMatchInlineSnapshot(`
      {
        "roles.0.annualAttritionPct": "Must be less than 100%.",
        "roles.0.hiresPerMonth.1": "Must be at least 0 FTE.",
        "roles.0.hiresPerMonth.2": "Enter a number.",
        "roles.0.hiresPerMonth.3": "Enter a number.",
        "roles.0.hiresPerMonth.4": "This is not a number. Use digits, e.g. 1200 or 3.5.",
        "roles.0.rampMonths": "Must be at most 60 months.",
        "spanOfControl": "Must be at least 1.",
        "winRatePct": "Must be at least 1%.",
      }
    `);
    expect(result.errors.find((e) => e.path === 'roles.0.rampMonths')?.roleId).toBe('ae');
    expect(result.errors.find((e) => e.path === 'spanOfControl')?.roleId).toBeNull();
  });

  it.each([
    ['0', true],
    ['0.5', true],
    ['60', true],
    ['120', false],
    ['-1', false],
  ])('ramp of %s months valid: %s', (ramp, ok) => {
    expect(validateScaleModelInputs(form({}, [formRole({ rampMonths: ramp })])).ok).toBe(ok);
  });

  it.each([
    ['0', true],
    ['99.9', true],
    ['100', false],
    ['140', false],
  ])('attrition of %s%% valid: %s', (attrition, ok) => {
    expect(validateScaleModelInputs(form({}, [formRole({ annualAttritionPct: attrition })])).ok).toBe(ok);
  });

  it('rejects NaN and Infinity typed in as numbers', () => {
    const result = validateScaleModelInputs({ ...plan(), spanOfControl: Number.NaN, startingCashUsd: Number.POSITIVE_INFINITY });
    expect(result.fieldErrors).toEqual({ spanOfControl: messages.notANumber, startingCashUsd: messages.notANumber });
  });

  it('a win rate replaces the coverage multiple, so an empty multiple is then fine', () => {
    const result = validateScaleModelInputs(form({ winRatePct: '25%', coverageMultiple: '' }));
    expect(result).toMatchObject({ ok: true, inputs: { winRatePct: 25, coverageMultiple: 3 } });
    expect(validateScaleModelInputs(form({ winRatePct: '', coverageMultiple: '' })).fieldErrors).toEqual({ coverageMultiple: messages.required });
  });

  it('checks the roles themselves: none, unnamed, duplicate ids, unknown ramp curve, missing months', () => {
    expect(validateScaleModelInputs(form({}, [])).fieldErrors).toEqual({ roles: scaleModelMessages.noRoles });
    const result = validateScaleModelInputs(
      form({}, [formRole({ name: '  ' }), formRole({ rampCurve: 'cubic' }), formRole({ id: 'se', hiresPerMonth: ['1', '2'] })]),
    );
    expect(result.fieldErrors).toEqual({
      'roles.0.name': scaleModelMessages.roleNameRequired,
      'roles.1.id': scaleModelMessages.roleIdDuplicate,
      'roles.1.rampCurve': scaleModelMessages.rampCurveInvalid,
      'roles.2.hiresPerMonth': scaleModelMessages.hiresMonths(12),
    });
  });

  it('warns (without blocking) when counted roles mix units or no role counts toward a target', () => {
    const mixed = validateScaleModelInputs(form({}, [formRole(), formRole({ id: 'sdr', outputUnit: 'meetings' })]));
    expect(mixed.ok).toBe(true);
    expect(mixed.warnings.map((w) => w.message)).toEqual([scaleModelMessages.mixedTargetUnits(['new ARR ($)', 'meetings'])]);
    const none = validateScaleModelInputs(form({}, [formRole({ countsTowardTarget: false })]));
    expect(none.warnings.map((w) => w.path)).toEqual(['monthlyOutputTarget']);
  });
  it('never throws on junk: no object, no roles, a role that is not an object', () => {
    expect(validateScaleModelInputs(null as never).fieldErrors.roles).toBe(scaleModelMessages.noRoles);
    const junkRole = validateScaleModelInputs(form({}, [null as never]));
    expect(junkRole.ok).toBe(false);
    expect(junkRole.fieldErrors['roles.0.id']).toBe(scaleModelMessages.roleIdRequired);
  });
});

describe('validateField', () => {
  it('returns the number, a message, or null for an empty optional field', () => {
    expect(validateField('2.5', ROLE_RULES.rampMonths)).toEqual({ value: 2.5 });
    expect(validateField(' ', ROLE_RULES.rampMonths)).toEqual({ message: messages.required });
    expect(validateField(null, ROLE_RULES.rampMonths, false)).toBeNull();
    expect(validateField(99.95, ROLE_RULES.annualAttritionPct)).toEqual({ value: 99.95 });
  });
});
