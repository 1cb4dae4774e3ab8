import { describe, expect, it } from 'vitest';
import { checkOutboundUrl, isPrivateHost, type UrlRefusal } from '../../scrapers/fetch/url-guard';
import { PRIVATE_HOSTS } from '../support/private-hosts';

const strict = { allowPrivate: false };

function refusal(raw: string, options: { allowPrivate: boolean; requireHttps?: boolean } = strict): UrlRefusal | 'ok' {
  const checked = checkOutboundUrl(raw, options);
  return checked.ok ? 'ok' : checked.reason;
}

describe('checkOutboundUrl', () => {
  it('allows a public https site and hands back the parsed URL', () => {
    const checked = checkOutboundUrl('https://www.gov.cn/zhengce/2025.htm', strict);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.url.hostname).toBe('www.gov.cn');
  });

  it('allows public http when https is not required', () => {
    expect(refusal('http://ybj.gxzf.gov.cn/')).toBe('ok');
  });

  it.each(PRIVATE_HOSTS)('refuses %s: %s', (_form, host) => {
    expect(refusal(`http://${host}`)).toBe('private_address');
    expect(refusal(`https://${host}`, { allowPrivate: false, requireHttps: true })).toBe('private_address');
  });

  it('sees the numeric spellings as the URL parser canonicalises them', () => {
    for (const raw of ['http://0x7f.1', 'http://2130706433', 'http://0177.0.0.1', 'http://127.1']) {
      expect(new URL(raw).hostname).toBe('127.0.0.1');
    }
    expect(new URL('http://[::ffff:127.0.0.1]').hostname).toBe('[::ffff:7f00:1]');
  });

  it('does not mistake public addresses near the private ranges', () => {
    for (const raw of ['http://100.63.255.255', 'http://100.128.0.1', 'http://172.32.0.1', 'http://198.20.0.1', 'http://11.0.0.1', 'http://[2400:cb00::1]', 'http://[::ffff:8.8.8.8]', 'http://[64:ff9b::808:808]', 'http://[fe00::1]']) {
      expect(refusal(raw), raw).toBe('ok');
    }
  });

  it.each([
    ['ftp://example.com/file', 'unsupported_scheme'],
    ['file:///etc/passwd', 'unsupported_scheme'],
    ['javascript:alert(1)', 'unsupported_scheme'],
    ['gopher://127.0.0.1:6379/_INFO', 'unsupported_scheme'],
    ['not a url', 'invalid_url'],
    ['/relative/path', 'invalid_url'],
    ['http://[fe80::1%25eth0]/', 'invalid_url'],
    ['http://user:secret@example.com/', 'credentials_in_url'],
    ['https://token@example.com/', 'credentials_in_url'],
  ] as const)('refuses %s as %s', (raw, reason) => {
    expect(refusal(raw)).toBe(reason);
    expect(refusal(raw, { allowPrivate: true })).toBe(reason);
  });

  it('says why in the detail', () => {
    const checked = checkOutboundUrl('http://10.1.2.3/x', strict);
    expect(checked).toMatchObject({ ok: false, reason: 'private_address', detail: expect.stringContaining('10.1.2.3') });
  });

  it('allows loopback and private addresses when allowPrivate is set', () => {
    for (const raw of ['http://127.0.0.1:8787/x', 'http://localhost', 'http://[::1]', 'http://10.0.0.1', 'http://0x7f.1']) {
      expect(refusal(raw, { allowPrivate: true }), raw).toBe('ok');
    }
  });

  describe('with requireHttps (webhooks)', () => {
    it('refuses http to a public host', () => {
      expect(refusal('http://hooks.example.com/in', { allowPrivate: false, requireHttps: true })).toBe('https_required');
    });

    it('allows https to a public host', () => {
      expect(refusal('https://hooks.example.com/in', { allowPrivate: false, requireHttps: true })).toBe('ok');
    });

    it('still refuses https to a private host', () => {
      expect(refusal('https://192.168.0.10/in', { allowPrivate: false, requireHttps: true })).toBe('private_address');
    });

    it('allows http when private URLs are allowed (local development)', () => {
      expect(refusal('http://127.0.0.1:9000/in', { allowPrivate: true, requireHttps: true })).toBe('ok');
    });
  });
});

describe('isPrivateHost', () => {
  it('takes bracketed and bare IPv6', () => {
    expect(isPrivateHost('[::1]')).toBe(true);
    expect(isPrivateHost('::1')).toBe(true);
    expect(isPrivateHost('::ffff:127.0.0.1')).toBe(true);
  });

  it('canonicalises raw spellings a caller did not run through URL', () => {
    expect(isPrivateHost('0x7f.1')).toBe(true);
    expect(isPrivateHost('2130706433')).toBe(true);
    expect(isPrivateHost('Metadata.Google.Internal.')).toBe(true);
  });

  it('is false for public names and addresses', () => {
    expect(isPrivateHost('www.gov.cn')).toBe(false);
    expect(isPrivateHost('8.8.8.8')).toBe(false);
    expect(isPrivateHost('[2606:4700:4700::1111]')).toBe(false);
  });

  it('refuses what it cannot read', () => {
    expect(isPrivateHost('')).toBe(true);
    expect(isPrivateHost('[::1::2]')).toBe(true);
  });
});
