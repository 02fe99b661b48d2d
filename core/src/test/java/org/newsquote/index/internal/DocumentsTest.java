package org.newsquote.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentsTest {
  @Test
  void quoteUidIsTheZeroPaddedNumberAfterTheId() {
    assertEquals("a/b\u0000000007", Documents.quoteUid("a/b", 7));
    assertEquals("x\u0000123456", Documents.quoteUid("x", 123456));
    assertEquals("x\u00001234567", Documents.quoteUid("x", 1234567));
    assertEquals(String.format("x\u0000%06d", -12), Documents.quoteUid("x", -12));
  }
}
