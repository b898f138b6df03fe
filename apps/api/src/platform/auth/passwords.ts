import argon2 from 'argon2';

export type PasswordHashing = { memoryKib: number; iterations: number };

// One process serves one platform, so its cost is set once, by `createPlatform`, from the config.
let cost: PasswordHashing = { memoryKib: 65_536, iterations: 3 };
let dummyHash: Promise<string> | undefined;

export function configurePasswordHashing(next: PasswordHashing): void {
  if (next.memoryKib === cost.memoryKib && next.iterations === cost.iterations) return;
  cost = next;
  dummyHash = undefined;
}

/** argon2id; the cost is stored in the hash, so hashes made at another cost still verify. */
export const hashPassword = (password: string) =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: cost.memoryKib, timeCost: cost.iterations });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Compared against when no user matches, so that a missing email costs as long as a wrong password.
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0000');
  return dummyHash;
}
