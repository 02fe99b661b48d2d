package org.newsquote.search.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RegexCost lets through what people write and stops what makes Lucene build or determinize for seconds. */
class RegexCostTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "colou?r", "joh?n(athan)?", "[a-z]{2,5}ing", "[0-9]{4}-[0-9]{2}", "(ab){1,400}", "kir.y", "nato|otan", ".{0,20}x",
    "<1-2025>", "[a-z]{1,30}", "a+b+c*d?", "(ab)++"
  })
  void ordinaryExpressionsPass(String body) {
    assertTrue(RegexCost.of(body) <= RegexCost.MAX_COST, body + " costs " + RegexCost.of(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Each of these took seconds to minutes in Lucene 10.6 before it was refused here.
    "((a|b){1,500}){1,500}c", ".{1,1000}.{1,1000}", ".{1,1000}.\ufffd2SSSSSSSSSSSSSSSSSSSS,1000}",
    ".{1,230}.abcdefghij", ".{1,120}.{1,120}", "(.|a){1,100}", "[^x]{1,99999999999999999999}",
    // Found by fuzzing: each + doubles Lucene's automaton, so this ran out of a 1 GB heap.
    ".++++++++++++++++++++++++++++++++++++++++++++++++++++L",
    // Found by fuzzing: a brace that is no repeat hid the repeat inside it (12 million copies of Y).
    "{0377547814Y{12167604}04}*7a"
  })
  void explosiveExpressionsAreRefused(String body) {
    assertTrue(RegexCost.of(body) > RegexCost.MAX_COST, body + " costs only " + RegexCost.of(body));
  }
}
