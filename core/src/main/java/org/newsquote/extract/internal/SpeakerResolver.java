package org.newsquote.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.Mention;

/**
 * Coreference for speakers within one article: turns a surname, a title and surname, a role ({@code the spokesman},
 * {@code the ministry}) or a pronoun into the fullest name the article gives. Immutable after construction;
 * confined to one extraction.
 *
 * <p>Full names are gathered in one pass over the article (capitalised runs of two or more words that are not
 * organisations), each with the role words written before it, and every later mention of a surname is recorded so a
 * pronoun can go to the person named most recently.
 */
public final class SpeakerResolver {
  /** A person the article names, with the role words seen with the name (growing as later mentions add roles). */
  private record Person(String name, List<String> tokens, Set<String> roleWords, String role) {}

  private record Seen(int pos, Person person) {}

  private final List<Person> persons = new ArrayList<>();
  private final List<Seen> seen = new ArrayList<>();

  /** Scans {@code text} (outside {@code spans}) for person names. */
  public SpeakerResolver(CharSequence text, List<QuoteSpan> spans, CueLexicon cues) {
    int n = text.length();
    int i = 0;
    int spanIdx = 0;
    List<int[]> run = new ArrayList<>();
    while (i < n) {
      while (spanIdx < spans.size() && spans.get(spanIdx).end() <= i) {
        spanIdx++;
      }
      if (spanIdx < spans.size() && spans.get(spanIdx).start() <= i) {
        flush(text, run);
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
        String w = Character.isUpperCase(c) ? text.subSequence(i, we).toString() : null;
        if (w != null && !MentionParser.isFunctionWord(Words.norm(w)) && cues.lemma(w) == null) {
          run.add(new int[] {i, we});
          if (Words.isPossessive(w)) {
            flush(text, run);
          }
        } else {
          flush(text, run);
        }
        i = we;
      } else {
        if (!Words.isSpace(c)) {
          flush(text, run);
        }
        i++;
      }
    }
    flush(text, run);
  }

  /** Records the run of capitalised words as a person (when it is one) or as a mention of a known person. */
  private void flush(CharSequence text, List<int[]> run) {
    if (run.isEmpty()) {
      return;
    }
    int from = 0;
    for (int k = 0; k < run.size(); k++) {
      if (MentionParser.isTitleWord(Words.norm(word(text, run.get(k))))) {
        from = k + 1;
      }
    }
    List<String> tokens = new ArrayList<>();
    for (int k = from; k < run.size(); k++) {
      tokens.add(Words.stripPossessive(word(text, run.get(k))));
    }
    int pos = run.get(0)[0];
    String last = tokens.isEmpty() ? "" : Words.norm(tokens.get(tokens.size() - 1));
    if (!tokens.isEmpty() && tokens.size() <= 4 && !MentionParser.isOrganisation(String.join(" ", tokens), last)
        && tokens.stream().noneMatch(t -> MentionParser.ORG_WORDS.contains(Words.norm(t)))) {
      if (tokens.size() >= 2) {
        String name = String.join(" ", tokens);
        Person p = find(tokens);
        if (p != null && p.tokens.size() >= tokens.size()) {
          learnRole(p, text, run, from, pos); // a role given at a later mention (spokesman John Kirby)
        }
        if (p == null || p.tokens.size() < tokens.size()) {
          Set<String> roleWords = new HashSet<>();
          String role = null;
          if (from > 0) {
            role = text.subSequence(run.get(0)[0], run.get(from - 1)[1]).toString();
          } else {
            role = lowerRoleBefore(text, pos);
          }
          if (role != null) {
            for (String r : role.split("[\\s-]+")) {
              roleWords.add(Words.norm(r));
            }
          }
          p = new Person(name, List.copyOf(tokens), roleWords, role);
          persons.add(p);
        }
        seen.add(new Seen(pos, p));
      } else {
        Person p = find(tokens);
        if (p != null) {
          seen.add(new Seen(pos, p));
        }
      }
    }
    run.clear();
  }

  private static void learnRole(Person p, CharSequence text, List<int[]> run, int from, int pos) {
    String role = from > 0 ? text.subSequence(run.get(0)[0], run.get(from - 1)[1]).toString()
        : lowerRoleBefore(text, pos);
    if (role != null) {
      for (String r : role.split("[\\s-]+")) {
        p.roleWords.add(Words.norm(r));
      }
    }
  }

  /** {@code spokesman John Kirby}: up to four lower-case role words right before the name. */
  private static String lowerRoleBefore(CharSequence text, int pos) {
    int i = Words.skipSpacesBack(text, pos, Math.max(0, pos - 80));
    int end = i;
    int start = -1;
    for (int k = 0; k < 4; k++) {
      int ws = Words.wordStart(text, i, Math.max(0, pos - 80));
      if (ws == i) {
        break;
      }
      String n = Words.norm(text.subSequence(ws, i).toString());
      if (!MentionParser.ROLE_NOUNS.contains(n) && !MentionParser.MODIFIERS.contains(n)
          && !Character.isUpperCase(text.charAt(ws))) {
        break;
      }
      start = ws;
      i = Words.skipSpacesBack(text, ws, 0);
    }
    return start < 0 ? null : text.subSequence(start, end).toString();
  }

  private static String word(CharSequence text, int[] w) {
    return text.subSequence(w[0], w[1]).toString();
  }

  /** The person whose name holds all of {@code tokens}, the fullest first. */
  private Person find(List<String> tokens) {
    Person best = null;
    for (Person p : persons) {
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

  /** The canonical name for a named person mention ({@code Kirby} → {@code John Kirby}); the name itself if unknown. */
  public String canonical(String name) {
    List<String> tokens = new ArrayList<>();
    for (String t : name.split("\\s+")) {
      if (!t.isEmpty()) {
        tokens.add(Words.stripPossessive(t));
      }
    }
    Person p = find(tokens);
    return p == null ? name : p.name;
  }

  /** The role recorded with a person's name, or null. */
  public String roleOf(String canonicalName) {
    for (Person p : persons) {
      if (p.name.equals(canonicalName)) {
        return p.role;
      }
    }
    return null;
  }

  /** The person named last before {@code pos}, or null. */
  public String lastPersonBefore(int pos) {
    String out = null;
    for (Seen s : seen) {
      if (s.pos >= pos) {
        break;
      }
      out = s.person.name;
    }
    return out;
  }

  /** The person named last before {@code pos} whose role includes {@code roleWord} (spokesman, chief), or null. */
  public String lastWithRoleBefore(String roleWord, int pos) {
    String[] parts = roleWord.toLowerCase(Locale.ROOT).split("-"); // secretary-general: both words
    String word = parts[parts.length - 1];
    String out = null;
    for (Seen s : seen) {
      if (s.pos >= pos) {
        break;
      }
      if (s.person.roleWords.contains(word)) {
        out = s.person.name;
      }
    }
    if (out == null) {
      for (Person p : persons) {
        if (p.roleWords.contains(word)) {
          return p.name;
        }
      }
    }
    return out;
  }

  /** Whether {@code m} names a person the article knows. */
  public boolean knows(Mention m) {
    return m.name() != null && find(List.of(m.name().split("\\s+"))) != null;
  }
}
