package se.brobygge.shared.operations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks work that may legitimately keep the database busy for longer than a page may wait: a
 * nightly roll-up, an export, retention, a matching round. While it runs, the database
 * connections it uses wait {@code brobygge.database.long-work-timeout} for an answer instead of the
 * requests' short socket timeout, which still makes a page fail fast when the database freezes
 * (docs/decisions/0039).
 *
 * <p>On a method or a class of a Spring bean; it takes effect from the outside in, so a
 * {@code @Transactional} on the same method opens its connection already with the longer timeout.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LongWork {

    /**
     * Seconds to wait for each answer, for long work that someone waits for on a page (the
     * dashboard's figures); 0, the default, means {@code brobygge.database.long-work-timeout}.
     */
    int seconds() default 0;
}
