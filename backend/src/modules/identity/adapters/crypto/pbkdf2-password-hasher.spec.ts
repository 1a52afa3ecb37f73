import { describe, expect, it } from '@jest/globals';
import { Pbkdf2PasswordHasher } from './pbkdf2-password-hasher.js';

describe('Pbkdf2PasswordHasher', () => {
  const hasher = new Pbkdf2PasswordHasher(1000);

  it('stores scheme, cost, 16-byte salt and hash, and verifies only the right password', async () => {
    const stored = await hasher.hash('correct horse');
    const [scheme, iterations, salt] = stored.split('$');
    expect(scheme).toBe('pbkdf2_sha256');
    expect(iterations).toBe('1000');
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    await expect(hasher.verify('correct horse', stored)).resolves.toBe(true);
    await expect(hasher.verify('correct horsf', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });

  it('keeps verifying hashes made with another cost, so the cost can rise', async () => {
    const old = await new Pbkdf2PasswordHasher(2000).hash('pw');
    await expect(hasher.verify('pw', old)).resolves.toBe(true);
  });

  it('answers false for malformed stored hashes instead of throwing', async () => {
    for (const bad of ['', 'md5$1$a$b', 'pbkdf2_sha256$x$a$b', 'pbkdf2_sha256$1000$$']) {
      await expect(hasher.verify('pw', bad)).resolves.toBe(false);
    }
  });

  it('verifies a hash the original BandTrack made (Python hashlib, 100,000 iterations) once adopted', async () => {
    const adopted = hasher.adopt({
      iterations: 100_000,
      salt: Buffer.from('aeee26c388a57ed61762bef920257612', 'hex'),
      hash: Buffer.from('fd391e6b68352f93161c349560897ad61dfb42ccc5d85d7d6dd4741420231703', 'hex'),
    });
    expect(adopted).toMatch(/^pbkdf2_sha256\$100000\$/);
    await expect(hasher.verify('alice-original-pw', adopted)).resolves.toBe(true);
    await expect(hasher.verify('alice-original-pW', adopted)).resolves.toBe(false);
  });

  it("asks for a new hash when the stored one is cheaper than today's or unreadable", async () => {
    expect(hasher.needsRehash(await hasher.hash('pw'))).toBe(false);
    expect(hasher.needsRehash(await new Pbkdf2PasswordHasher(2000).hash('pw'))).toBe(false);
    expect(hasher.needsRehash(await new Pbkdf2PasswordHasher(999).hash('pw'))).toBe(true);
    expect(hasher.needsRehash('md5$1$a$b')).toBe(true);
  });

  it('has a decoy hash that no password opens', async () => {
    await expect(hasher.verify('', await hasher.decoyHash)).resolves.toBe(false);
  });
});
