package se.brobygge.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.brobygge.support.OwnContextSecurity;
import se.brobygge.support.TestClockConfiguration;

/**
 * The application under test, in the benchmark's own JVM on a random port against the test
 * database, as {@link se.brobygge.support.IntegrationTest} starts it, plus {@link SessionCounters}
 * (Vaadin's and the servlet container's own count of sessions). Running in the same JVM lets the
 * session-cost benchmark force collections in the server and read its heap directly.
 *
 * <p>Benchmarks that import more beans get contexts of their own, and each context's Vaadin installs
 * its security strategy JVM-wide: {@link OwnContextSecurity} puts the benchmark's own back before
 * each test, so a storm's threads signed in through {@code RunAs} reach its services whatever ran
 * before.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchmarkInfrastructure.class)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, SessionCounters.class})
@ExtendWith(OwnContextSecurity.class)
@interface BenchmarkApplication {}
