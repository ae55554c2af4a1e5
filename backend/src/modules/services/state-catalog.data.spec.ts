import { isValidRegistryCode } from '@reha/shared';
import { SEED_FUNDERS, SEED_STATE_SERVICES } from './state-catalog.data';

describe('the central catalog seed data', () => {
  it('has a valid check digit on every registry code it records', () => {
    const codes = SEED_FUNDERS.map((f) => f.registryCode).filter((c): c is string => c !== null);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect([code, isValidRegistryCode(code)]).toEqual([code, true]);
  });

  it('gives the doctor the individual form only and every group code the group form', () => {
    const doctor = SEED_STATE_SERVICES.find((s) => s.code === '2028')!;
    expect(doctor.forms.map((f) => f.form)).toEqual(['individual']);
    const codes = SEED_STATE_SERVICES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
