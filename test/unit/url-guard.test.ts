import { describe, expect, it } from 'vitest';
import { checkOutboundUrl, isPrivateHost, type UrlRefusal } from '../../scrapers/fetch/url-guard';

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

  it.each([
    ['loopback', 'http://127.0.0.1'],
    ['loopback elsewhere in 127/8', 'http://127.53.1.9:8080/x'],
    ['hex and short IPv4', 'http://0x7f.1'],
    ['one decimal number', 'http://2130706433'],
    ['one hex number', 'http://0x7f000001'],
    ['octal IPv4', 'http://0177.0.0.1'],
    ['two-part IPv4', 'http://127.1'],
    ['percent-encoded IPv4', 'http://%31%32%37.0.0.1'],
    ['full-width digits', 'http://１２７.０.０.１'],
    ['trailing dot', 'http://127.0.0.1./'],
    ['IPv4-mapped IPv6, dotted', 'http://[::ffff:127.0.0.1]'],
    ['IPv4-mapped IPv6, hex', 'http://[::ffff:7f00:1]'],
    ['IPv4-mapped IPv6, written out', 'http://[0:0:0:0:0:ffff:7f00:1]'],
    ['IPv4-compatible IPv6', 'http://[::127.0.0.1]'],
    ['IPv4-translated IPv6', 'http://[::ffff:0:a00:1]'],
    ['NAT64 of loopback', 'http://[64:ff9b::127.0.0.1]'],
    ['NAT64 of metadata', 'http://[64:ff9b::a9fe:a9fe]'],
    ['6to4 of a private address', 'http://[2002:c0a8:101::1]'],
    ['IPv6 loopback', 'http://[::1]'],
    ['IPv6 unspecified', 'http://[::]'],
    ['unspecified IPv4', 'http://0.0.0.0'],
    ['"0"', 'http://0'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data'],
    ['link-local', 'http://169.254.10.20'],
    ['AWS IPv6 metadata', 'http://[fd00:ec2::254]'],
    ['10/8', 'http://10.0.0.1'],
    ['172.16/12', 'http://172.31.255.255'],
    ['192.168/16', 'http://192.168.1.1'],
    ['CGNAT', 'http://100.64.0.1'],
    ['CGNAT, top', 'http://100.127.255.254'],
    ['benchmarking', 'http://198.18.0.1'],
    ['benchmarking, second /16', 'http://198.19.255.1'],
    ['IETF protocol assignments', 'http://192.0.0.8'],
    ['documentation', 'http://203.0.113.7'],
    ['multicast', 'http://224.0.0.1'],
    ['reserved', 'http://240.0.0.1'],
    ['broadcast', 'http://255.255.255.255'],
    ['IPv6 ULA', 'http://[fd00::1]'],
    ['IPv6 ULA, fc half', 'http://[fc12:3456::1]'],
    ['IPv6 link-local', 'http://[fe80::1]'],
    ['IPv6 link-local, upper end', 'http://[febf::1]'],
    ['IPv6 multicast', 'http://[ff02::1]'],
    ['IPv6 documentation', 'http://[2001:db8::1]'],
    ['localhost', 'http://localhost'],
    ['LOCALHOST with a dot', 'http://LOCALHOST./'],
    ['a .localhost name', 'http://api.localhost:8787'],
    ['GCP metadata name', 'http://metadata.google.internal/computeMetadata/v1/'],
    ['bare metadata name', 'http://metadata/'],
    ['a dotless intranet name', 'http://intranet/'],
  ])('refuses %s: %s', (_form, raw) => {
    expect(refusal(raw)).toBe('private_address');
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
