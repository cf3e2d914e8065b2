package se.brobygge.mentoring.internal;

import org.springframework.context.ApplicationContext;

/** Runs the (module-internal) check-in job on demand, for the module's tests outside this package. */
public final class DueCheckIns {

    private DueCheckIns() {}

    /** @return how many check-ins this run created */
    public static int create(ApplicationContext context) {
        return context.getBean(CheckInJob.class).createDueCheckIns();
    }
}
