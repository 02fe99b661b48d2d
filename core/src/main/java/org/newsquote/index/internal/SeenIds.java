package org.newsquote.index.internal;

/**
 * The article ids an indexing run has met so far, kept as 64-bit hashes so that a million ids cost about 16 MB
 * rather than a set of strings. Answers "certainly new" or "maybe seen": a hash collision makes a new id look seen,
 * which only costs the caller a wait for the articles in flight and, in a rebuild, the slower replace-by-id write it
 * would otherwise skip, never a wrong index. Not thread-safe: the indexing job's reading thread owns it.
 */
public final class SeenIds {
  private long[] slots = new long[1 << 12];
  private int size;
  private boolean seenZero;

  /** Records {@code id}; true when it is certainly the first time, false when it (or one with its hash) came before. */
  public boolean firstTime(String id) {
    long h = hash(id);
    if (h == 0) {
      // 0 marks an empty slot: the one id hashing to 0 is tracked apart.
      boolean first = !seenZero;
      seenZero = true;
      return first;
    }
    int mask = slots.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      if (slots[i] == h) {
        return false;
      }
      if (slots[i] == 0) {
        slots[i] = h;
        if (++size * 2 > slots.length) {
          grow();
        }
        return true;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long h : old) {
      if (h != 0) {
        int i = (int) h & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = h;
      }
    }
  }

  /** A 64-bit hash of the id's characters, mixed so that the low bits (the slot) depend on every character. */
  static long hash(String id) {
    long h = 0x9E3779B97F4A7C15L ^ id.length();
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001B3L;
    }
    // the finaliser of MurmurHash3's 64-bit variant (a public-domain mixing step)
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
