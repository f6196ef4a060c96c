import { REDACTED, Redactor } from './redactor';

describe('Redactor', () => {
  it('scrubs every registered secret from any text', () => {
    const r = new Redactor();
    r.add(['ghp_abcdef123456', 'pat-xyz-987654']);
    expect(r.scrub('401 for token ghp_abcdef123456 (ghp_abcdef123456) and pat-xyz-987654')).toBe(`401 for token ${REDACTED} (${REDACTED}) and ${REDACTED}`);
  });

  it('ignores values too short to be secrets', () => {
    const r = new Redactor();
    r.add(['abc', '']);
    expect(r.scrub('abc')).toBe('abc');
  });

  it('keeps a secret while any instance that registered it lives', () => {
    const r = new Redactor();
    r.add(['shared-secret-1']);
    r.add(['shared-secret-1']);
    r.remove(['shared-secret-1']);
    expect(r.scrub('shared-secret-1')).toBe(REDACTED);
    r.remove(['shared-secret-1']);
    expect(r.scrub('shared-secret-1')).toBe('shared-secret-1');
  });
});
