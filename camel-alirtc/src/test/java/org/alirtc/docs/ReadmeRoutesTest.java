package org.alirtc.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;
import org.alirtc.media.WavWriter;
import org.alirtc.testing.ChildJvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Java routes of README.md run as pasted, in local mode: the test takes them out of the README, compiles them
 * as the body of a {@code RouteBuilder}, runs them in a child JVM whose working directory is a fresh folder (the
 * routes name folders relative to it), drops a WAV file into {@code outbox} and finds it recorded, as the
 * announcer's audio, in {@code recordings}.
 */
class ReadmeRoutesTest {

    static final String ROUTES_CLASS = "readme.ReadmeRoutes";

    private static final Path README = Path.of("../README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
    private static final double TONE_HZ = 440;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void theReadmeRoutesRecordAWavFileDroppedIntoTheOutbox() throws Exception {
        Path classes = compile(readmeRoutes());
        Path app = Files.createDirectory(work.resolve("app"));
        ChildJvm child = ChildJvm.startIn(app, ReadmeRoutesMain.class, classes.toString());
        try {
            child.awaitLine("started");
            PcmFormat format = PcmFormat.of(48_000, 1);
            Path outbox = Files.createDirectories(app.resolve("outbox"));
            Path partial = outbox.resolve("announcement.part");
            try (WavWriter wav = new WavWriter(partial, format)) {
                wav.write(new ToneGenerator(format, TONE_HZ, 0.5).next(format.sampleRate() * 3));
            }
            Files.move(partial, outbox.resolve("announcement.wav"), StandardCopyOption.ATOMIC_MOVE);

            // A second of the announcement recorded is enough to show the two routes meet in one room.
            long wanted = WavWriter.HEADER_SIZE + (long) format.bytesPerSecond();
            awaitRecording(app, child, wanted);
            Files.createFile(app.resolve("stop"));
            child.awaitLine("stopped");
            assertEquals(0, child.exitCode(), child.output());
        } finally {
            child.kill();
        }

        WavAudio recording = WavReader.read(recordingOf(app).orElseThrow());
        assertTrue(recording.durationMillis() >= 1_000, "a second or more recorded: " + recording.durationMillis());
        short[] samples = Pcm.toShorts(recording.pcm());
        double hz = ToneDetector.dominantFrequency(
                firstChannel(samples, recording.format().channels()),
                recording.format().sampleRate());
        assertEquals(TONE_HZ, hz, 10, "the announcement's tone in the recording");
    }

    /** The Java blocks of the README's "A route" section, one after the other. */
    private static String readmeRoutes() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## A route");
        assertTrue(section >= 0, "README has a section '## A route'");
        int next = readme.indexOf("\n## ", section + 1);
        Matcher blocks = JAVA_BLOCK.matcher(readme.substring(section, next < 0 ? readme.length() : next));
        StringBuilder routes = new StringBuilder();
        while (blocks.find()) {
            routes.append(blocks.group(1));
        }
        assertTrue(routes.toString().contains("from("), "the section has a Java route: " + routes);
        return routes.toString();
    }

    /** Compiles {@code routes} as the body of {@code configure()}, with the imports a user writes. */
    private Path compile(String routes) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/readme"));
        Path source = sources.resolve("ReadmeRoutes.java");
        Files.writeString(
                source,
                "package readme;\n\n"
                        + "import org.apache.camel.builder.RouteBuilder;\n"
                        + "import org.alirtc.camel.WavRecorder;\n\n"
                        + "public class ReadmeRoutes extends RouteBuilder {\n"
                        + "    @Override\n"
                        + "    public void configure() {\n"
                        + routes
                        + "    }\n"
                        + "}\n");
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"));
            boolean compiled = compiler.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjects(source.toFile()))
                    .call();
            assertTrue(compiled, "the README's routes do not compile as pasted: " + diagnostics.getDiagnostics());
        }
        return classes;
    }

    private static void awaitRecording(Path app, ChildJvm child, long bytes) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<Path> recording = recordingOf(app);
            if (recording.isPresent() && Files.size(recording.get()) >= bytes) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("no recording of " + bytes + " bytes from the announcer within " + WAIT + ": " + recording + "\n"
                        + child.output());
            }
            Thread.sleep(100);
        }
    }

    private static Optional<Path> recordingOf(Path app) throws IOException {
        Path recordings = app.resolve("recordings");
        if (!Files.isDirectory(recordings)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(recordings)) {
            return files.filter(f -> f.getFileName().toString().startsWith("announcer-"))
                    .findFirst();
        }
    }

    private static short[] firstChannel(short[] samples, int channels) {
        short[] first = new short[samples.length / channels];
        for (int i = 0; i < first.length; i++) {
            first[i] = samples[i * channels];
        }
        return first;
    }
}
