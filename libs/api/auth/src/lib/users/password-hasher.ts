import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** OWASP's first argon2id configuration: 19 MiB, 2 passes, 1 lane (about 25 ms here). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** False for a wrong password and for a malformed or missing hash. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      // Spend the same time as a real check, so response times do not tell which emails have accounts.
      this.dummy ??= this.hash('not a password of anyone');
      await argon2.verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }

  /** The hash was made with weaker parameters than today's: rehash on the next successful login. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, OPTIONS);
  }
}
