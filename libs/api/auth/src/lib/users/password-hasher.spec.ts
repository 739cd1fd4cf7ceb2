import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at 19 MiB, 2 passes, 1 lane, salted', async () => {
    const hash = await hasher.hash('ein-langes-passwort');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await hasher.hash('ein-langes-passwort')).not.toBe(hash);
    expect(await hasher.verify(hash, 'ein-langes-passwort')).toBe(true);
    expect(await hasher.verify(hash, 'ein-langes-Passwort')).toBe(false);
    expect(hasher.needsRehash(hash)).toBe(false);
  });

  it('refuses a missing or malformed hash without throwing', async () => {
    expect(await hasher.verify(null, 'x')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'x')).toBe(false);
  });

  it('asks for a rehash of hashes made with weaker parameters', async () => {
    const weak = '$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$YmFzZTY0aGFzaGJhc2U2NGhhc2hiYXNlNjRoYXNo';
    expect(hasher.needsRehash(weak)).toBe(true);
  });
});
