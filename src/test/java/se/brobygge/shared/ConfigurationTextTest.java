package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spring reads .properties files as ISO-8859-1, so "Söderdal" written plainly arrives garbled.
 * Configuration files keep to ASCII and write other letters as \\u escapes.
 */
class ConfigurationTextTest {

    @Test
    void applicationPropertiesAreAscii() throws IOException {
        try (Stream<Path> files =
                Stream.concat(Files.list(Path.of("src/main/resources")), Files.list(Path.of("src/test/resources")))) {
            files.filter(f -> f.getFileName().toString().startsWith("application")
                            && f.toString().endsWith(".properties"))
                    .forEach(f -> {
                        try {
                            String text = Files.readString(f);
                            assertThat(text.chars().filter(c -> c > 127).count())
                                    .as(f + " has non-ASCII characters")
                                    .isZero();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
