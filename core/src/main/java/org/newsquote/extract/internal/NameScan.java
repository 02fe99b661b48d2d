package org.newsquote.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass over an article for the people it names: runs of capitalised words outside quotations, each a new person
 * (a full name, with the role words written before it), a later mention of a known one, or no person at all; every
 * mention is recorded with its position, so SpeakerResolver can answer who was named last, most or with a role.
 * Confined to one extraction; the lists it fills are read once the scan has run.
 */
final class NameScan {
  /** A person the article names, with the role words seen with the name (growing as later mentions add roles). */
  record Person(String name, List<String> tokens, Set<String> roleWords, String role, int[] votes,
      boolean thing) {
    Person(String name, List<String> tokens, Set<String> roleWords, String role) {
      this(name, tokens, roleWords, role, new int[2], NonPersonNames.isThingName(tokens));
    }

    /**
     * {@link SpeakerResolver#MALE}, {@link SpeakerResolver#FEMALE} or 0 when the article does not tell or tells both.
     */
    int gender() {
      return votes[0] > votes[1] ? SpeakerResolver.MALE : votes[1] > votes[0] ? SpeakerResolver.FEMALE : 0;
    }
  }

  record Seen(int pos, Person person) {}

  /** The people named, in the order first named; SpeakerResolver reads them once the scan has run. */
  final List<Person> persons = new ArrayList<>();
  /** Every mention of a known person, in the article's order. */
  final List<Seen> seen = new ArrayList<>();
  private final CharSequence text;
  private final List<QuoteSpan> spans;
  private final CueLexicon cues;
  /** What the mentions tell of each person's sex, read into the person's votes. */
  private final GenderEvidence gender;
  /** Whether a capitalised run names something other than a person, or stands where no person is. */
  private final NonPersonNames nonPerson;
  /** Which capitalised words that are also months, particles or function words belong to a name. */
  private final NameRunWords runWords;
  /** The current run of capitalised words: start, end and normalised form of each. */
  private int[] runStart = new int[8];
  private int[] runEnd = new int[8];
  private String[] runNorm = new String[8];
  private int runLen;

  /** A scan of {@code text} outside {@code spans}, telling speech verbs by {@code cues}; it runs at {@link #scan}. */
  NameScan(CharSequence text, List<QuoteSpan> spans, CueLexicon cues) {
    this.text = text;
    this.spans = spans;
    this.cues = cues;
    this.gender = new GenderEvidence(text);
    this.nonPerson = new NonPersonNames(text);
    this.runWords = new NameRunWords(text);
  }

  /** Gathers the people the article names and records each mention of them; once. */
  void scan() {
    int n = text.length();
    int i = 0;
    int spanIdx = 0;
    while (i < n) {
      while (spanIdx < spans.size() && spans.get(spanIdx).end() <= i) {
        spanIdx++;
      }
      if (spanIdx < spans.size() && spans.get(spanIdx).start() <= i) {
        flush();
        i = spans.get(spanIdx).end();
        continue;
      }
      char c = text.charAt(i);
      if (Words.isWordChar(c)) {
        int we = Words.wordEnd(text, i, n);
        if (we == i) {
          we = i + 1;
        }
        // lower-case words only end a run: no string is made for them
        if (Character.isUpperCase(c)) {
          String w = text.subSequence(i, we).toString();
          String norm = Words.norm(w);
          if (!SpeakerWords.isFunctionWord(norm) && cues.lemmaOfNorm(norm) == null || runWords.isMonthName(w, norm, i, we, runLen > 0)
              || runWords.isFunctionSurname(norm, we, runLen > 0)) {
            push(i, we, norm);
            if (Words.isPossessive(w)) {
              flush();
            }
          } else {
            flush();
          }
        } else if (runLen > 0 && we - i <= 3
            && SpeakerWords.NAME_PARTICLES.contains(text.subSequence(i, we).toString()) && runWords.particleLeadsOn(we)) {
          push(i, we, text.subSequence(i, we).toString()); // Rodrigo de Rato, Ruud van Nistelrooy: one name
        } else {
          flush();
        }
        i = we;
      } else {
        if (!Words.isSpace(c)) {
          flush();
        }
        i++;
      }
    }
    flush();
  }

  private void push(int start, int end, String norm) {
    if (runLen == runStart.length) {
      runStart = java.util.Arrays.copyOf(runStart, runLen * 2);
      runEnd = java.util.Arrays.copyOf(runEnd, runLen * 2);
      runNorm = java.util.Arrays.copyOf(runNorm, runLen * 2);
    }
    runStart[runLen] = start;
    runEnd[runLen] = end;
    runNorm[runLen] = norm;
    runLen++;
  }

  /** Records the run of capitalised words as a person (when it is one) or as a mention of a known person. */
  private void flush() {
    if (runLen == 0) {
      return;
    }
    if (runLen == 3 && SpeakerWords.isPostNominal(runNorm[2])
        && SpeakerWords.isGivenAndSurname(runNorm[0], runNorm[1])) {
      runLen--; // Paul Boateng MP: the member's letters are no part of the name
    }
    int from = 0;
    for (int k = 0; k < runLen; k++) {
      if (SpeakerWords.isTitleWord(runNorm[k])
          && !(k == runLen - 1 && k > 0 && SpeakerWords.isSurnameTitle(runNorm[k - 1], runNorm[k]))
          && !(runNorm[k].equals("bill") && k < runLen - 1)) { // Bill Clinton: the given name, not a bill
        from = k + 1;
      }
    }
    int office = from == 0 && runLen >= 3 ? officeBefore(runStart[0]) : -1;
    int holder = office >= 0 ? NameRoleSplitter.officeHolderFrom(java.util.Arrays.copyOf(runNorm, runLen)) : -1;
    if (holder > 0) {
      from = holder; // Chancellor of the Exchequer Nigel Lawson: the office's last word, then the person
    } else {
      office = -1;
    }
    int count = runLen - from;
    int pos = runStart[0];
    if (count == 1) {
      // one word: a mention of a known person at most (the common case, kept free of lists and joins)
      String token = Words.stripPossessive(text.subSequence(runStart[from], runEnd[from]).toString());
      String last = Words.norm(token);
      if (!SpeakerWords.isOrganisation(token, last) && !SpeakerWords.ORG_WORDS.contains(last)) {
        Person p = find(List.of(token), titleGender(from));
        if (p == null && from > 0 && COURTESY.contains(runNorm[from - 1]) && !nonPerson.attributive(pos, runEnd[runLen - 1])) {
          // Mrs. Clinton before any full name (an abstract, a second-day story): she is someone he or she may be
          p = new Person(token, List.of(token), new HashSet<>(), text.subSequence(runStart[0], runEnd[from - 1])
              .toString());
          persons.add(p);
        }
        if (p != null && !nonPerson.attributive(pos, runEnd[runLen - 1])) {
          seen.add(new Seen(pos, p));
          gender.learn(p.votes, runNorm, from, pos, runEnd[from], Words.isPossessive(text.subSequence(runStart[from], runEnd[from])
              .toString()));
        }
      }
      runLen = 0;
      return;
    }
    List<String> tokens = new ArrayList<>(Math.max(count, 0));
    for (int k = from; k < runLen; k++) {
      tokens.add(Words.stripPossessive(text.subSequence(runStart[k], runEnd[k]).toString()));
    }
    String last = tokens.isEmpty() ? "" : Words.norm(tokens.get(tokens.size() - 1));
    if (!tokens.isEmpty() && tokens.size() <= 4 && !nonPerson.isPlaceOrDateline(tokens, from, pos)
        && !(from == 0 && holder <= 0 && continuesABody(pos))
        && !nonPerson.namesAWork(runEnd[runLen - 1]) && !nonPerson.namesAFirm(runEnd[runLen - 1])
        && !SpeakerWords.isOrganisation(String.join(" ", tokens), last)
        && tokens.stream().noneMatch(t -> SpeakerWords.ORG_WORDS.contains(Words.norm(t)))) {
      Person p = find(tokens, titleGender(from));
      if (p != null && p.tokens.size() >= tokens.size()) {
        learnRole(p, text, from, pos); // a role given at a later mention (spokesman John Kirby)
      }
      if (p == null || p.tokens.size() < tokens.size()) {
        Set<String> roleWords = new HashSet<>();
        String role = from > 0 ? text.subSequence(office >= 0 ? office : runStart[0], runEnd[from - 1]).toString()
            : lowerRoleBefore(text, pos);
        if (role != null) {
          for (String r : SpeakerResolver.ROLE_SPLIT.split(role)) {
            roleWords.add(Words.norm(r));
          }
        }
        p = new Person(String.join(" ", tokens), List.copyOf(tokens), roleWords, role, new int[2],
            NonPersonNames.isThingName(tokens) || onlyModifiersBefore(from) && nonPerson.afterDefiniteArticle(pos));
        persons.add(p);
      }
      if (!nonPerson.attributive(pos, runEnd[runLen - 1])) {
        seen.add(new Seen(pos, p));
      }
      gender.learn(p.votes, runNorm, from, pos, runEnd[runLen - 1],
          Words.isPossessive(text.subSequence(runStart[runLen - 1], runEnd[runLen - 1]).toString()));
    }
    runLen = 0;
  }

  /**
   * Whether the run's first {@code from} words, read as a role, are only qualifiers (none when {@code from} is 0): the
   * European Monetary System, the British Phonographic Industry; not a title or role (the Prime Minister Tony Blair).
   */
  private boolean onlyModifiersBefore(int from) {
    for (int k = 0; k < from; k++) {
      String w = runNorm[k];
      if (!SpeakerWords.MODIFIERS.contains(w) || SpeakerWords.TITLES.contains(w)
          || SpeakerWords.ROLE_NOUNS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word that ends right before {@code start}, read back over a {@code the} between them ({@code of the |
   * Exchequer} gives {@code of}): {start, end} of that word, equal when none is within reach; where a body's name
   * ({@link #continuesABody}) or an office ({@link #officeBefore}) would be joined on.
   */
  private int[] wordBeforePastThe(int start) {
    int e = Words.skipSpacesBack(text, start, Math.max(0, start - 10));
    int ws = Words.wordStart(text, e, Math.max(0, e - 10));
    if (ws < e && e < start && text.subSequence(ws, e).toString().equals("the")) {
      e = Words.skipSpacesBack(text, ws, Math.max(0, ws - 10));
      ws = Words.wordStart(text, e, Math.max(0, e - 10));
    }
    return new int[] {ws, e};
  }

  /**
   * Whether a capitalised word and {@code of} or {@code for} (with {@code the}) stand right before {@code start}, so a
   * run there with no title in it is the rest of a body's name: Organisation for | Economic Cooperation, Institute for |
   * International Economics, Bank for | International Settlements (an office's holder is cut out before this).
   */
  private boolean continuesABody(int start) {
    int[] before = wordBeforePastThe(start);
    int ws = before[0];
    int e = before[1];
    String join = ws < e ? text.subSequence(ws, e).toString() : "";
    if (e == start || !(join.equals("of") || join.equals("for"))) {
      return false;
    }
    int te = Words.skipSpacesBack(text, ws, Math.max(0, ws - 40));
    int ts = Words.wordStart(text, te, Math.max(0, te - 40));
    return ts < te && te < ws && Character.isUpperCase(text.charAt(ts))
        && !SpeakerWords.isFunctionWord(Words.norm(text.subSequence(ts, te).toString())); // But for Allen Weiner
  }

  /**
   * Where an office named with {@code of} starts when one stands right before {@code start}: a capitalised word, then
   * {@code of} or {@code of the} ({@code Chancellor of the | Exchequer Nigel Lawson}, {@code Secretary of | Commerce
   * Malcolm Baldrige}); else -1.
   */
  private int officeBefore(int start) {
    int[] before = wordBeforePastThe(start);
    int ws = before[0];
    int e = before[1];
    String join = ws < e ? text.subSequence(ws, e).toString() : "";
    if (e < start && join.equals("and")) {
      return NameRoleSplitter.officeBeforeAnd(text, ws, Math.max(0, ws - 80)); // Trade and | Industry Hajime Tamura
    }
    if (e == start || !(join.equals("of") || join.equals("for"))) {
      return -1; // Secretary of | Commerce Malcolm Baldrige, Minister for | Aviation Michael Spicer
    }
    int te = Words.skipSpacesBack(text, ws, Math.max(0, ws - 40));
    int ts = Words.wordStart(text, te, Math.max(0, te - 40));
    return ts < te && te < ws && Character.isUpperCase(text.charAt(ts)) ? ts : -1;
  }

  private void learnRole(Person p, CharSequence text, int from, int pos) {
    String role = from > 0 ? text.subSequence(runStart[0], runEnd[from - 1]).toString()
        : lowerRoleBefore(text, pos);
    if (role != null) {
      for (String r : SpeakerResolver.ROLE_SPLIT.split(role)) {
        p.roleWords.add(Words.norm(r));
      }
    }
  }

  /**
   * {@code spokesman John Kirby}, {@code Tory leader Michael Howard}: up to four role words (lower-case role words or
   * capitalised ones) right before the name, within its sentence.
   */
  static String lowerRoleBefore(CharSequence text, int pos) {
    int i = Words.skipSpacesBack(text, pos, Math.max(0, pos - 80));
    int end = i;
    int start = -1;
    for (int k = 0; k < 4; k++) {
      int ws = Words.wordStart(text, i, Math.max(0, pos - 80));
      if (ws == i) {
        break;
      }
      String w = text.subSequence(ws, i).toString();
      String n = Words.norm(w);
      if (!SpeakerWords.ROLE_NOUNS.contains(n) && !SpeakerWords.MODIFIERS.contains(n)
          && !Character.isUpperCase(text.charAt(ws))
          || SpeakerWords.isFunctionWord(n) || w.endsWith(".") && !SpeakerWords.isTitleWord(n)) {
        break; // But Lib Dem leader, … British. For …: a connective or the previous sentence is no role
      }
      start = ws;
      i = Words.skipSpacesBack(text, ws, 0);
    }
    return start < 0 ? null : text.subSequence(start, end).toString();
  }

  /** The person whose name holds all of {@code tokens}, the fullest first. */
  Person find(List<String> tokens) {
    return find(tokens, 0);
  }

  /**
   * The longest known person whose name holds all {@code tokens}, preferring one the article does not mark as of the
   * other sex than {@code gender} ({@link SpeakerResolver#MALE}, {@link SpeakerResolver#FEMALE}, 0 for either): Mrs Obama is not Barack Obama once
   * he is a he and Michelle Obama is known; but with no other candidate the marks may be wrong (chairman Jan Berry …
   * Ms Berry), so the one there is.
   */
  Person find(List<String> tokens, int gender) {
    Person fitting = gender == 0 ? null : longest(tokens, gender == SpeakerResolver.MALE ? SpeakerResolver.FEMALE : SpeakerResolver.MALE);
    return fitting != null ? fitting : longest(tokens, -1);
  }

  /** The longest known person whose name holds all {@code tokens}, skipping any of sex {@code other}. */
  private Person longest(List<String> tokens, int other) {
    Person best = null;
    for (Person p : persons) {
      if (p.gender() == other) {
        continue;
      }
      boolean all = true;
      for (String t : tokens) {
        if (!containsIgnoreCase(p.tokens, t)) {
          all = false;
          break;
        }
      }
      if (all && (best == null || p.tokens.size() > best.tokens.size())) {
        best = p;
      }
    }
    return best;
  }

  private static boolean containsIgnoreCase(List<String> list, String t) {
    for (String s : list) {
      if (s.equalsIgnoreCase(t)) {
        return true;
      }
    }
    return false;
  }

  /** Courtesy titles that make one capitalised word after them a person's surname: Mr. Cruz, Dr Fox. */
  private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "sir",
      "dame");

  /** The sex the title words of the current run tell (Mr, Mrs, Dame), or 0. */
  private int titleGender(int from) {
    int g = 0;
    for (int k = 0; k < from; k++) {
      g = GenderEvidence.MALE_WORDS.contains(runNorm[k]) ? SpeakerResolver.MALE : GenderEvidence.FEMALE_WORDS.contains(runNorm[k]) ? SpeakerResolver.FEMALE : g;
    }
    return g;
  }
}
