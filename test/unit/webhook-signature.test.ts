import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, secretHint, signWebhook, signatureHeader } from '../../core/webhook-signature';

const body = JSON.stringify({ type: 'rule.changed', data: { region: '450200', new: { value: 420 } } });

describe('signing webhooks', () => {
  it('makes whsec_ secrets of 24 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(atob(secret.slice(6))).toHaveLength(24);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs exactly as the standardwebhooks library does', async () => {
    const secret = newWebhookSecret();
    const timestamp = 1_772_323_200;
    const signature = await signWebhook(secret, 'evt_1', timestamp, body);
    expect(signature).toBe(new Webhook(secret).sign('evt_1', new Date(timestamp * 1000), body));
  });

  it('matches the Standard Webhooks specification example', async () => {
    // From the specification's test vectors (libraries/javascript/src/index.test.ts upstream).
    const signature = await signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('puts every signing secret in the header, and a receiver holding either verifies', async () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const timestamp = Math.floor(Date.now() / 1000);
    const header = await signatureHeader([current, previous], 'evt_2', timestamp, body);
    expect(header.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': 'evt_2', 'webhook-timestamp': String(timestamp), 'webhook-signature': header };
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(/signature/i);
  });

  it('hints at a secret by its last four characters only', () => {
    expect(secretHint('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBe('whsec_…LaSw');
  });
});
