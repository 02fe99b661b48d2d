import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Build step, run at {@code mvn package} on the toolchain's JDK (24+, for the java.lang.classfile API): rewrites the
 * Java 5 class files of a jar as Java 8 class files with stack maps, in place. Same bytecode, same behaviour.
 *
 * <p>Why: picocli 4.7 ships Java 5 class files, and the JVM's AOT cache cannot hold classes that need the old
 * type-inferring verifier, so every cold {@code ./newsquote search} loaded and verified ~180 picocli classes from the
 * jar (a fifth of its CPU time). Rewritten, they go into the AOT cache already linked like every other class.
 *
 * <p>Every rewritten class is checked with the JDK's verifier before the jar is replaced; any failure leaves the jar
 * untouched and exits with status 3. Classes at Java 6 or newer and all other entries are copied byte for byte, so a
 * second run changes nothing. Usage: {@code java RetargetOldClassFiles.java JAR}
 */
public final class RetargetOldClassFiles {
  private static final int JAVA_6 = ClassFile.JAVA_6_VERSION;
  private static final int TARGET = ClassFile.JAVA_8_VERSION;

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: java RetargetOldClassFiles.java JAR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    try {
      int rewritten = retarget(jar);
      System.out.println(jar.getFileName() + ": " + rewritten + " class files rewritten as Java 8");
    } catch (IOException | RuntimeException e) {
      System.err.println(jar + ": not rewritten: " + e);
      System.exit(3);
    }
  }

  static int retarget(Path jar) throws IOException {
    // Not Files.createTempFile: its owner-only permissions would end up on the jar.
    Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
    int rewritten = 0;
    try (URLClassLoader ownClasses = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        JarFile in = new JarFile(jar.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp))) {
      // Stack maps name the common supertype of two branches, so the jar's own classes must be resolvable.
      ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
          ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(ownClasses))));
      // Rebuilding every method body is what makes the writer compute stack maps for the new version.
      ClassTransform toJava8 = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
          .andThen(ClassTransform.endHandler(b -> b.withVersion(TARGET, 0)));
      List<String> invalid = new ArrayList<>();
      for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
          ClassModel model = classFile.parse(bytes);
          if (model.majorVersion() < JAVA_6) {
            bytes = classFile.transformClass(model, toJava8);
            classFile.verify(bytes).forEach(e -> invalid.add(entry.getName() + ": " + e.getMessage()));
            rewritten++;
          }
        }
        JarEntry copy = new JarEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
      if (!invalid.isEmpty()) {
        throw new IllegalStateException(invalid.size() + " rewritten classes fail verification, first: "
            + invalid.get(0));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    if (rewritten == 0) {
      Files.delete(tmp);
    } else {
      Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return rewritten;
  }
}
