package org.newsquote.extract.internal;

import java.util.List;
import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * Splits the words of a speaker phrase, once MentionParser has found where it starts and ends, into the speaker's
 * name, role and kind: a person with the title before the name ({@code Kremlin Press Secretary | Dmitry Peskov}), an
 * office named with {@code of} ({@code Secretary of Commerce | Malcolm Baldrige}), a person of an organisation
 * ({@code Dana Whitfield | of the Harbour Institute}), an organisation, or a description without a name. Stateless
 * static functions over the text: thread-safe.
 */
final class NameRoleSplitter {
  private NameRoleSplitter() {
  }

  /** The mention that the phrase's {@code words} (start and end offsets, in reading order) make; null for none. */
  static Mention build(CharSequence t, List<int[]> words, int phraseEnd) {
    int n = words.size();
    if (n >= 3 && SpeakerWords.isPostNominal(capitalisedNorm(t, words.get(n - 1)))
        && SpeakerWords.isGivenAndSurname(capitalisedNorm(t, words.get(n - 3)), capitalisedNorm(t, words.get(n - 2)))
        && (n == 3 || !Character.isUpperCase(t.charAt(words.get(n - 4)[0])))) {
      // Tom McCabe MSP, Paul Boateng MP: the letters after a name are no part of it, though the phrase runs on to them
      Mention m = buildWords(t, words.subList(0, n - 1));
      return m == null ? null : new Mention(m.start(), words.get(n - 1)[1], m.name(), m.role(), m.type(), m.head());
    }
    return buildWords(t, words);
  }

  private static Mention buildWords(CharSequence t, List<int[]> words) {
    int n = words.size();
    Mention personOf = personOf(t, words);
    if (personOf != null) {
      return personOf;
    }
    // the name is the trailing run of capitalised words after the last title word
    int nameFrom = n;
    while (nameFrom > 0) {
      String w = t.subSequence(words.get(nameFrom - 1)[0], words.get(nameFrom - 1)[1]).toString();
      String norm = Words.norm(w);
      boolean connector = nameFrom - 1 > 0 && nameFrom < n && (SpeakerWords.NAME_PARTICLES.contains(norm) || Set.of("al", "la",
          "le", "of").contains(norm));
      boolean surname = nameFrom == n && nameFrom > 1 && SpeakerWords.isSurnameTitle(capitalisedNorm(t, words.get(nameFrom - 2)), norm);
      boolean givenName = norm.equals("bill") && nameFrom < n; // Bill Clinton: the given name, not a bill
      // First Interstate, First Boston: before a capitalised word that is no title, First opens a firm's name (a
      // First Minister or First Lady keeps it as a title)
      givenName |= norm.equals("first") && nameFrom < n && Character.isUpperCase(w.charAt(0))
          && !SpeakerWords.isTitleWord(capitalisedNormOrEmpty(t, words.get(nameFrom)));
      if (!(Character.isUpperCase(w.charAt(0)) || connector) || SpeakerWords.isTitleWord(norm) && !surname && !givenName) {
        break;
      }
      if (nameFrom < n && Words.isPossessive(w)) {
        break; // Russia’s | Foreign Ministry: the possessive starts an organisation phrase, handled below
      }
      nameFrom--;
    }
    if (nameFrom < n - 1 && isHyphenedModifier(t.subSequence(words.get(nameFrom)[0], words.get(nameFrom)[1]))) {
      nameFrom++; // the Oscar-nominated | Owen, Dutch-born | Anton Corbijn: a modifier, no part of the name
    }
    int start = words.get(0)[0];
    int end = words.get(n - 1)[1];
    String lastRaw = t.subSequence(words.get(n - 1)[0], words.get(n - 1)[1]).toString();
    String lastWord = Words.norm(lastRaw);
    if (nameFrom == n && Character.isUpperCase(lastRaw.charAt(0))
        && SpeakerWords.ORG_WORDS.contains(Words.stripPossessive(lastWord))) {
      nameFrom = n - 1; // Fisheries Ministry: an organisation, though ministry is also a role noun
    }
    if (nameFrom == n) {
      String phrase = t.subSequence(start, end).toString();
      String head = lastWord;
      return new Mention(start, end, null, phrase, Mention.Type.NOMINAL, head);
    }
    int officeName = officeName(t, words, nameFrom);
    if (officeName > 0) {
      // Secretary of Commerce Malcolm Baldrige, Comptroller of the Currency Robert Clarke: the office, then the person
      String role = t.subSequence(officeStart(t, words, nameFrom), words.get(officeName - 1)[1]).toString();
      String name = t.subSequence(words.get(officeName)[0], end).toString();
      return new Mention(start, end, Words.stripPossessive(name), stripDeterminer(role), Mention.Type.PERSON,
          lastWord);
    }
    if (nameFrom > 0 && word(t, words, nameFrom).equals("of")) {
      return ofPhrase(t, words, nameFrom - 1, start, end);
    }
    String name = t.subSequence(words.get(nameFrom)[0], end).toString();
    String role = nameFrom > 0 ? t.subSequence(start, words.get(nameFrom - 1)[1]).toString() : null;
    if (SpeakerWords.isOrganisation(name, lastWord)) {
      // an organisation keeps its owner: Russia’s Foreign Ministry, the Tories
      int orgFrom = nameFrom;
      while (orgFrom > 0) {
        String w = t.subSequence(words.get(orgFrom - 1)[0], words.get(orgFrom - 1)[1]).toString();
        if (!Character.isUpperCase(w.charAt(0))) {
          break;
        }
        orgFrom--;
      }
      String org = t.subSequence(words.get(orgFrom)[0], end).toString();
      return new Mention(start, end, Words.stripPossessive(org), null, Mention.Type.ORGANISATION, lastWord);
    }
    if (role != null && splitsAnOrganisation(t, words, nameFrom, name, lastWord)) {
      // Department for | Transport, National | Association of Probation Officers: one body's name, cut at a title word
      int from = word(t, words, 0).equals("the") ? 1 : 0;
      String org = t.subSequence(words.get(from)[0], end).toString();
      return new Mention(start, end, Words.stripPossessive(org), null, Mention.Type.ORGANISATION, lastWord);
    }
    if (role != null) {
      role = stripDeterminer(role);
    }
    return new Mention(start, end, Words.stripPossessive(name), role, Mention.Type.PERSON, lastWord);
  }

  /**
   * Where the person's name starts when the name part follows an office named with {@code of} ({@code Secretary of |
   * Commerce Malcolm Baldrige}, {@code Chancellor of the | Exchequer Nigel Lawson}, the office's words before the
   * phrase or in it): three capitalised words or more, the office's last word and then a given name and a surname (an
   * initial between them kept); -1 when the phrase is not so.
   */
  private static int officeName(CharSequence t, List<int[]> words, int nameFrom) {
    int n = words.size();
    int first = nameFrom < n && word(t, words, nameFrom).equals("of") ? nameFrom + 1 : nameFrom;
    if (n - first < 3 || n - first > 4 || officeStart(t, words, nameFrom) < 0) {
      return -1;
    }
    String[] norms = new String[n - first];
    for (int k = first; k < n; k++) {
      String raw = t.subSequence(words.get(k)[0], words.get(k)[1]).toString();
      if (!Character.isUpperCase(raw.charAt(0))) {
        return -1;
      }
      norms[k - first] = Words.norm(Words.stripPossessive(raw));
    }
    int from = officeHolderFrom(norms);
    return from < 0 ? -1 : first + from;
  }

  /**
   * Where the person starts in a run of capitalised words that follows an office's {@code of} ({@code Exchequer Nigel
   * Lawson}): one word of the office, then a given name and a surname, an initial between them allowed ({@code Labor
   * William E. Brock}); -1 for any other run, such as a body's name ({@code Petroleum Exporting Countries}, {@code Bankers
   * Trust Australia Ltd}). The words are normalised.
   */
  public static int officeHolderFrom(String[] norms) {
    int n = norms.length;
    if (n == 4 && BODY_ENDS.contains(norms[1]) && norms[2].length() > 1) {
      // Undersecretary of State for Economic Affairs Allen Wallis: a field of two words, then the person
      String[] person = {norms[1], norms[2], norms[3]};
      return officeHolderFrom(person) == 1 ? 2 : -1;
    }
    if (n != 3 && !(n == 4 && norms[2].length() == 1)) {
      return -1;
    }
    for (int k = 0; k < n; k++) {
      String w = norms[k];
      if (SpeakerWords.isFunctionWord(w) || k > 0 && (SpeakerWords.isTitleWord(w) || SpeakerWords.ORG_WORDS.contains(w) || BODY_ENDS.contains(w))) {
        return -1; // the office's word may be one of bodies (Commerce), the person's may not
      }
    }
    String last = norms[n - 1];
    return last.endsWith("ies") || last.endsWith("ing") ? -1 : 1;
  }

  /**
   * Where the office's capitalised word before {@code of} or {@code of the} starts, in the phrase ({@code Secretary of
   * Commerce …}, {@code the Comptroller of the Currency …}) or right before it ({@code Chancellor of the} ahead of a
   * phrase that starts at {@code Exchequer}); -1 when no office so named stands before the name part at {@code
   * nameFrom}.
   */
  private static int officeStart(CharSequence t, List<int[]> words, int nameFrom) {
    int k = nameFrom < words.size() && word(t, words, nameFrom).equals("of") ? nameFrom + 1 : nameFrom;
    if (k - 1 >= 0 && word(t, words, k - 1).equals("the")) {
      k--;
    }
    if (k - 1 >= 0) {
      if (!word(t, words, k - 1).equals("of") || k - 2 < 0) {
        return -1;
      }
      int[] w = words.get(k - 2);
      return Character.isUpperCase(t.charAt(w[0])) ? w[0] : -1;
    }
    // the phrase starts with the name part: read the words before it
    int limit = Math.max(0, words.get(0)[0] - 60);
    int e = Words.skipSpacesBack(t, words.get(0)[0], limit);
    int ws = Words.wordStart(t, e, limit);
    if (ws < e && t.subSequence(ws, e).toString().equals("the")) {
      e = Words.skipSpacesBack(t, ws, limit);
      ws = Words.wordStart(t, e, limit);
    }
    if (ws < e && t.subSequence(ws, e).toString().equals("and")) {
      int of = officeBeforeAnd(t, ws, limit);
      return of >= 0 ? of : -1;
    }
    if (ws >= e || !t.subSequence(ws, e).toString().equals("of")) {
      return -1;
    }
    e = Words.skipSpacesBack(t, ws, limit);
    ws = Words.wordStart(t, e, limit);
    return ws < e && Character.isUpperCase(t.charAt(ws)) ? ws : -1;
  }

  /**
   * {@code Minister of International Trade and | Industry Hajime Tamura}, {@code Office of Management and | Budget James
   * Miller}: where the office starts when the {@code and} at {@code and} joins the last word of an office's field to
   * capitalised words led by {@code of} or {@code for} (with {@code the}) after a capitalised word; -1 otherwise.
   */
  static int officeBeforeAnd(CharSequence t, int and, int limit) {
    int e = Words.skipSpacesBack(t, and, limit);
    int capitals = 0;
    while (e > limit && capitals < 4) {
      int ws = Words.wordStart(t, e, limit);
      if (ws >= e) {
        return -1;
      }
      String w = t.subSequence(ws, e).toString();
      if (Character.isUpperCase(w.charAt(0))) {
        capitals++;
        e = Words.skipSpacesBack(t, ws, limit);
        continue;
      }
      if (capitals == 0) {
        return -1;
      }
      if (w.equals("the")) {
        e = Words.skipSpacesBack(t, ws, limit);
        ws = Words.wordStart(t, e, limit);
        w = ws < e ? t.subSequence(ws, e).toString() : "";
      }
      if (!(w.equals("of") || w.equals("for"))) {
        return -1;
      }
      int te = Words.skipSpacesBack(t, ws, limit);
      int ts = Words.wordStart(t, te, limit);
      return ts < te && Character.isUpperCase(t.charAt(ts)) ? ts : -1;
    }
    return -1;
  }

  /** Words that end the name of a body, never a person's: the Confederation of British Industry. */
  private static final Set<String> BODY_ENDS = Set.of("industry", "industries", "commerce", "transport", "development",
      "statistics", "studies", "affairs", "pensions", "skills", "officers", "manufacturers", "traders", "employers");
  /** Words that join the parts of a body's name: Department of Trade and Industry. */
  private static final Set<String> NAME_JOINS = Set.of("of", "for", "and", "the");

  /**
   * Whether the role words before the name and the name are one organisation's name, split where a word that is also
   * a title stands: every word before the name capitalised or a joining word, no courtesy or rank title among them,
   * a word of bodies in the phrase (department, association, industry), and the phrase hanging on a joining word ({@code Department for | Transport}), or the name holding one ({@code
   * Association of Probation Officers}) or ending as bodies do ({@code British | Phonographic Industry}).
   */
  private static boolean splitsAnOrganisation(CharSequence t, List<int[]> words, int nameFrom, String name,
      String lastWord) {
    for (int k = word(t, words, 0).equals("the") ? 1 : 0; k < nameFrom; k++) {
      String raw = t.subSequence(words.get(k)[0], words.get(k)[1]).toString();
      String norm = Words.norm(raw);
      if (!(Character.isUpperCase(raw.charAt(0)) || NAME_JOINS.contains(norm)) || SpeakerWords.TITLES.contains(norm)
          || Words.isPossessive(raw)) {
        return false;
      }
    }
    boolean body = BODY_ENDS.contains(Words.stripPossessive(lastWord));
    for (int k = 0; k < words.size() && !body; k++) {
      body = SpeakerWords.ORG_WORDS.contains(Words.stripPossessive(word(t, words, k))); // not two people: Obama and Clinton
    }
    boolean hangs = NAME_JOINS.contains(word(t, words, nameFrom - 1));
    return body && (hangs || name.contains(" of ") || BODY_ENDS.contains(Words.stripPossessive(lastWord)));
  }

  /**
   * {@code Dana Whitfield of the Harbour Institute}, {@code Cameron Easley for Morning Consult}: a full name (two
   * capitalised words or more, no title or organisation word last) followed by {@code of}/{@code for} and the rest
   * of the phrase; the person, with the title before and the organisation after as the role. Null otherwise.
   */
  private static Mention personOf(CharSequence t, List<int[]> words) {
    int n = words.size();
    for (int k = 2; k < n - 1; k++) {
      String c = word(t, words, k);
      if (!(c.equals("of") || c.equals("for")) || !endsPersonName(t, words.get(k - 1))) {
        continue;
      }
      int from = k - 1;
      while (from > 0 && (endsPersonName(t, words.get(from - 1))
          || from > 1 && SpeakerWords.NAME_PARTICLES.contains(word(t, words, from - 1)))) { // Robin van Persie of Arsenal
        from--;
      }
      if (k - from < 2) {
        return null;
      }
      int start = words.get(0)[0];
      int end = words.get(n - 1)[1];
      String person = t.subSequence(words.get(from)[0], words.get(k - 1)[1]).toString();
      String of = t.subSequence(words.get(k)[0], end).toString();
      String title = from > 0 ? stripDeterminer(t.subSequence(start, words.get(from - 1)[1]).toString()) : null;
      return new Mention(start, end, Words.stripPossessive(person), title == null ? of : title + " " + of,
          Mention.Type.PERSON, word(t, words, k - 1));
    }
    return null;
  }

  /** A capitalised word hyphened to a lower-case one: Oscar-nominated, Dutch-born, Newly-crowned. */
  private static boolean isHyphenedModifier(CharSequence w) {
    int h = w.toString().lastIndexOf('-');
    return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(h + 1));
  }

  /** The normalised word at {@code w} when it is capitalised, else the empty string. */
  private static String capitalisedNormOrEmpty(CharSequence t, int[] w) {
    String n = capitalisedNorm(t, w);
    return n == null ? "" : n;
  }

  /** The normalised word at {@code w} when it is capitalised, else null. */
  private static String capitalisedNorm(CharSequence t, int[] w) {
    return Character.isUpperCase(t.charAt(w[0])) ? Words.norm(t.subSequence(w[0], w[1]).toString()) : null;
  }

  private static String word(CharSequence t, List<int[]> words, int k) {
    return Words.norm(t.subSequence(words.get(k)[0], words.get(k)[1]).toString());
  }

  /**
   * A phrase whose name part would start with {@code of} (the Muslim Council of Britain, the head of NATO): a
   * capitalised organisation word before {@code of} makes the whole capitalised run an organisation; anything else
   * is a description headed by that word, never a person called "of Britain".
   */
  private static Mention ofPhrase(CharSequence t, List<int[]> words, int headIndex, int start, int end) {
    String headRaw = t.subSequence(words.get(headIndex)[0], words.get(headIndex)[1]).toString();
    String head = Words.norm(headRaw);
    if (Character.isUpperCase(headRaw.charAt(0)) && SpeakerWords.ORG_WORDS.contains(head)) {
      int orgFrom = headIndex;
      while (orgFrom > 0) {
        String w = t.subSequence(words.get(orgFrom - 1)[0], words.get(orgFrom - 1)[1]).toString();
        if (!Character.isUpperCase(w.charAt(0)) || SpeakerWords.DETERMINERS.contains(Words.norm(w))) {
          break;
        }
        orgFrom--;
      }
      String org = t.subSequence(words.get(orgFrom)[0], end).toString();
      return new Mention(start, end, Words.stripPossessive(org), null, Mention.Type.ORGANISATION, head);
    }
    return new Mention(start, end, null, t.subSequence(start, end).toString(), Mention.Type.NOMINAL, head);
  }

  private static String stripDeterminer(String role) {
    for (String d : List.of("the ", "The ", "a ", "A ", "an ", "An ")) {
      if (role.startsWith(d)) {
        return role.substring(d.length());
      }
    }
    return role;
  }

  /** Whether the word is a capitalised name word, not a title or an organisation's: Easley (for Morning Consult). */
  static boolean endsPersonName(CharSequence t, int[] w) {
    String raw = t.subSequence(w[0], w[1]).toString();
    String n = Words.norm(raw);
    return Character.isUpperCase(raw.charAt(0)) && !SpeakerWords.isTitleWord(n) && !SpeakerWords.ORG_WORDS.contains(n) && !SpeakerWords.isOrganisation(raw, n)
        && !SpeakerWords.DETERMINERS.contains(n) && !SpeakerWords.isFunctionWord(n);
  }
}
