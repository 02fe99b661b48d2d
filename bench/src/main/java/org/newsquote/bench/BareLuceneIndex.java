package org.newsquote.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.newsquote.index.IndexSchema;

/**
 * The bare-Lucene indexing baseline: indexes the title and body of JSON Lines articles with newsquote's analyzer and
 * nothing else (no quote extraction, no metadata fields, no hashing), on the given number of threads. It is the
 * yardstick {@code newsquote index} is compared with in bench/index-throughput.sh. Run as a program; not thread-safe.
 *
 * <p>usage: {@code BareLuceneIndex --index DIR [--threads N] [--ram-buffer-mb MB] [--deflate] FILE.jsonl...}; prints one
 * line:
 * documents, text megabytes, seconds and throughput.
 */
public final class BareLuceneIndex {
  private static final List<String> END = List.of();
  private static final int BATCH = 64;

  private BareLuceneIndex() {}

  public static void main(String[] args) throws Exception {
    Path index = null;
    int threads = Runtime.getRuntime().availableProcessors();
    double ramBufferMb = 256;
    boolean deflate = false;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> index = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--ram-buffer-mb" -> ramBufferMb = Double.parseDouble(args[++i]);
        // newsquote's codec (DEFLATE stored fields): the smallest index of title and body with offsets, the floor
        // newsquote's size is compared with
        case "--deflate" -> deflate = true;
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (index == null || inputs.isEmpty()) {
      System.err.println("usage: BareLuceneIndex --index DIR [--threads N] [--ram-buffer-mb MB] [--deflate] FILE.jsonl...");
      System.exit(2);
    }
    long start = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(Baseline.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(ramBufferMb);
    if (deflate) {
      config.setCodec(org.newsquote.index.IndexSchema.codec());
    }
    AtomicLong docs = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    try (FSDirectory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
      BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(threads * 4);
      List<Thread> workers = new ArrayList<>();
      JsonFactory json = new JsonFactory();
      for (int t = 0; t < threads; t++) {
        Thread w = Thread.ofPlatform().name("baseline-" + t).start(() -> work(queue, writer, json, docs, chars));
        workers.add(w);
      }
      for (Path input : inputs) {
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
          List<String> batch = new ArrayList<>(BATCH);
          for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank()) {
              batch.add(line);
            }
            if (batch.size() == BATCH) {
              queue.put(batch);
              batch = new ArrayList<>(BATCH);
            }
          }
          if (!batch.isEmpty()) {
            queue.put(batch);
          }
        }
      }
      for (int t = 0; t < threads; t++) {
        queue.put(END);
      }
      for (Thread w : workers) {
        w.join();
      }
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double mb = chars.get() / 1e6;
    System.out.printf(Locale.ROOT, "baseline: %d docs, %.1f M chars, %.2f s, %.0f docs/s, %.2f M chars/s, %d threads%n",
        docs.get(), mb, seconds, docs.get() / seconds, mb / seconds, threads);
  }

  private static void work(
      BlockingQueue<List<String>> queue, IndexWriter writer, JsonFactory json, AtomicLong docs, AtomicLong chars) {
    try {
      for (List<String> batch = queue.take(); batch != END; batch = queue.take()) {
        for (String line : batch) {
          Document d = document(json, line);
          chars.addAndGet(d.get(IndexSchema.TITLE).length() + d.get(IndexSchema.BODY).length());
          writer.addDocument(d);
          docs.incrementAndGet();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Document document(JsonFactory json, String line) throws IOException {
    String id = "";
    String title = "";
    String text = "";
    try (JsonParser p = json.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        switch (name) {
          case "id" -> id = p.getValueAsString("");
          case "title" -> title = p.getValueAsString("");
          case "text" -> text = p.getValueAsString("");
          default -> { }
        }
      }
    }
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    d.add(new Field(IndexSchema.TITLE, title, Baseline.textType()));
    d.add(new Field(IndexSchema.BODY, text, Baseline.textType()));
    return d;
  }
}
