package org.newsquote.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * Reads the speaker phrase next to a cue: backwards from a cue ({@code Kremlin Press Secretary Dmitry Peskov} said)
 * or forwards after one (said {@code Ryan Ellis, a Republican tax consultant}), and has NameRoleSplitter split it
 * into name and role. The word lists and the tests on single words it reads with are {@link SpeakerWords}'; a
 * description or crowd that no role list knows is {@link UnnamedSpeakerPhrases}'. Immutable and thread-safe; scans
 * at most {@link #MAX_WORDS} words.
 */
public final class MentionParser {
  public static final int MAX_WORDS = 12;

  /** Runs an unnamed speaker's phrase on over what ties it to someone or something (an adviser to Bill Clinton). */
  private final UnnamedSpeakerTies ties;
  /** Tells when lower-case words no role list knows belong to the phrase (former tech executive Carly Fiorina). */
  private final PlainSpeakerWords plain;

  /** A parser that tells speech verbs by {@code cues}, so that no speaker phrase runs on into one. */
  public MentionParser(CueLexicon cues) {
    java.util.Objects.requireNonNull(cues, "cues");
    this.ties = new UnnamedSpeakerTies(cues);
    this.plain = new PlainSpeakerWords(cues);
  }

  /** A parser with the English cue lexicon. */
  public MentionParser() {
    this(CueLexicon.english());
  }

  /** The phrase that ends at {@code end} (exclusive, spaces skipped), reading back no further than {@code limit}. */
  public Mention before(CharSequence t, int end, int limit) {
    List<int[]> words = new ArrayList<>(); // collected back to front
    int i = Words.skipSpacesBack(t, end, limit);
    int phraseEnd = i;
    Mention knowing = knowingSourceBefore(t, phraseEnd, limit);
    if (knowing != null) {
      return knowing;
    }
    while (i > limit && words.size() < MAX_WORDS) {
      char c = t.charAt(i - 1);
      if (c == ')' && words.size() > 0) {
        int open = lastIndexOf(t, '(', i - 1, Math.max(limit, i - 40));
        if (open < 0) {
          break;
        }
        i = Words.skipSpacesBack(t, open, limit);
        continue;
      }
      if (c == ')' && words.isEmpty()) {
        int open = lastIndexOf(t, '(', i - 1, Math.max(limit, i - 40));
        if (open < 0) {
          break;
        }
        i = Words.skipSpacesBack(t, open, limit);
        phraseEnd = i;
        continue;
      }
      int ws = Words.wordStart(t, i, limit);
      if (ws == i) {
        break;
      }
      String w = t.subSequence(ws, i).toString();
      String n = Words.norm(w);
      boolean first = words.isEmpty();
      if (first && SpeakerWords.PRONOUNS.contains(n)) {
        return new Mention(ws, i, null, null, Mention.Type.PRONOUN, n);
      }
      boolean cap = Character.isUpperCase(w.charAt(0));
      if (SpeakerWords.DETERMINERS.contains(n)) {
        if (!first) {
          words.add(new int[] {ws, i});
          if (n.equals("the") && afterNameOf(t, ws, limit)) {
            i = Words.skipSpacesBack(t, ws, limit); // Dana Whitfield of the Harbour Institute
            continue;
          }
        }
        break;
      }
      boolean ok = cap ? !SpeakerWords.isFunctionWord(n) || (SpeakerWords.isTimeWord(n) && !SpeakerWords.isWeekday(n)) : SpeakerWords.ROLE_NOUNS.contains(n) || SpeakerWords.MODIFIERS.contains(n)
          || !first && SpeakerWords.NAME_PARTICLES.contains(w) && capitalisedBefore(t, ws, limit) // Rodrigo de | Rato
          || (!first && Words.isPossessive(w)) || (!first && (n.equals("of") || n.equals("for") || n.equals("and")));
      if (!ok && !cap && !words.isEmpty() && plain.isPlainWord(n, w) && !PlainSpeakerWords.opensWithQuantity(t, words)
          && plain.leadsToDeterminer(t, ws, limit)) {
        ok = true; // One convertible dealer, a foreign merchant banker: plain words between the determiner and the head
      }
      if (!ok) {
        break;
      }
      words.add(new int[] {ws, i});
      i = Words.skipSpacesBack(t, ws, limit);
    }
    // the phrase must not start with a dangling connective
    while (!words.isEmpty()) {
      int[] w = words.get(words.size() - 1);
      String n = Words.norm(t.subSequence(w[0], w[1]).toString());
      if (n.equals("of") || n.equals("for") || n.equals("and")) {
        words.remove(words.size() - 1);
      } else {
        break;
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    List<int[]> ordered = new ArrayList<>(words.size());
    for (int k = words.size() - 1; k >= 0; k--) {
      ordered.add(words.get(k));
    }
    Mention tied = tiedDescription(t, ordered);
    return tied != null ? tied : NameRoleSplitter.build(t, ordered, phraseEnd);
  }

  /**
   * {@code A spokesman for Bernie Sanders}, {@code a friend of Ann Lee}: an indefinite description tied by {@code
   * for} or {@code of} to a name is one unnamed speaker, and the name is only who they are tied to; null for any other
   * phrase.
   */
  private static Mention tiedDescription(CharSequence t, List<int[]> words) {
    if (words.size() < 4 || !UnnamedSpeakerTies.INDEFINITE.contains(Words.norm(t.subSequence(words.get(0)[0], words.get(0)[1])
        .toString()))) {
      return null;
    }
    for (int k = 2; k < words.size() - 1; k++) {
      String n = Words.norm(t.subSequence(words.get(k)[0], words.get(k)[1]).toString());
      String before = t.subSequence(words.get(k - 1)[0], words.get(k - 1)[1]).toString();
      if ((n.equals("for") || n.equals("of")) && Character.isLowerCase(before.charAt(0))
          && SpeakerWords.ROLE_NOUNS.contains(Words.norm(before))) {
        int start = words.get(0)[0];
        int end = words.get(words.size() - 1)[1];
        return new Mention(start, end, null, t.subSequence(start, end).toString(), Mention.Type.NOMINAL,
            Words.norm(before));
      }
    }
    return null;
  }

  /** The phrase that starts at {@code start} (spaces skipped), reading no further than {@code limit}. */
  public Mention after(CharSequence t, int start, int limit) {
    List<int[]> words = new ArrayList<>();
    boolean plainBefore = false; // the last word was taken as a plain word on the way to the head (talk | radio)
    int i = Words.skipSpaces(t, start, limit);
    while (i < limit && words.size() < MAX_WORDS) {
      if (t.charAt(i) == '(' && !words.isEmpty()) {
        int close = indexOf(t, ')', i, Math.min(limit, i + 40));
        if (close < 0) {
          break;
        }
        i = Words.skipSpaces(t, close + 1, limit);
        continue;
      }
      int we = Words.wordEnd(t, i, limit);
      if (we == i) {
        break;
      }
      String w = t.subSequence(i, we).toString();
      String n = Words.norm(w);
      boolean first = words.isEmpty();
      if (first && SpeakerWords.PRONOUNS.contains(n)) {
        return new Mention(i, we, null, null, Mention.Type.PRONOUN, n);
      }
      int domainEnd = !first && n.equals("of") ? lowerCaseDomain(t, words.get(words.size() - 1), we, limit) : -1;
      if (domainEnd > 0) {
        // secretary of state Hillary Clinton, chief of staff Denis McDonough: the role's domain in lower case
        int d = Words.skipSpaces(t, we, limit);
        words.add(new int[] {i, we});
        words.add(new int[] {d, domainEnd});
        plainBefore = false;
        i = Words.skipSpaces(t, domainEnd, limit);
        continue;
      }
      boolean cap = Character.isUpperCase(w.charAt(0));
      boolean ok = (first && SpeakerWords.DETERMINERS.contains(n) && !n.equals("that") && !n.equals("this"))
          || (cap && !SpeakerWords.isFunctionWord(n) && !SpeakerWords.isTimeWord(n))
          || cap && SpeakerWords.isWeekday(n) && words.size() == 1 && isDeterminer(t, words.get(0)) && nounFollows(t, we, limit)
          || cap && !first && SpeakerWords.FUNCTION_WORDS.contains(n) && w.length() > 2 && NameRoleSplitter.endsPersonName(t, words.get(words.size() - 1))
              && we < limit && (t.charAt(we) == ',' || t.charAt(we) == '.') // said Al From, who …: a surname
          || SpeakerWords.ROLE_NOUNS.contains(n) || SpeakerWords.MODIFIERS.contains(n) || Words.isPossessive(w)
          || !first && SpeakerWords.NAME_PARTICLES.contains(w) && NameRoleSplitter.endsPersonName(t, words.get(words.size() - 1))
              && (followedByCapital(t, we, limit) || followedByParticle(t, we, limit)) // Ruud van | Nistelrooy
          || (!first && (n.equals("of") || n.equals("for")) && followedByCapital(t, we, limit)
              && !(words.size() >= 2 && NameRoleSplitter.endsPersonName(t, words.get(words.size() - 1))
                  && NameRoleSplitter.endsPersonName(t, words.get(words.size() - 2))))
          || !first && (plainBefore || isModifierWord(t, words.get(words.size() - 1)))
              && plain.plainWordBeforeHead(t, i, limit);
      plainBefore = ok && Character.isLowerCase(w.charAt(0)) && !SpeakerWords.ROLE_NOUNS.contains(n) && !SpeakerWords.MODIFIERS.contains(n)
          && !SpeakerWords.TITLES.contains(n) && !Words.isPossessive(w) && !SpeakerWords.DETERMINERS.contains(n);
      if (!ok) {
        break;
      }
      words.add(new int[] {i, we});
      i = Words.skipSpaces(t, we, limit);
    }
    while (!words.isEmpty()) {
      int[] w = words.get(words.size() - 1);
      String n = Words.norm(t.subSequence(w[0], w[1]).toString());
      if (SpeakerWords.DETERMINERS.contains(n) || n.equals("of") || n.equals("for") || n.equals("then") && words.size() > 1) {
        // Mills then writes back: then-Secretary Clinton's modifier never ends a phrase
        words.remove(words.size() - 1);
      } else {
        break;
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    Mention tied = tiedDescription(t, words);
    if (tied != null) {
      return tied;
    }
    Mention m = NameRoleSplitter.build(t, words, words.get(words.size() - 1)[1]);
    Mention knowing = m == null ? null : ties.knowingSourceAfter(t, m, limit);
    if (knowing != null) {
      return knowing;
    }
    if (m != null && m.type() == Mention.Type.NOMINAL) {
      m = UnnamedSpeakerTies.withPostmodifier(t, m, limit);
    }
    if (m != null && m.role() == null && m.type() == Mention.Type.PERSON) {
      String appositive = appositive(t, m.end(), limit);
      if (appositive != null) {
        return new Mention(m.start(), m.end(), m.name(), appositive, m.type(), m.head());
      }
    }
    return m;
  }

  private static boolean isDeterminer(CharSequence t, int[] w) {
    return SpeakerWords.DETERMINERS.contains(Words.norm(t.subSequence(w[0], w[1]).toString()));
  }

  /**
   * {@code a Wednesday editorial}: a role noun or a capitalised name right after the word ending at {@code end}, so a
   * weekday between a determiner and it qualifies it (the day it was written) rather than dating the clause.
   */
  private static boolean nounFollows(CharSequence t, int end, int limit) {
    if (end >= limit || t.charAt(end) != ' ') {
      return false;
    }
    int j = end + 1;
    int e = Words.wordEnd(t, j, limit);
    if (e == j) {
      return false;
    }
    String w = t.subSequence(j, e).toString();
    String n = Words.norm(w);
    return SpeakerWords.ROLE_NOUNS.contains(n) || Character.isUpperCase(w.charAt(0)) && !SpeakerWords.isFunctionWord(n);
  }

  /**
   * Whether the word is a lower-case modifier (former, conservative, one) or a title that is no role noun: plain words may follow
   * it on the way to the head, where after a determiner (a recent Texas case) or a head (the judge put) they may not.
   */
  private static boolean isModifierWord(CharSequence t, int[] w) {
    String raw = t.subSequence(w[0], w[1]).toString();
    String n = Words.norm(raw);
    return Character.isLowerCase(raw.charAt(0))
        && (SpeakerWords.MODIFIERS.contains(n) || SpeakerWords.TITLES.contains(n) && !SpeakerWords.ROLE_NOUNS.contains(n));
  }

  /**
   * The phrase of {@link UnnamedSpeakerTies#knowingSourceAfter} read back from {@code phraseEnd}, where a cue follows
   * it: a person familiar with the talks said.
   */
  private Mention knowingSourceBefore(CharSequence t, int phraseEnd, int limit) {
    int i = phraseEnd;
    for (int k = 0; k <= UnnamedSpeakerTies.MAX_KNOWN_WORDS && i > limit; k++) {
      int ws = Words.wordStart(t, i, limit);
      if (ws == i) {
        return null;
      }
      String n = Words.norm(t.subSequence(ws, i).toString());
      int ae = Words.skipSpacesBack(t, ws, limit);
      int as = Words.wordStart(t, ae, limit);
      if (k > 0 && as < ae && n.equals(UnnamedSpeakerTies.KNOWING.get(Words.norm(t.subSequence(as, ae).toString())))
          && ties.knownObjectEnd(t, Words.skipSpaces(t, i, phraseEnd), phraseEnd) == phraseEnd) {
        Mention m = before(t, as, limit);
        if (m == null || m.end() != Words.skipSpacesBack(t, as, limit)) {
          return null;
        }
        Mention known = ties.knowingSourceAfter(t, m, phraseEnd);
        return known != null && known.end() == phraseEnd ? known : null;
      }
      i = Words.skipSpacesBack(t, ws, limit);
    }
    return null;
  }

  /** {@code , a Republican tax consultant,} after a name: the role. */
  private static String appositive(CharSequence t, int end, int limit) {
    int i = Words.skipSpaces(t, end, limit);
    if (i >= limit || t.charAt(i) != ',') {
      return null;
    }
    i = Words.skipSpaces(t, i + 1, limit);
    int we = Words.wordEnd(t, i, limit);
    if (we == i) {
      return null;
    }
    String n = Words.norm(t.subSequence(i, we).toString());
    if (!Set.of("a", "an", "the", "who", "head", "chief", "director", "president", "chairman").contains(n)
        && !SpeakerWords.ROLE_NOUNS.contains(n)) {
      return null;
    }
    if (n.equals("who")) {
      return null;
    }
    int j = i;
    while (j < limit && j - i < 120 && ".,;:\u201c\u201d\"".indexOf(t.charAt(j)) < 0) {
      j++;
    }
    String role = t.subSequence(i, j).toString().strip();
    return role.isEmpty() ? null : role;
  }

  /** Whether a capitalised word (not a title) ends right before {@code pos}: a particle there continues a name. */
  private static boolean capitalisedBefore(CharSequence t, int pos, int limit) {
    int e = Words.skipSpacesBack(t, pos, limit);
    int s = Words.wordStart(t, e, limit);
    if (s >= e) {
      return false;
    }
    String w = t.subSequence(s, e).toString();
    return SpeakerWords.NAME_PARTICLES.contains(w) || NameRoleSplitter.endsPersonName(t, new int[] {s, e});
  }

  /** Whether another name particle follows {@code end}: van | der Sar. */
  private static boolean followedByParticle(CharSequence t, int end, int limit) {
    int s = Words.skipSpaces(t, end, limit);
    int e = Words.wordEnd(t, s, limit);
    return e > s && SpeakerWords.NAME_PARTICLES.contains(t.subSequence(s, e).toString()) && followedByCapital(t, e, limit);
  }

  /** Whether {@code of} stands before {@code pos}, itself after a capitalised name word (Whitfield of | the). */
  private static boolean afterNameOf(CharSequence t, int pos, int limit) {
    int e = Words.skipSpacesBack(t, pos, limit);
    int s = Words.wordStart(t, e, limit);
    if (s == e || !Words.norm(t.subSequence(s, e).toString()).equals("of")) {
      return false;
    }
    int e2 = Words.skipSpacesBack(t, s, limit);
    int s2 = Words.wordStart(t, e2, limit);
    return s2 < e2 && NameRoleSplitter.endsPersonName(t, new int[] {s2, e2});
  }

  /**
   * After a lower-case role noun ({@code role}) and {@code of} ending at {@code ofEnd}: the end of the one lower-case
   * word of its domain when a capitalised word follows it ({@code secretary of state Hillary}, {@code director of
   * communications Jen}), else -1.
   */
  private static int lowerCaseDomain(CharSequence t, int[] role, int ofEnd, int limit) {
    String r = t.subSequence(role[0], role[1]).toString();
    if (!Character.isLowerCase(r.charAt(0)) || !SpeakerWords.ROLE_NOUNS.contains(Words.norm(r))) {
      return -1;
    }
    int d = Words.skipSpaces(t, ofEnd, limit);
    int de = Words.wordEnd(t, d, limit);
    if (de == d || !Character.isLowerCase(t.charAt(d)) || SpeakerWords.isFunctionWord(Words.norm(t.subSequence(d, de).toString()))
        || de < limit && t.charAt(de) != ' ') {
      return -1;
    }
    int nx = Words.skipSpaces(t, de, limit);
    int nxe = Words.wordEnd(t, nx, limit);
    return nxe > nx && Character.isUpperCase(t.charAt(nx)) && !SpeakerWords.isFunctionWord(Words.norm(t.subSequence(nx, nxe)
        .toString())) ? de : -1;
  }

  private static boolean followedByCapital(CharSequence t, int i, int limit) {
    int j = Words.skipSpaces(t, i, limit);
    if (j < limit && (t.charAt(j) == 't' || t.charAt(j) == 'T') && j + 3 < limit
        && t.subSequence(j, j + 4).toString().equalsIgnoreCase("the ")) {
      j = Words.skipSpaces(t, j + 4, limit);
    }
    return j < limit && Character.isUpperCase(t.charAt(j));
  }

  private static int lastIndexOf(CharSequence t, char c, int from, int limit) {
    for (int i = from - 1; i >= limit; i--) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(CharSequence t, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
