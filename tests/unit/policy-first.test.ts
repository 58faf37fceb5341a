import { describe, expect, it } from 'vitest';
import { pagePolicy, withPolicyFirst } from '../../src/lib/policy-first.ts';

const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;

describe('the security policy, first in the head', () => {
  it('is found on a page, or not', () => {
    expect(pagePolicy(`<head>${policy}</head>`)).toBe(policy);
    expect(pagePolicy('<head><title>x</title></head>')).toBeUndefined();
  });

  it('moves a page’s own policy to right after its character set, ahead of the theme script', () => {
    const own = policy.replace("'self'\"", "'self' 'sha256-x'\"");
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><script>x</script>${own}<link rel="stylesheet"></head>`;
    expect(withPolicyFirst(page, policy)).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${own}<title>t</title><script>x</script><link rel="stylesheet"></head>`,
    );
  });

  it('gives a page without one (a short address) the site’s policy and a character set, at the top', () => {
    const redirect = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/r/">';
    expect(withPolicyFirst(redirect, policy)).toBe(
      `<!doctype html><meta charset="utf-8">${policy}<title>Redirecting</title><meta http-equiv="refresh" content="0;url=/r/">`,
    );
    expect(withPolicyFirst('<title>x</title>', policy)).toBe(`<meta charset="utf-8">${policy}<title>x</title>`);
  });

  it('leaves a page already in order as it is', () => {
    const page = `<!doctype html><head><meta charset="utf-8">${policy}<title>t</title></head>`;
    expect(withPolicyFirst(page, policy)).toBe(page);
  });
});
