package org.newsquote.extract.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words that introduce speech (said, told, warned, according to, ...) in all their inflected forms. Immutable
 * and thread-safe.
 *
 * <p>Our own list, covering the reporting verbs of news writing: saying, telling, asking and answering, writing and
 * posting, affirming and denying, evaluating (called, described, dismissed), remembering (recalled, remembered), and
 * feeling/thinking verbs that the press uses to report a stated view.
 */
public final class CueLexicon {
  private static final String REGULAR =
      "add note stress warn insist claim state explain argue ask answer reply respond declare announce acknowledge"
          + " admit agree allege assert comment complain concede conclude confirm contend continue counter caution"
          + " emphasize emphasise estimate observe point predict promise recall remark report reveal suggest tweet"
          + " post urge vow wonder joke quip boast lament accuse describe call dismiss label brand blast criticize"
          + " criticise slam deny charge muse recount shout yell testify reiterate maintain indicate explain mention"
          + " cite blame praise question mock attack defend insist pledge assure echo exclaim scream whisper"
          + " mutter plead demand order decline refuse propose recommend advise remind inform brief tout hail"
          + " characterize characterise dub term define deride denounce decry condemn rail thunder snap retort"
          + " interject chime sigh laugh marvel fret worry confide concur affirm disclose divulge relate narrate"
          + " reckon believe figure hope fear want expect wish seem appear sound insist repeat highlight stress"
          + " underline underscore opine posit theorize speculate surmise acknowledge warn threaten grumble gush"
          + " rave enthuse crow brag gloat protest object counsel remark summarize summarise laud compare liken"
          + " applaud scold chide rebuke lambaste ridicule taunt fume scoff gripe grouse vent tease sneer seethe"
          + " huff rant bemoan concur recount caution chuckle rebut riff press bark beam disagree clarify proclaim"
          + " declaim reassert reassure restate reconfirm dispute preach holler growl snarl murmur stammer sniff gasp"
          + " cry smile thank chant react exhort elaborate remember reminisce";
  private static final String IRREGULAR =
      "say:said,says,saying tell:told,tells,telling write:wrote,written,writes,writing think:thought,thinks,"
          + "thinking speak:spoke,spoken,speaks,speaking sing:sang,sings,singing read:reads,reading"
          + " put:puts,putting go:went,goes know:knew,knows feel:felt,feels see:saw,sees,seeing"
          + " hold:held,holds,holding";
  /** Verbs that need company to report speech (went on to say, put it): accepted only in those phrases. */
  private static final Set<String> WEAK = Set.copyOf(java.util.List.of("go", "put", "know", "see", "feel", "hold", "read", "seem",
      "appear", "sound", "want", "expect", "wish", "hope", "fear", "figure", "order", "speak", "think", "believe",
      "sing", "laugh", "sigh", "marvel", "call", "question", "point", "continue", "smile", "gasp", "sniff", "cry",
      "dispute"));

  private final Map<String, String> lemmaOf;

  private CueLexicon(Map<String, String> lemmaOf) {
    this.lemmaOf = Map.copyOf(lemmaOf);
  }

  /** The standard English lexicon. */
  public static CueLexicon english() {
    Map<String, String> m = new HashMap<>();
    for (String v : REGULAR.split(" ")) {
      if (v.isEmpty()) {
        continue;
      }
      m.put(v, v);
      m.put(third(v), v);
      m.put(past(v), v);
      m.put(gerund(v), v);
    }
    for (String entry : IRREGULAR.split(" ")) {
      String[] parts = entry.split(":");
      m.put(parts[0], parts[0]);
      for (String f : parts[1].split(",")) {
        m.put(f, parts[0]);
      }
    }
    m.put("labelled", "label");
    m.put("labelling", "label");
    m.put("according", "according to");
    return new CueLexicon(m);
  }

  private static String third(String v) {
    if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o")) {
      return v + "es";
    }
    if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      return v.substring(0, v.length() - 1) + "ies";
    }
    return v + "s";
  }

  /** Verbs that double their final consonant before -ed and -ing (admitted, fretting, concurred). */
  private static final Set<String> DOUBLING = Set.of("slam", "quip", "snap", "chat", "plan", "stop", "admit",
      "fret", "concur", "rebut", "refer", "prefer", "commit", "regret", "jab", "spar", "stir", "nag", "confer",
      "submit", "omit");

  private static String past(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    if (DOUBLING.contains(v)) {
      return v + v.charAt(v.length() - 1) + "ed";
    }
    return v + "ed";
  }

  private static String gerund(String v) {
    if (v.endsWith("e") && !v.endsWith("ee")) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    if (DOUBLING.contains(v)) {
      return v + v.charAt(v.length() - 1) + "ing";
    }
    return v + "ing";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The lemma of {@code word} (lower case, as written) when it is a speech cue, else null. */
  public String lemma(String word) {
    return lemmaOf.get(Words.norm(word));
  }

  /** The lemma of a word already normalised by {@link Words#norm}, else null. */
  public String lemmaOfNorm(String norm) {
    return lemmaOf.get(norm);
  }

  /** Weak verbs that report speech with one particle closing the clause: “…,” she went on; as he put it, “…”. */
  private static final Map<String, String> PARTICLES = Map.of("go", "on", "put", "it");

  /** The particle that makes a weak verb a cue when it closes the clause ({@code on} for go), or null. */
  public String particleOf(String lemma) {
    return lemma == null ? null : PARTICLES.get(lemma);
  }

  /** Verbs that report speech only with their particle right after them, each form with its lemma. */
  private static final Map<String, String> PHRASAL = Map.ofEntries(Map.entry("point", "point out"),
      Map.entry("points", "point out"), Map.entry("pointed", "point out"), Map.entry("pointing", "point out"),
      Map.entry("talk", "talk about"), Map.entry("talks", "talk about"), Map.entry("talked", "talk about"),
      Map.entry("talking", "talk about"), Map.entry("speak", "speak about"), Map.entry("speaks", "speak about"),
      Map.entry("spoke", "speak about"), Map.entry("spoken", "speak about"), Map.entry("speaking", "speak about"));

  /**
   * The phrase a normalised word reports speech in with its particle ({@code pointed} gives {@code point out},
   * {@code talks} gives {@code talk about}), else null: pointing, talking and speaking say nothing alone.
   */
  public String phrasalLemma(String norm) {
    return PHRASAL.get(norm);
  }

  /** Whether the cue verb reports speech on its own (said, warned) rather than only in phrases (went on, put it). */
  public boolean isStrong(String lemma) {
    return lemma != null && !WEAK.contains(lemma);
  }

  /** Whether the word is a gerund (adding, describing), which takes its subject from the clause it hangs on. */
  public static boolean isGerund(String word) {
    return word.endsWith("ing") && word.length() > 4;
  }
}
