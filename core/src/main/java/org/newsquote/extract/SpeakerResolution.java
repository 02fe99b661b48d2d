package org.newsquote.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquote.extract.QuoteContext.Earlier;
import org.newsquote.extract.internal.BodyReference;
import org.newsquote.extract.internal.DescriptionQualifiers;
import org.newsquote.extract.internal.MentionParser;
import org.newsquote.extract.internal.OrganisationAliases;
import org.newsquote.extract.internal.Paragraphs;
import org.newsquote.extract.internal.QuoteSpan;
import org.newsquote.extract.internal.Sentences;
import org.newsquote.extract.internal.SpeakerResolver;
import org.newsquote.extract.internal.Words;

/**
 * Resolves the speaker phrase a rule found for one quote into an {@link Attribution}: a name becomes the article's
 * canonical name (or an organisation's), a pronoun the subject or earlier speaker it points back to, a description
 * the person, organisation or thing it refers back to. The article-wide tables (who is named, with which role) are
 * {@link SpeakerResolver}'s; this class adds what depends on the quote: its sentence and the speakers decided for the
 * quotes before it. Immutable; {@link QuoteContext} builds one for each quote and, like it, does not share it between
 * threads.
 */
final class SpeakerResolution {
  private final String text;
  private final Sentences sentences;
  private final SpeakerResolver resolver;
  private final List<Earlier> earlier;
  private final CueReading reading;
  private final AntecedentSubjectFinding subjects;
  private final ItAntecedentFinding it;

  SpeakerResolution(String text, QuoteSpan span, Paragraphs paragraphs, Sentences sentences, SpeakerResolver resolver,
      MentionParser mentions, List<Earlier> earlier, CueReading reading) {
    this.text = text;
    this.sentences = sentences;
    this.resolver = resolver;
    this.earlier = earlier;
    this.reading = reading;
    this.subjects = new AntecedentSubjectFinding(text, sentences, resolver, mentions, reading);
    this.it = new ItAntecedentFinding(text, span, paragraphs, sentences, mentions, earlier, reading);
  }

  /** Turns a speaker phrase into an attribution with the article's canonical name for it. */
  Attribution resolve(Mention m, String cue) {
    return switch (m.type()) {
      case PERSON -> {
        String alias = OrganisationAliases.canonical(m.name());
        if (!alias.equals(m.name())) {
          yield new Attribution(alias, null, cue, true); // the North Atlantic Alliance, read as a name: NATO
        }
        String name = resolver.canonical(m.name(), m.role());
        String role = m.role() != null ? m.role() : resolver.roleOf(name);
        yield new Attribution(name, role, cue, false);
      }
      case ORGANISATION -> new Attribution(OrganisationAliases.canonical(m.name()), null, cue, true);
      case PRONOUN -> resolvePronoun(m, cue);
      case NOMINAL -> {
        String known = knownSurname(m);
        yield known != null ? new Attribution(known, resolver.roleOf(known), cue, false) : resolveRole(m, cue);
      }
    };
  }

  /**
   * {@code King added} after {@code Rep. Steve King}: a lone capitalised title word read as a role is the surname of a
   * person the article names in full; that person, or null.
   */
  private String knownSurname(Mention m) {
    String phrase = m.role();
    if (phrase == null || phrase.isEmpty() || !Character.isUpperCase(phrase.charAt(0)) || phrase.indexOf(' ') >= 0) {
      return null;
    }
    String name = Words.stripPossessive(phrase);
    String full = resolver.canonical(name);
    return full.equals(name) ? null : full;
  }

  private Attribution resolvePronoun(Mention m, String cue) {
    String p = m.head();
    if (p.equals("he") || p.equals("she")) {
      Mention subject = subjects.anaphorSubject(m.start());
      if (subject != null && resolver.fitsPronoun(resolver.canonical(subject.name()), p)) {
        // Trump took to Twitter to accuse Clinton's campaign … what he called: the clause's subject, not the last name
        return resolve(subject, cue);
      }
      Mention described = subject == null ? subjects.describedSubject(m.start()) : null;
      if (described != null && !otherSex(described, p)) {
        // A Labour Party spokesman told the BBC … “…,” he said: the unnamed subject, not the last name; a title
        // (the chancellor, the MEP) only when it names someone, as it is mostly a second name for one just named
        Attribution a = resolveRole(described, cue);
        String bare = described.role().replaceFirst("^(?i:the|this) ", "");
        boolean named = a.speaker() != null && !a.speaker().equalsIgnoreCase(bare);
        boolean definite = text.regionMatches(true, described.start(), "the ", 0, 4);
        // the BPI spokesman, the official: an unnamed source, unless a person was named in its sentence or the one
        // before (Vincent Cable says … The Lib Dems' Treasury spokesman is unveiling …: a second name for Cable)
        int prevStart = sentences.startOf(Words.skipSpacesBack(text, sentences.startOf(described.start()), 0));
        if (named || !definite || DescriptionQualifiers.isSourceHead(described.head())
            && !resolver.namesAPersonBetween(prevStart, described.start())) {
          return a;
        }
      }
      // the last person named whom the article does not mark as of the other sex (Ms Smith … he: not Ms Smith)
      String name = resolver.lastPersonBefore(m.start(), p);
      Attribution last = lastAttributed(false);
      if (name == null && last != null && resolver.fitsPronoun(last.speaker(), p)) {
        return new Attribution(last.speaker(), last.role(), cue, false);
      }
      return name == null ? new Attribution(null, null, cue, false)
          : new Attribution(name, resolver.roleOf(name), cue, false);
    }
    if (p.equals("they") || p.equals("it") || p.equals("we")) {
      Mention subject = subjects.groupSubjectBefore(m.start());
      if (subject != null) {
        // Clinton’s campaign is seeking to contrast her approach with what they call …: the clause's subject
        return resolve(subject, cue);
      }
      Attribution last = lastNonPerson(p);
      if (last == null && p.equals("it")) {
        String org = it.organisationSayingBefore(m.start());
        if (org != null) {
          return new Attribution(org, null, cue, true); // Bank Negara said it does not intend … "…," it said
        }
        String thing = it.thingBefore(m.start());
        return new Attribution(thing, null, cue, true);
      }
      return last == null ? new Attribution(null, null, cue, true) : new Attribution(last.speaker(), null, cue, true);
    }
    return new Attribution(null, null, cue, false);
  }

  /** Whether the description's head is a word of the other sex than the pronoun (a spokeswoman … he said). */
  private static boolean otherSex(Mention d, String pronoun) {
    return DescriptionQualifiers.isOtherSex(d.head(), pronoun);
  }

  /** {@code the 23-year-old}, {@code the 74-year-old comedian}: a description by age, which the news gives to one just named. */
  static boolean isAgeDescription(String phrase) {
    return phrase.contains("-year-old");
  }

  private Attribution resolveRole(Mention m, String cue) {
    String head = m.head();
    String phrase = m.role();
    // this Trump look-alike: a demonstrative points back like the article does
    int determiner = phrase.regionMatches(true, 0, "the ", 0, 4) ? 4 : phrase.startsWith("this ") ? 5 : 0;
    boolean definite = determiner > 0;
    if (definite) {
      String name = resolver.lastWithRoleBefore(head, m.start(), phrase);
      if (name != null) {
        return new Attribution(name, resolver.roleOf(name), cue, false);
      }
      Set<String> q = DescriptionQualifiers.qualifiers(phrase, head);
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Attribution a = earlier.get(i).attribution();
        if (a != null && a.speaker() != null && a.speaker().toLowerCase(Locale.ROOT).contains(head)
            && !otherQualifiers(a.speaker(), q)) {
          return new Attribution(a.speaker(), a.role(), cue, a.organisation());
        }
      }
    }
    if (definite && isAgeDescription(phrase)) {
      String last = Words.stripPossessive(phrase.substring(phrase.lastIndexOf(' ') + 1));
      String named = !last.isEmpty() && Character.isUpperCase(last.charAt(0)) ? resolver.canonical(last) : null;
      if (named != null && !named.equals(last)) {
        return new Attribution(named, resolver.roleOf(named), cue, false); // the 28-year-old Morientes
      }
      // “…,” said the 23-year-old: the one the sentence or the one before is about by name, else the one the report
      // names most when that is also the one named last (either alone too often finds a rival or a film's hero)
      Mention subject = subjects.anaphorSubject(m.start());
      if (subject != null) {
        return resolve(subject, cue);
      }
      String name = resolver.mostNamedBefore(m.start());
      if (name != null && name.equals(resolver.lastPersonBefore(m.start(), "they"))) {
        return new Attribution(name, resolver.roleOf(name), cue, false);
      }
    }
    if (definite && !isAgeDescription(phrase) && !THING_HEADS.contains(head) && !BodyReference.isBodyHead(head)) {
      // Tony Blair has dismissed reports … “…,” the prime minister told: a title or trade nobody named holds is the
      // news's second name for the one the sentence, or the one before, is about
      Mention subject = subjects.anaphorSubject(m.start());
      if (subject != null && resolver.mayBeDescribedAs(resolver.canonical(subject.name()), head, phrase)
          && !subjects.reportedByAnother(subject) && !subjects.inHeadline(subject)) {
        return resolve(subject, cue);
      }
    }
    if (definite && phrase.indexOf(' ', determiner) < 0 && BodyReference.isBodyHead(head)) {
      String org = BodyReference.before(text, sentences, head, m.start(), reading::midSentence);
      if (org != null) {
        return new Attribution(org, null, cue, true); // NATO … the alliance said; Thermwood Corp … the company said
      }
    }
    String bare = phrase.substring(determiner);
    return new Attribution(bare, null, cue, false);
  }

  /**
   * Whether an earlier speaker's words tell someone else than the description's qualifiers: the Florida senator and
   * Republican presidential candidate is not the independent Vermont senator and Democratic presidential candidate.
   */
  private static boolean otherQualifiers(String speaker, Set<String> q) {
    Set<String> own = DescriptionQualifiers.qualifiers("x " + speaker, "");
    q = new java.util.HashSet<>(q);
    q.remove("vice");
    own.remove("vice");
    return !q.isEmpty() && !own.isEmpty() && java.util.Collections.disjoint(own, q);
  }

  /** Nouns of things and bodies that speak in the news and that {@code it} refers back to: the newspaper, the email. */
  static final Set<String> THING_HEADS = Set.of("newspaper", "paper", "email", "e-mail", "statement",
      "company", "firm", "editorial", "letter", "ad", "advertisement", "commercial", "spot", "memo", "report",
      "lawsuit", "suit", "filing", "complaint", "document", "video", "message", "website", "site", "campaign",
      "committee", "group", "sign", "tweet", "post", "release", "poll", "survey", "study", "affidavit", "ruling",
      "court", "agency", "department", "ministry", "board", "organization", "organisation", "party", "network",
      "magazine", "publication", "petition", "note", "card", "flyer", "mailer", "banner", "caption", "headline",
      "article", "brief", "motion", "bill", "book", "blog", "station", "channel", "outlet", "union", "council");

  /**
   * The speaker of the nearest earlier quote that {@code it}, {@code they} or {@code we} can point back to: an
   * organisation, or a speaker the article only describes whose head fits the pronoun — a thing or body for it ({@code
   * “…,” the newspaper admitted. “…,” it added}), a plural for they ({@code the groups say. They argue}). Null if none.
   */
  private Attribution lastNonPerson(String pronoun) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution a = earlier.get(i).attribution();
      if (a == null || a.speaker() == null) {
        continue;
      }
      if (a.organisation() || !a.speaker().isEmpty() && Character.isLowerCase(a.speaker().charAt(0))
          && fitsPronoun(a.speaker(), pronoun)) {
        return a;
      }
    }
    return null;
  }

  /** Whether a described speaker's head noun fits the pronoun: a thing for it, a plural for they and we. */
  private static boolean fitsPronoun(String description, String pronoun) {
    String head = Words.norm(description.substring(description.lastIndexOf(' ') + 1));
    if (pronoun.equals("it")) {
      return THING_HEADS.contains(head);
    }
    return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("'s");
  }

  private Attribution lastAttributed(boolean organisation) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution a = earlier.get(i).attribution();
      if (a != null && a.speaker() != null && a.organisation() == organisation) {
        return a;
      }
    }
    return null;
  }
}
