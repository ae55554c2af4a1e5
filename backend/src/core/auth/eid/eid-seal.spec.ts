import { EidFlowState, EidSealer, EidSealError } from './eid-seal';

const SECRET = Buffer.alloc(32, 3).toString('base64');
const flow: EidFlowState = {
  app: 'client',
  purpose: 'login',
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  codeVerifier: 'v'.repeat(43),
  returnTo: '/minu',
  exp: 2_000,
};

describe('the eID flow cookie and link tickets', () => {
  const sealer = new EidSealer(SECRET);

  it('round-trips, and hides what it carries', () => {
    const sealed = sealer.sealFlow(flow);
    expect(sealed).not.toContain('minu');
    expect(sealer.openFlow(sealed, 1_000)).toEqual(flow);
  });

  it('refuses an expired, altered, foreign or mistaken value', () => {
    const sealed = sealer.sealFlow(flow);
    expect(() => sealer.openFlow(sealed, 2_000)).toThrow(EidSealError);
    const flipped = sealed.slice(0, 20) + (sealed[20] === 'A' ? 'B' : 'A') + sealed.slice(21);
    expect(() => sealer.openFlow(flipped, 1_000)).toThrow(EidSealError);
    expect(() =>
      new EidSealer(Buffer.alloc(32, 4).toString('base64')).openFlow(sealed, 1_000),
    ).toThrow(EidSealError);
    // A flow cookie is no link ticket, and the other way round.
    expect(() => sealer.openLink(sealed, 1_000)).toThrow(EidSealError);
    const ticket = sealer.sealLink({
      jti: 'j',
      userId: 'u',
      organizationId: 'o',
      returnTo: '/admin/',
      exp: 2_000,
    });
    expect(() => sealer.openFlow(ticket, 1_000)).toThrow(EidSealError);
    expect(() => sealer.openFlow(undefined, 1_000)).toThrow(EidSealError);
    expect(() => sealer.openFlow('not base64url!', 1_000)).toThrow(EidSealError);
  });
});
