package org.newsquote.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * Coreference for speakers within one article: turns a surname, a title and surname, a role ({@code the spokesman},
 * {@code the ministry}) or a pronoun into the fullest name the article gives. Not thread-safe: it scans the article
 * at the first question and keeps what it found; confined to one extraction.
 *
 * <p>Full names are gathered by NameScan in one pass over the article (capitalised runs of two or more words that
 * are not organisations), each with the role words written before it, and every later mention of a surname is
 * recorded so a pronoun can go to the person named most recently; this class answers the questions. What each
 * mention tells of the person's sex is read by GenderEvidence; whether a capitalised run names no person at all (a
 * place, a work, a firm) is NonPersonNames'; which words of a description tell people apart is DescriptionQualifiers'.
 */
public final class SpeakerResolver {
  /** A person the article marks as a man (Mr, chairman, he said) or a woman (Ms, chairwoman, she said). */
  public static final int MALE = 1;
  /** See {@link #MALE}. */
  public static final int FEMALE = 2;

  static final java.util.regex.Pattern ROLE_SPLIT = java.util.regex.Pattern.compile("[\\s-]+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** The people the article names and where each is mentioned, gathered at the first question. */
  private final NameScan names;
  /** Whether the article has been scanned: done at the first question, as many articles never ask one. */
  private boolean scanned;

  /** Prepares to scan {@code text} (outside {@code spans}) for person names; the scan runs at the first question. */
  public SpeakerResolver(CharSequence text, List<QuoteSpan> spans, CueLexicon cues) {
    this.names = new NameScan(text, spans, cues);
  }

  private void ensureScanned() {
    if (!scanned) {
      scanned = true;
      names.scan();
    }
  }

  /**
   * The canonical name for a person mention with its title or role ({@code Mrs Obama}): as {@link #canonical(String)},
   * but never a person the article marks as of the other sex than the title tells; the name itself if none fits.
   */
  public String canonical(String name, String role) {
    int g = 0;
    if (role != null) {
      for (String r : ROLE_SPLIT.split(role)) {
        String n = Words.norm(r);
        g = GenderEvidence.MALE_WORDS.contains(n) ? MALE : GenderEvidence.FEMALE_WORDS.contains(n) ? FEMALE : g;
      }
    }
    if (g == 0) {
      return canonical(name);
    }
    ensureScanned();
    List<String> tokens = new ArrayList<>();
    for (String t : SPACES.split(name)) {
      if (!t.isEmpty()) {
        tokens.add(Words.stripPossessive(t));
      }
    }
    NameScan.Person p = names.find(tokens, g);
    return p == null ? name : p.name();
  }

  /** The canonical name for a named person mention ({@code Kirby} → {@code John Kirby}); the name itself if unknown. */
  public String canonical(String name) {
    ensureScanned();
    List<String> tokens = new ArrayList<>();
    for (String t : SPACES.split(name)) {
      if (!t.isEmpty()) {
        tokens.add(Words.stripPossessive(t));
      }
    }
    NameScan.Person p = names.find(tokens);
    return p == null ? name : p.name();
  }

  /** The role recorded with a person's name, or null. */
  public String roleOf(String canonicalName) {
    ensureScanned();
    for (NameScan.Person p : names.persons) {
      if (p.name().equals(canonicalName)) {
        return p.role();
      }
    }
    return null;
  }

  /**
   * Whether the description {@code phrase} with head {@code head} may be the article's second name for the person of
   * this canonical name ({@link DescriptionQualifiers#mayDescribe}); false for a name the scan does not know.
   */
  public boolean mayBeDescribedAs(String canonicalName, String head, String phrase) {
    ensureScanned();
    for (NameScan.Person p : names.persons) {
      if (p.name().equals(canonicalName)) {
        return !p.thing() && DescriptionQualifiers.mayDescribe(p.roleWords(), p.role(), head, phrase);
      }
    }
    return false;
  }

  /** Whether the article names a person it knows between {@code from} and {@code to}. */
  public boolean namesAPersonBetween(int from, int to) {
    ensureScanned();
    for (NameScan.Seen s : names.seen) {
      if (s.pos() >= from && s.pos() < to && !s.person().thing()) {
        return true;
      }
    }
    return false;
  }

  /** The person named last before {@code pos}, or null. */
  public String lastPersonBefore(int pos) {
    ensureScanned();
    String out = null;
    for (NameScan.Seen s : names.seen) {
      if (s.pos() >= pos) {
        break;
      }
      out = s.person().name();
    }
    return out;
  }

  /**
   * The person named last before {@code pos} that {@code he} or {@code she} may stand for: none the article marks as
   * of the other sex; null if none.
   */
  public String lastPersonBefore(int pos, String pronoun) {
    ensureScanned();
    int other = pronoun.equals("he") ? FEMALE : pronoun.equals("she") ? MALE : -1;
    String out = null;
    for (NameScan.Seen s : names.seen) {
      if (s.pos() >= pos) {
        break;
      }
      if (!s.person().thing() && s.person().gender() != other) {
        out = s.person().name();
      }
    }
    return out;
  }

  /**
   * The person the article names most often before {@code pos}, never a thing; of equals, the one named last: whom
   * a description by age or trade ({@code the 23-year-old}) means in a report about one person. Null if none.
   */
  public String mostNamedBefore(int pos) {
    ensureScanned();
    java.util.Map<NameScan.Person, Integer> counts = new java.util.HashMap<>();
    NameScan.Person best = null;
    int bestCount = 0;
    for (NameScan.Seen s : names.seen) {
      if (s.pos() >= pos) {
        break;
      }
      if (s.person().thing()) {
        continue;
      }
      int n = counts.merge(s.person(), 1, Integer::sum);
      if (n >= bestCount) {
        best = s.person();
        bestCount = n;
      }
    }
    return best == null ? null : best.name();
  }

  /** {@link #MALE}, {@link #FEMALE} or 0 for the person of this canonical name, as the article marks them. */
  public int genderOf(String canonicalName) {
    ensureScanned();
    for (NameScan.Person p : names.persons) {
      if (p.name().equals(canonicalName)) {
        return p.gender();
      }
    }
    return 0;
  }

  /** Whether {@code pronoun} (he, she) may stand for the person of this canonical name: not of the other sex. */
  public boolean fitsPronoun(String canonicalName, String pronoun) {
    ensureScanned();
    for (NameScan.Person p : names.persons) {
      if (p.name().equals(canonicalName)) {
        return !p.thing() && p.gender() != (pronoun.equals("he") ? FEMALE : MALE);
      }
    }
    return true;
  }

  /** The person named last before {@code pos} whose role includes {@code roleWord} (spokesman, chief), or null. */
  public String lastWithRoleBefore(String roleWord, int pos) {
    ensureScanned();
    String[] parts = roleWord.toLowerCase(Locale.ROOT).split("-"); // secretary-general: both words
    String word = parts[parts.length - 1];
    String out = null;
    for (NameScan.Seen s : names.seen) {
      if (s.pos() >= pos) {
        break;
      }
      if (s.person().roleWords().contains(word)) {
        out = s.person().name();
      }
    }
    if (out == null) {
      for (NameScan.Person p : names.persons) {
        if (p.roleWords().contains(word)) {
          return p.name();
        }
      }
    }
    return out;
  }

  /**
   * {@link #lastWithRoleBefore(String, int)} for a description whose other words tell people apart ({@code the New
   * Jersey governor}, {@code the Republican vice-presidential nominee}): the last person before {@code pos} (else any
   * person) whose role holds the role word and every such qualifier (a capitalised place or body, {@code vice});
   * failing one, the plain choice unless its role contradicts them (a Florida governor, no vice), then null.
   */
  public String lastWithRoleBefore(String roleWord, int pos, String phrase) {
    Set<String> q = DescriptionQualifiers.qualifiers(phrase, roleWord);
    String plain = lastWithRoleBefore(roleWord, pos);
    if (q.isEmpty()) {
      return plain;
    }
    String[] parts = roleWord.toLowerCase(Locale.ROOT).split("-");
    String word = parts[parts.length - 1];
    String out = null;
    for (NameScan.Seen s : names.seen) {
      if (s.pos() >= pos) {
        break;
      }
      if (DescriptionQualifiers.fits(s.person().roleWords(), word, q)) {
        out = s.person().name();
      }
    }
    if (out == null) {
      for (NameScan.Person p : names.persons) {
        if (DescriptionQualifiers.fits(p.roleWords(), word, q)) {
          return p.name();
        }
      }
    }
    if (out != null || plain == null) {
      return out;
    }
    for (NameScan.Person p : names.persons) {
      if (p.name().equals(plain)) {
        return DescriptionQualifiers.contradicts(p.roleWords(), p.role(), q) ? null : plain;
      }
    }
    return plain;
  }

  /** Whether {@code m} names a person the article knows. */
  public boolean knows(Mention m) {
    ensureScanned();
    return m.name() != null && names.find(List.of(SPACES.split(m.name()))) != null;
  }
}
